/**
 * The professors directory's own index, made at build time per language so
 * that filtering, counting, sorting and name search happen in the browser
 * without a search engine:
 * - `index.json`: for every professor in reading order, the positions of
 *   their filter values; a few bytes a row.
 * - `recent.json`: a rank per row for "most recent visit", fetched only for
 *   that order.
 * - `names.json`: the words of each name in every script the content gives,
 *   folded and written in Latin letters (queries are treated the same way, so
 *   "Врубель", "Wróbel" and "vrubel" all meet "vrubel"), and the institution;
 *   fetched only when someone types in the search box.
 * - `names-<c>.json`: the names with a word (in some searched form) that
 *   begins with the letter or digit c, for the search page: a name query
 *   fetches one or two of these instead of every name.
 * - `cards-<k>.json`: the card text of CARD_SHARD_SIZE professors each,
 *   fetched only for the rows on screen.
 * Row numbers are positions in `inReadingOrder(professors, locale)`, the order
 * of the static list, so an unfiltered list needs no sorting at all.
 */
import { createHash } from 'node:crypto';
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import type { LocalizedText } from '~/schemas/common';
import { FORMATS } from '~/schemas/visit';
import type { Professor, SiteContent } from './content';
import { initials, yearSpan } from './format';
import { byLabel, inReadingOrder, professorFilters } from './derive';
import { localize, plural, t, type Locale } from './i18n';
import { displayName } from './names';
import { transliterate } from '~/shared/normalize';
import { CARD_ENGLISH, nameShards, type DirectoryCard, type QueryIndex, type QueryNames } from '~/shared/directory-query';

export const CARD_SHARD_SIZE = 32;
export const DIRECTORY_GROUPS = ['country', 'programme', 'field', 'format', 'year'] as const;
export type DirectoryGroupName = (typeof DIRECTORY_GROUPS)[number];

export interface DirectoryGroup {
  name: DirectoryGroupName;
  label: string;
  /** `words`: what a search matches besides the label (a country's names in every language, so "Italy" finds Италия). */
  values: { id: string; label: string; words?: string }[];
}

type DirectoryData = Awaited<ReturnType<typeof make>>;
const cache = new WeakMap<SiteContent, Partial<Record<Locale, Promise<DirectoryData>>>>();

/** Everything the directory serves for `locale`, made once per build. */
export function directoryData(content: SiteContent, locale: Locale): Promise<DirectoryData> {
  let byLocale = cache.get(content);
  if (!byLocale) cache.set(content, (byLocale = {}));
  return (byLocale[locale] ??= make(content, locale));
}

async function make(content: SiteContent, locale: Locale) {
  const years = [...new Set(content.professors.flatMap((p) => p.years))].sort((a, b) => b - a);
  const groups: DirectoryGroup[] = [
    {
      name: 'country',
      label: t(locale, 'facet.country'),
      values: byLabel(
        [...content.countries.values()].filter((c) => content.professorsByCountry.has(c.id)),
        (c) => c.name,
        locale,
      ).map((c) => ({ id: c.id, label: localize(c.name, locale).text, words: allNames(c.name) })),
    },
    {
      name: 'programme',
      label: t(locale, 'facet.programme'),
      values: [...content.programmes.values()].map((p) => ({ id: p.id, label: localize(p.shortName, locale).text })),
    },
    {
      name: 'field',
      label: t(locale, 'facet.field'),
      values: byLabel(content.fields.values(), (f) => f.label, locale).map((f) => ({ id: f.id, label: localize(f.label, locale).text })),
    },
    {
      name: 'format',
      label: t(locale, 'facet.format'),
      values: FORMATS.map((f) => ({ id: f, label: t(locale, `format.${f}`) })),
    },
    { name: 'year', label: t(locale, 'facet.year'), values: years.map((y) => ({ id: String(y), label: String(y) })) },
  ];

  const rows = inReadingOrder(content.professors, locale);
  const position = Object.fromEntries(groups.map((g) => [g.name, new Map(g.values.map((v, i) => [v.id, i]))])) as Record<
    DirectoryGroupName,
    Map<string, number>
  >;
  const filters = rows.map(professorFilters);
  const facets = Object.fromEntries(
    DIRECTORY_GROUPS.map((name) => [name, filters.map((f) => f[name].map((id) => position[name].get(id)!).sort((a, b) => a - b))]),
  ) as QueryIndex['facets'];
  const dates = [...new Set(rows.map((p) => p.latestVisit))].sort();
  const rank = new Map(dates.map((d, i) => [d, i]));
  const index: QueryIndex = { total: rows.length, facets };
  /** Per row: larger is a more recent latest visit (equal dates share a rank). */
  const recent = rows.map((p) => rank.get(p.latestVisit)!);

  const institutionIds = [...new Set(rows.map((p) => p.institution.id))];
  const institutionAt = new Map(institutionIds.map((id, i) => [id, i]));
  const names: QueryNames = {
    words: rows.map((p) => nameWords([p.name, p.nameRu, p.nameKk])),
    institution: rows.map((p) => institutionAt.get(p.institution.id)!),
    institutions: institutionIds.map((id) => localize(content.institutions.get(id)!.name, locale).text),
  };

  const cards: DirectoryCard[] = await Promise.all(rows.map((p) => professorCard(p, locale)));
  const shards: DirectoryCard[][] = [];
  for (let i = 0; i < cards.length; i += CARD_SHARD_SIZE) shards.push(cards.slice(i, i + CARD_SHARD_SIZE));

  const files: Record<string, string> = { index: JSON.stringify(index), recent: JSON.stringify(recent), names: JSON.stringify(names) };
  shards.forEach((s, k) => (files[`cards-${k}`] = JSON.stringify(s)));
  const byLetter = nameShards(names.words);
  for (const [key, shard] of byLetter) files[`names-${key}`] = JSON.stringify(shard);
  // Changes whenever any file does, so a browser never mixes files of two builds.
  const version = createHash('sha256').update(Object.values(files).join('\n')).digest('hex').slice(0, 12);
  /** The name shards there are, one character each (a query's other shards hold no one). */
  const nameShardKeys = [...byLetter.keys()].sort().join('');
  return { groups, files, version, total: rows.length, nameShardKeys };
}

/** A professor's card in `locale`: what ProfessorCard.astro shows, and what the directory's card files hold. */
export async function professorCard(p: Professor, locale: Locale): Promise<DirectoryCard> {
  const { primary, secondary } = displayName(p, locale);
  const years = yearSpan(p.years);
  const position = localize(p.position, locale);
  const institution = localize(p.institution.name, locale);
  const country = localize(p.country.name, locale);
  const english =
    (position.fallback ? CARD_ENGLISH.position : 0) |
    (institution.fallback ? CARD_ENGLISH.institution : 0) |
    (country.fallback ? CARD_ENGLISH.country : 0);
  const visits = `${plural(locale, 'count.visits', p.visits.length)}${years ? `, ${years}` : ''}`;
  const fields = p.fields.map((f) => localize(f.label, locale).text).join(', ');
  return [
    p.id,
    primary,
    secondary ?? '',
    position.text,
    institution.text,
    country.text,
    `${visits} · ${fields}`,
    p.example ? 1 : 0,
    english,
    p.photo ? await portrait(p.photo.src) : initials(primary),
  ];
}

/** The card's photo, 56 px across (twice that on dense screens). */
async function portrait(src: ImageMetadata): Promise<[string, string]> {
  const image = await getImage({ src, width: PORTRAIT_SIZE, height: PORTRAIT_SIZE, densities: [1, 2] });
  return [image.src, image.srcSet.attribute];
}

export const PORTRAIT_SIZE = 56;

/** A text's words in every language it is written in, once each. */
const allNames = (text: LocalizedText) => [...new Set(Object.values(text).flatMap((t) => (t ? t.split(/\s+/) : [])))].join(' ');

/** The distinct words of a name's forms in Latin letters, folded: what name search compares with. */
export function nameWords(forms: readonly (string | undefined)[]): string {
  const words = forms.flatMap((f) => (f ? transliterate(f).split(/[^\p{L}\p{N}]+/u) : []));
  return [...new Set(words.filter(Boolean))].join(' ');
}
