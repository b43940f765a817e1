/**
 * Answers a directory query from the index in src/lib/directory-index.ts:
 * which rows match, in which order, and how many rows each filter value
 * would give if it were ticked too. No dependencies beyond normalize: this
 * module runs in the browser.
 *
 * Values of one group combine with OR, groups combine with AND. A value's
 * count is the number of results with that value once every other group's
 * choice (and the text) applies, so the counts always agree with the list.
 */
import { editDistance } from './distance';
import { fold, searchVariants, skeleton, transliterate } from './normalize';

export interface QueryIndex {
  total: number;
  /** Per group, per row: positions of the row's values in that group's values. */
  facets: Record<string, number[][]>;
}

export interface QueryNames {
  /** Per row: the distinct words of the name in every script the content has, folded and transliterated. */
  words: string[];
  /** Per row: position in `institutions`. */
  institution: number[];
  institutions: string[];
}

/**
 * The names of the rows that have a name word, in one of its searched forms,
 * beginning with one letter: the part of names.json a name query needs.
 */
export interface NameShard {
  /** Row numbers, ascending. */
  rows: number[];
  /** Per row, as in QueryNames.words. */
  words: string[];
}

/** The shard a searched form of a word belongs to: its first letter or digit, or "_" for anything else. */
export const nameShard = (form: string): string => (/^[a-z0-9]/.test(form) ? form[0]! : '_');

/** The shards that hold every name a query can match: those of its first word's forms (every word must match). */
export function shardsFor(text: string): string[] {
  return [...new Set((queryTerms(text)[0] ?? []).map(nameShard))];
}

/** The name shards of `words` (QueryNames.words, one per row), by shard key. */
export function nameShards(words: readonly string[]): Map<string, NameShard> {
  const shards = new Map<string, NameShard>();
  words.forEach((text, row) => {
    for (const key of new Set(searchVariants([text]).split(' ').filter(Boolean).map(nameShard))) {
      const shard = shards.get(key) ?? { rows: [], words: [] };
      shard.rows.push(row);
      shard.words.push(text);
      shards.set(key, shard);
    }
  });
  return shards;
}

/** Rows whose name matches `text` (as nameRows), from the shards `shardsFor(text)` names. */
export function nameRowsIn(shards: readonly NameShard[], text: string): number[] {
  const byRow = new Map<number, string>();
  for (const s of shards) s.rows.forEach((row, i) => byRow.set(row, s.words[i]!));
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  return nameRows({ words: rows.map((r) => byRow.get(r)!), institution: [], institutions: [] }, text).map((i) => rows[i]!);
}

/**
 * One professor's card, as ProfessorCard.astro draws it at build time and the scripts fill its template:
 * [id, name, name as written, position, institution, country, details (visits, years and fields), example (1 or 0),
 * English, portrait]. English flags the texts shown in English for want of a translation (CARD_ENGLISH), so the
 * card marks them lang="en"; the portrait is the photo's [src, srcset], or the initials shown without one.
 */
export type DirectoryCard = [
  id: string,
  name: string,
  written: string,
  position: string,
  institution: string,
  country: string,
  details: string,
  example: 0 | 1,
  english: number,
  portrait: string | [src: string, srcset: string],
];

/** Bits of a card's English flags. */
export const CARD_ENGLISH = { position: 1, institution: 2, country: 4 } as const;

/** Folded and transliterated words, ready for prefix matching. */
export interface Searchable {
  rows: string[][];
  /** Per row: position in `institutions`. */
  institutionOf: number[];
  institutions: string[][];
  /** Per group name, per value position: the words of the value's label. */
  labels: Record<string, string[][]>;
}

export interface DirectoryQuery {
  /** Per group name, the chosen value positions. */
  selected: Record<string, readonly number[]>;
  sort: 'name' | 'recent' | 'relevance';
}

export interface DirectoryAnswer {
  /** Matching row numbers, in the order asked for. */
  rows: number[];
  /** Per group name, per value position. */
  counts: Record<string, number[]>;
}

const words = (text: string) => searchVariants([text]).split(' ').filter(Boolean);

export function searchable(names: QueryNames, labels: Record<string, readonly string[]>): Searchable {
  return {
    rows: names.words.map(words),
    institutionOf: names.institution,
    institutions: names.institutions.map(words),
    labels: Object.fromEntries(Object.entries(labels).map(([g, values]) => [g, values.map(words)])),
  };
}

/** The query's words, each in the forms that may match (folded, transliterated, and the skeleton of its romanisations). */
export function queryTerms(text: string): string[][] {
  return text
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .map((raw) => ({ raw, w: fold(raw) }))
    .filter(({ w }) => w)
    .map(({ raw, w }) => [...new Set([w, transliterate(w), skeleton(raw)])]);
}

const starts = (list: readonly string[], forms: readonly string[]) => list.some((word) => forms.some((f) => word.startsWith(f)));

/**
 * Per row, 0 when some query word matches nothing of the row, otherwise a
 * score: a word equal to a name word counts 3, the start of a name word 2,
 * the start of a word of the institution, country or field 1.
 */
export function scores(index: QueryIndex, s: Searchable, text: string): Uint16Array {
  const terms = queryTerms(text);
  const out = new Uint16Array(index.total);
  if (terms.length === 0) return out.fill(1);
  // Label matches per term are worked out once, on the small tables.
  const byTerm = terms.map((forms) => ({
    forms,
    institutions: new Set(s.institutions.flatMap((w, i) => (starts(w, forms) ? [i] : []))),
    labels: Object.entries(s.labels).map(([g, values]) => ({
      rows: index.facets[g]!,
      values: new Set(values.flatMap((w, i) => (starts(w, forms) ? [i] : []))),
    })),
  }));
  rows: for (let row = 0; row < out.length; row++) {
    let total = 0;
    for (const term of byTerm) {
      const name = s.rows[row]!;
      let best = 0;
      if (name.some((w) => term.forms.includes(w))) best = 3;
      else if (starts(name, term.forms)) best = 2;
      else if (
        term.institutions.has(s.institutionOf[row]!) ||
        term.labels.some((l) => l.values.size > 0 && l.rows[row]!.some((v) => l.values.has(v)))
      )
        best = 1;
      if (best === 0) continue rows;
      total += best;
    }
    out[row] = total;
  }
  return out;
}

/**
 * The rows whose name matches every word of `text` (the whole of a name word
 * before its start), best first, then in reading order: the search page's
 * people, answered from the names alone.
 */
export function nameRows(names: QueryNames, text: string): number[] {
  if (queryTerms(text).length === 0) return [];
  const score = scores({ total: names.words.length, facets: {} }, searchable({ ...names, institutions: [] }, {}), text);
  const rows: number[] = [];
  score.forEach((v, row) => {
    if (v > 0) rows.push(row);
  });
  return rows.sort((a, b) => score[b]! - score[a]! || a - b);
}

/**
 * The positions of the `values` (texts such as a country's names in every
 * language) that the query names: each of its words begins a word of the
 * value (a word of one or two letters must be whole). "Italy", "Италия" and
 * "Qyrğyzstan" name their countries.
 */
export function valuesNamed(values: readonly string[], text: string): number[] {
  const terms = queryTerms(text);
  if (terms.length === 0) return [];
  const matches = (list: readonly string[], forms: readonly string[]) =>
    list.some((word) => forms.some((f) => (f.length >= 3 ? word.startsWith(f) : word === f)));
  return values.flatMap((value, i) => (terms.every((forms) => matches(words(value), forms)) ? [i] : []));
}

/** The rows that have one of `values` (positions in the group's values), in reading order. */
export function rowsWith(index: QueryIndex, group: string, values: readonly number[]): number[] {
  const wanted = new Set(values);
  const rows: number[] = [];
  index.facets[group]?.forEach((own, row) => {
    if (own.some((v) => wanted.has(v))) rows.push(row);
  });
  return rows;
}

/**
 * Rows for `query`, and the counts. `score` (from `scores`) limits the rows to
 * those matching the text, and orders them for "relevance"; `recent` (a rank
 * per row) is needed for the "recent" order.
 */
export function answer(
  index: QueryIndex,
  query: DirectoryQuery,
  groups: readonly { name: string; size: number }[],
  { score, recent }: { score?: Uint16Array | undefined; recent?: readonly number[] | undefined } = {},
): DirectoryAnswer {
  const chosen = groups.map((g) => ({ name: g.name, rows: index.facets[g.name]!, set: new Set(query.selected[g.name] ?? []) }));
  const counts = groups.map((g) => new Array<number>(g.size).fill(0));
  const rows: number[] = [];
  const n = index.total;
  for (let row = 0; row < n; row++) {
    if (score && score[row] === 0) continue;
    let failed = -1;
    let failures = 0;
    for (let g = 0; g < chosen.length && failures < 2; g++) {
      const c = chosen[g]!;
      if (c.set.size > 0 && !c.rows[row]!.some((v) => c.set.has(v))) {
        failures++;
        failed = g;
      }
    }
    if (failures === 0) {
      rows.push(row);
      for (let g = 0; g < chosen.length; g++) for (const v of chosen[g]!.rows[row]!) counts[g]![v]!++;
    } else if (failures === 1) {
      for (const v of chosen[failed]!.rows[row]!) counts[failed]![v]!++;
    }
  }
  if (query.sort === 'recent') {
    if (!recent) throw new Error('the "recent" order needs recent.json');
    rows.sort((a, b) => recent[b]! - recent[a]! || a - b);
  } else if (query.sort === 'relevance' && score) rows.sort((a, b) => score[b]! - score[a]! || a - b);
  return { rows, counts: Object.fromEntries(groups.map((g, i) => [g.name, counts[i]!])) };
}

/**
 * The rows whose name is nearest to a query that found nothing: each query
 * word against each name word, compared in skeleton form, so that "Vrubell"
 * finds Wróbel (vrubel) and "Qasymov" Касымов. At most `limit` rows, nearest
 * first, and only those within a likely typo (a third of the word's letters).
 */
export function closestRows(names: QueryNames, query: string, limit = 3): number[] {
  const words = query
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .map(skeleton)
    .filter((w) => w.length >= 3);
  if (words.length === 0) return [];
  const found: { row: number; distance: number }[] = [];
  names.words.forEach((text, row) => {
    const forms = [...new Set(text.split(' ').map(skeleton))];
    let distance = 0;
    for (const w of words) {
      const nearest = Math.min(...forms.map((f) => editDistance(w, f)));
      if (nearest > Math.max(1, Math.floor(w.length / 3))) return;
      distance += nearest;
    }
    found.push({ row, distance });
  });
  return found
    .sort((a, b) => a.distance - b.distance || a.row - b.row)
    .slice(0, limit)
    .map((f) => f.row);
}
