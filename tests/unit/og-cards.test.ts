// The one preview card of each professor, project and country is read in English, Russian and Kazakh alike:
// it draws names, country codes, years and figures, and no word of one language's interface.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Country, Institution, Professor, Project } from '~/lib/content';
import { LOCALES, MESSAGES, t } from '~/lib/i18n';
import { countryCard, ogCommon, professorCard, projectCard } from '~/lib/og-cards';
import { ogTexts, type OgCard } from '~/lib/og';
import { readContentTree } from '~/lib/validation/read';
import { ROOT } from '../helpers/run';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- raw YAML of the content files
const tree = readContentTree(join(ROOT, 'content'));
const files = (collection: string) => tree.files.filter((f) => f.collection === collection).map((f) => ({ id: f.id, d: f.data as Data }));
const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : String(v)).slice(0, 10);

// Minimal resolved objects, built from content/: only the fields the cards read.
const countries = new Map<string, Country>(files('countries').map(({ id, d }) => [id, { id, name: d.name } as Country]));
const host = files('institutions').find((f) => f.id === (tree.site!.data as Data).host)!.d as Institution;
const professors: Professor[] = files('professors').map(({ id, d }) => {
  const years = new Set<number>();
  for (const v of d.visits) for (let y = +iso(v.start).slice(0, 4); y <= +iso(v.end).slice(0, 4); y++) years.add(y);
  return { ...d, id, photo: undefined, country: countries.get(d.country)!, years: [...years].sort(), example: !!d.example } as Professor;
});
const projects: Project[] = files('projects').map(({ id, d }) => ({
  ...d,
  id,
  start: iso(d.start),
  end: d.end && iso(d.end),
  professors: d.professors.map((p: string) => professors.find((x) => x.id === p)!),
  example: !!d.example,
})) as Project[];

/** Every word of each language's interface strings, plural forms included. */
const uiWords = Object.fromEntries(
  LOCALES.map((l) => [
    l,
    new Set(
      Object.values(MESSAGES[l])
        .flatMap((v) => (typeof v === 'string' ? [v] : Object.values(v)))
        // Placeholders such as {visits} are not words of the language.
        .flatMap(
          (s) =>
            s
              .replace(/\{[^}]*\}/g, ' ')
              .toLowerCase()
              .match(/\p{L}+/gu) ?? [],
        ),
    ),
  ]),
);

/**
 * What a card says beyond its own names: the words left once the entry's names (in every language and
 * script), its country's code and names and the host's names are taken out. Returns the words that belong
 * to no name, and the languages whose interface alone uses one of them.
 */
function beyondNames(card: OgCard, names: string[]) {
  const known = [...names, ...LOCALES.flatMap((l) => [host.name[l], host.shortName?.[l]])].filter((x): x is string => !!x);
  const words = ogTexts(card)
    .map((text) => known.sort((a, b) => b.length - a.length).reduce((rest, name) => rest.split(name).join(' '), text))
    .flatMap((rest) => rest.toLowerCase().match(/\p{L}+/gu) ?? []);
  const languages = new Set(
    LOCALES.filter((l) => words.some((w) => uiWords[l]!.has(w) && LOCALES.every((o) => o === l || !uiWords[o]!.has(w)))),
  );
  return { unknown: words.filter((w) => LOCALES.every((l) => !uiWords[l]!.has(w))), languages };
}

/** A card may speak the interface's words only in all three languages at once (the example badge), never in one. */
function expectNoOneLanguage(card: OgCard, names: string[], what: string) {
  const { unknown, languages } = beyondNames(card, names);
  expect(unknown, what).toEqual([]);
  expect([0, LOCALES.length], `${what}: ${[...languages].join(', ')}`).toContain(languages.size);
}

const countryNames = (c: Country) => [c.id.toUpperCase(), ...Object.values(c.name)];
const common = ogCommon(host);

describe('preview cards of entries', () => {
  it('show a professor by name in Latin and Cyrillic, the country in every language, years and visits, in no one language', () => {
    expect(professors.length).toBeGreaterThan(0);
    for (const p of professors) {
      const card = professorCard(p, common);
      const texts = ogTexts(card);
      for (const name of [p.name, p.nameRu, p.nameKk].filter((x): x is string => !!x)) expect(texts.join('\n'), p.id).toContain(name);
      for (const l of LOCALES) expect(texts.join('\n'), p.id).toContain(p.country.name[l] ?? p.country.name.en);
      expect(card.figures?.map((f) => f.value)).toEqual([
        p.years.length > 1 ? `${p.years[0]}–${p.years.at(-1)}` : String(p.years[0]),
        String(p.visits.length),
      ]);
      expectNoOneLanguage(card, [p.name, p.nameRu ?? '', p.nameKk ?? '', card.portrait!.initials, ...countryNames(p.country)], p.id);
    }
  });

  it('show a project by its title in each language, its professors and years, in no one language', () => {
    for (const p of projects) {
      const card = projectCard(p, common);
      for (const l of LOCALES) if (p.title[l]) expect(ogTexts(card).join('\n'), p.id).toContain(p.title[l]);
      expect(
        card.figures?.every((f) => /^[\d–]+$/.test(f.value)),
        p.id,
      ).toBe(true);
      expectNoOneLanguage(card, [...Object.values(p.title), ...p.professors.map((x) => x.name)], p.id);
    }
  });

  it('show a country by its code and its name in every language, with counts, in no one language', () => {
    for (const c of countries.values()) {
      const of = professors.filter((p) => p.country.id === c.id);
      const card = countryCard(c, of, common);
      for (const l of LOCALES) expect(ogTexts(card).join('\n'), c.id).toContain(c.name[l] ?? c.name.en);
      expect(card.figures?.slice(0, 2).map((f) => f.value)).toEqual([
        String(of.length),
        String(of.reduce((n, p) => n + p.visits.length, 0)),
      ]);
      expectNoOneLanguage(card, countryNames(c), c.id);
    }
  });

  it('mark an example entry in all three languages at once', () => {
    const example = professors.find((p) => p.example)!;
    const badge = professorCard(example, common).badge!;
    for (const l of LOCALES) expect(badge).toContain(t(l, 'badge.example'));
  });

  it('would be caught carrying a label in one language', () => {
    const p = professors[0]!;
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the card without its trilingual badge
    const { badge, ...card } = professorCard(p, common);
    const names = [p.name, p.nameRu ?? '', p.nameKk ?? '', card.portrait!.initials, ...countryNames(p.country)];
    expect(beyondNames(card, names).languages).toEqual(new Set());
    // The labels the cards carried before: an English badge, a count in words, an English position.
    expect(beyondNames({ ...card, badge: t('en', 'badge.example') }, names).languages).toEqual(new Set(['en']));
    expect(beyondNames({ ...card, badge: t('ru', 'badge.example') }, names).languages).toEqual(new Set(['ru']));
    expect(beyondNames({ ...card, figures: [{ icon: 'visits', value: '3 visits' }] }, names).languages).toEqual(new Set(['en']));
    expect(beyondNames({ ...card, alternates: [p.position.en] }, names).unknown).not.toEqual([]);
  });
});
