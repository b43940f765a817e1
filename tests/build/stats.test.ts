// The statistics page and the map, against the content files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { plural } from '~/lib/i18n';
import { readContentTree } from '~/lib/validation/read';
import { ROOT } from '../helpers/run';

const tree = readContentTree(join(ROOT, 'content'));
const published = <T>(collection: string) =>
  tree.files.filter((f) => f.collection === collection && !(f.data as { draft?: boolean }).draft).map((f) => f.data as T);
const professors = published<{ country: string; example?: boolean; visits: { start: string | Date }[] }>('professors');
const projects = published<{ example?: boolean }>('projects');
/** The build date of the test builds (tests/build/global-setup.ts): visits starting after it are planned. */
const BUILD_DATE = '2026-11-25';
const iso = (d: string | Date) => (typeof d === 'string' ? d : d.toISOString()).slice(0, 10);
const page = (locale: string, path: string) => parse(readFileSync(join(inject('dist'), locale, path, 'index.html'), 'utf8'));

describe('statistics page', () => {
  it('shows the numbers of the content, in every language', () => {
    for (const locale of ['en', 'ru', 'kk']) {
      const numbers = page(locale, 'stats')
        .querySelectorAll('main ul.grid li')
        .map((li) => Number(/\d[\d\s,]*/.exec(li.text)![0].replace(/\D/g, '')));
      expect(numbers.slice(0, 2)).toEqual([professors.length, professors.reduce((n, p) => n + p.visits.length, 0)]);
    }
  });

  it('draws a map where every country with professors links to its page and says how many came', () => {
    const doc = page('en', 'stats');
    const map = doc.querySelector('svg[role="group"]')!;
    expect(map.getAttribute('aria-label')).toBeTruthy();
    const counts = new Map<string, number>();
    for (const p of professors) counts.set(p.country, (counts.get(p.country) ?? 0) + 1);
    for (const [country, n] of counts) {
      const link = map.querySelector(`a[href="/en/countries/${country}/"]`);
      expect(link, country).not.toBeNull();
      expect(link!.querySelector('title')!.text).toMatch(new RegExp(`: ${n} professors?$`));
    }
    // Shaded countries are the only links; Almaty is marked.
    expect(map.querySelectorAll('a')).toHaveLength(counts.size);
    expect(map.text).toContain('Almaty');
  });

  it('gives every chart a table with the same figures', () => {
    const doc = page('en', 'stats');
    const charts = doc.querySelectorAll('figure svg[role="img"]');
    expect(charts.length).toBeGreaterThanOrEqual(5);
    expect(doc.querySelectorAll('figure details table')).toHaveLength(charts.length);
    const perCountry = doc.querySelector('#per-country')!.parentNode!.querySelectorAll('tbody tr');
    expect(perCountry).toHaveLength(new Set(professors.map((p) => p.country)).size);
  });

  it('puts a country\u2019s own figures on its page', () => {
    const pl = page('en', 'countries/pl');
    expect(pl.querySelector('#in-numbers')?.text).toContain('Poland in numbers');
    expect(pl.querySelectorAll('#in-numbers ~ ul a.chip, section:has(#in-numbers) a.chip').length).toBeGreaterThan(0);
  });

  it('says beside the figures, on the statistics and home pages, how many entries are invented examples', () => {
    const exampleProfessors = professors.filter((p) => p.example).length;
    const exampleProjects = projects.filter((p) => p.example).length;
    expect(exampleProfessors + exampleProjects, 'the seed content holds examples').toBeGreaterThan(0);
    for (const locale of ['en', 'ru', 'kk'] as const) {
      const expected = [
        exampleProfessors && plural(locale, 'examples.professors', exampleProfessors, { total: professors.length }),
        exampleProjects && plural(locale, 'examples.projects', exampleProjects, { total: projects.length }),
      ].filter(Boolean);
      for (const path of ['stats', '']) {
        const note = page(locale, path).querySelector('main .example-note');
        expect(note, `${locale}/${path}`).not.toBeNull();
        expect(note!.text.replace(/\s+/g, ' ').trim()).toBe(expected.join(' '));
      }
    }
  });

  it('draws and counts apart the visits planned after the build date', () => {
    const planned = professors.flatMap((p) => p.visits).filter((v) => iso(v.start) > BUILD_DATE).length;
    expect(planned, 'the seed content plans visits').toBeGreaterThan(0);
    for (const locale of ['en', 'ru', 'kk']) {
      const chart = page(locale, 'stats').querySelector('#per-year')!.parentNode!;
      expect(chart.querySelector('[data-legend="planned"]'), locale).not.toBeNull();
      expect(chart.querySelectorAll('svg[role="img"] rect[data-planned]').length).toBeGreaterThan(0);
      // The planned column, by its header's position, sums to the planned visits.
      const headers = chart.querySelectorAll('thead th');
      const column = headers.findIndex((th) => th.getAttribute('data-column') === 'planned');
      expect(column).toBeGreaterThan(0);
      const sum = chart
        .querySelectorAll('tbody tr')
        .map((tr) => Number(tr.querySelectorAll('th, td')[column]!.text.replace(/\D/g, '')))
        .reduce((a, b) => a + b, 0);
      expect(sum).toBe(planned);
    }
  });
});

describe('home page', () => {
  it('opens with one title and one sentence, then the figures and the map, each shaded country a link', () => {
    const countries = new Set(professors.map((p) => p.country));
    for (const locale of ['en', 'ru', 'kk']) {
      const doc = page(locale, '');
      const hero = doc.querySelector('main h1')!.parentNode!;
      expect(hero.querySelectorAll('p')).toHaveLength(1);
      const map = doc.querySelector('main svg[role="group"]')!;
      expect(map, locale).not.toBeNull();
      expect(map.querySelectorAll('a')).toHaveLength(countries.size);
      for (const c of countries) expect(map.querySelector(`a[href="/${locale}/countries/${c}/"]`), c).not.toBeNull();
    }
  });
});
