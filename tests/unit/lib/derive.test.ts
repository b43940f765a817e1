import { describe, expect, it } from 'vitest';
import type { Professor, Project, SiteContent } from '~/lib/content';
import { LIST_LIMIT, byInitial, byLabel, headlineCounts, inReadingOrder, listed, projectTimeline, recentAndUpcoming } from '~/lib/derive';
import { formatDate, formatDateRange, initials, languageName } from '~/lib/format';
import { displayName } from '~/lib/names';

// Minimal resolved objects: only the fields these functions read.
function professor(id: string, name: string, nameRu: string | undefined, country: string, visits: [string, string][]): Professor {
  return {
    id,
    name,
    nameRu,
    country: { id: country, name: { en: country } },
    visits: visits.map(([start, end]) => ({ start, end })),
  } as unknown as Professor;
}

const wrobel = professor('lukasz-wrobel', 'Łukasz Wróbel', 'Лукаш Врубель', 'pl', [
  ['2021-11-08', '2021-12-03'],
  ['2025-05-12', '2025-05-23'],
]);
const sahin = professor('burak-sahinoglu', 'Burak Şahinoğlu', 'Бурак Шахиноглу', 'tr', [['2027-01-18', '2027-01-29']]);
const albrecht = professor('henrike-albrecht', 'Henrike Albrecht', 'Хенрике Альбрехт', 'de', [['2025-03-03', '2025-03-14']]);
const zurcher = professor('reto-zurcher', 'Reto Zürcher', undefined, 'ch', [['2023-09-04', '2023-09-15']]);
const all = [wrobel, sahin, albrecht, zurcher];

describe('reading order', () => {
  it('sorts by family name in the reader\u2019s alphabet', () => {
    expect(inReadingOrder(all, 'en').map((p) => p.id)).toEqual(['henrike-albrecht', 'burak-sahinoglu', 'lukasz-wrobel', 'reto-zurcher']);
    // In Russian the Cyrillic surnames lead; a name without a Cyrillic form sorts by its Latin one, after Cyrillic.
    expect(inReadingOrder(all, 'ru').map((p) => displayName(p, 'ru').primary)).toEqual([
      'Хенрике Альбрехт',
      'Лукаш Врубель',
      'Бурак Шахиноглу',
      'Reto Zürcher',
    ]);
  });

  it('groups under the first letter of the displayed family name', () => {
    expect(byInitial(inReadingOrder(all, 'en'), 'en').map((g) => g.letter)).toEqual(['A', 'Ş', 'W', 'Z']);
    expect(byInitial(inReadingOrder(all, 'ru'), 'ru').map((g) => g.letter)).toEqual(['А', 'В', 'Ш', 'Z']);
  });

  it('sorts labels in the reader\u2019s language', () => {
    const countries = [
      { name: { en: 'Poland', ru: 'Польша', kk: 'Польша' } },
      { name: { en: 'Germany', ru: 'Германия', kk: 'Германия' } },
      { name: { en: 'Türkiye', ru: 'Турция', kk: 'Түркия' } },
    ];
    expect(byLabel(countries, (c) => c.name, 'kk').map((c) => c.name.kk)).toEqual(['Германия', 'Польша', 'Түркия']);
  });
});

describe('lists on country, field and programme pages', () => {
  it('shows everyone in reading order while they fit', () => {
    expect(listed(all, 'en')).toEqual({ shown: inReadingOrder(all, 'en'), total: 4 });
  });

  it('shows only the most recent visitors of a large group, and says how many there are', () => {
    const many = Array.from({ length: LIST_LIMIT + 5 }, (_, i) => ({
      ...professor(`p-${i}`, `Person ${i}`, undefined, 'pl', []),
      latestVisit: `20${String(10 + (i % 17)).padStart(2, '0')}-0${(i % 9) + 1}-01`,
    }));
    const { shown, total } = listed(many, 'en');
    expect(total).toBe(LIST_LIMIT + 5);
    expect(shown).toHaveLength(LIST_LIMIT);
    const oldestShown = shown.map((p) => p.latestVisit).sort()[0]!;
    const left = many.filter((p) => !shown.includes(p));
    expect(left.every((p) => p.latestVisit <= oldestShown)).toBe(true);
  });
});

describe('home page lists and numbers', () => {
  const content = {
    professors: all,
    projects: [{}, {}],
    professorsByCountry: new Map(all.map((p) => [p.country.id, [p]])),
  } as unknown as SiteContent;

  it('counts what the content holds', () => {
    expect(headlineCounts(content)).toEqual({ professors: 4, countries: 4, visits: 5, projects: 2 });
  });

  it('splits visits into recent (newest first) and upcoming (soonest first) around the build date', () => {
    const { recent, upcoming } = recentAndUpcoming(content, '2026-11-25', 3);
    expect(recent.map((r) => r.visit.start)).toEqual(['2025-05-12', '2025-03-03', '2023-09-04']);
    expect(upcoming.map((u) => u.professor.id)).toEqual(['burak-sahinoglu']);
  });

  it('knows who is on campus on the build date', () => {
    expect(recentAndUpcoming(content, '2025-05-15').now.map((x) => x.professor.id)).toEqual(['lukasz-wrobel']);
    expect(recentAndUpcoming(content, '2025-05-24').now).toEqual([]);
  });
});

describe('project timeline', () => {
  it('orders start, visits during the project, outputs by year and end', () => {
    const project = {
      start: '2023-01-01',
      end: '2025-12-31',
      professors: [wrobel, albrecht],
      outputs: [{ year: 2024, title: 'Paper', type: 'article' }],
    } as unknown as Project;
    expect(projectTimeline(project).map((e) => `${e.kind}:${e.date}`)).toEqual([
      'start:2023-01-01',
      'output:2024-12-31',
      'visit:2025-03-03',
      'visit:2025-05-12',
      'end:2025-12-31',
    ]);
  });
});

describe('formatting', () => {
  it('writes dates the local way', () => {
    expect(formatDate('en', '2023-04-10')).toBe('10 April 2023');
    expect(formatDate('ru', '2023-04-10')).toMatch(/^10 апреля 2023\sг\.$/);
    expect(formatDate('kk', '2023-04-10')).toMatch(/^2023\sж\.\s10 сәуір$/);
    expect(formatDateRange('en', '2023-04-10', '2023-04-10')).toBe('10 April 2023');
  });

  it('names languages in the reader\u2019s language and makes initials', () => {
    expect(languageName('ru', 'de')).toBe('немецкий');
    expect(languageName('kk', 'tr')).toBe('түрік тілі');
    expect(initials('Łukasz Wróbel')).toBe('ŁW');
    expect(initials('Sabine Köhler-Wendt')).toBe('SW');
  });

  it('shows the Cyrillic name first on Russian and Kazakh pages', () => {
    expect(displayName(wrobel, 'ru')).toEqual({ primary: 'Лукаш Врубель', secondary: 'Łukasz Wróbel' });
    expect(displayName(wrobel, 'kk')).toEqual({ primary: 'Лукаш Врубель', secondary: 'Łukasz Wróbel' });
    expect(displayName(wrobel, 'en')).toEqual({ primary: 'Łukasz Wróbel' });
  });
});
