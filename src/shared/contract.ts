/**
 * What the pages hand their browser scripts, defined once for both sides: the
 * directory's and the search page's settings (JSON in a
 * `<script type="application/json">`, built by src/lib/browser-config.ts and
 * read by src/scripts/), the kinds of search result, and the mark that ends a
 * page's visible text for search.
 */
import type { PluralForms } from './plural';

export type { PluralForms };

/** The kinds of page the search tells apart (a Pagefind filter), in the order of its tabs. */
export const SEARCH_TYPES = ['professor', 'project', 'country', 'institution', 'programme'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/**
 * Marks where the hidden search variants of a page's words begin (⁂), after
 * its visible text: the search page never shows what follows it as an excerpt.
 */
export const VARIANTS_MARK = '\u2042';

/** The ids of the JSON elements that carry each script's settings, and of the templates the scripts fill. */
export const ELEMENT_IDS = {
  directoryConfig: 'directory-config',
  searchConfig: 'search-config',
  professorCard: 'professor-card-template',
  exampleBadge: 'example-badge-template',
} as const;

/** The directory's sentences; `noneFor`, `noneForFiltered` and `fullText` keep `{query}`, `pageStatus` `{current}` and `{last}`. */
export const DIRECTORY_STRINGS = [
  'none',
  'noneFor',
  'noneForFiltered',
  'closest',
  'unavailable',
  'fullText',
  'prev',
  'next',
  'pageStatus',
] as const;
export type DirectoryStrings = Record<(typeof DIRECTORY_STRINGS)[number], string>;

export interface DirectoryGroupConfig {
  name: string;
  label: string;
  /** A value's `words` are what the search box matches besides its label (a country's names in every language). */
  values: { id: string; label: string; words?: string }[];
}

export interface DirectoryConfig {
  locale: string;
  /** Folder of the index files, with a trailing slash. */
  data: string;
  version: string;
  searchPage: string;
  /** The professors' pages in this language, with a trailing slash. */
  profiles: string;
  groups: DirectoryGroupConfig[];
  strings: DirectoryStrings;
  professorForms: PluralForms;
  /** The phone panel's "Show {n} professors". */
  showForms: PluralForms;
  /** "{n} chosen" beside the filter button. */
  chosenForms: PluralForms;
  pageSize: number;
  shardSize: number;
  total: number;
  /** Counts per filter value with nothing chosen. */
  counts: Record<string, Record<string, number>>;
}

/** The search page's sentences; `fullText` keeps `{query}`. */
export const SEARCH_STRINGS = [
  'all',
  'none',
  'more',
  'fullText',
  'closest',
  'otherLanguages',
  'allProfessors',
  'country',
  'unavailable',
] as const;
export type SearchStrings = Record<(typeof SEARCH_STRINGS)[number], string>;

export interface SearchConfig {
  locale: string;
  base: string;
  types: { id: SearchType; label: string }[];
  strings: SearchStrings;
  resultForms: PluralForms;
  namedForms: PluralForms;
  professorForms: PluralForms;
  /** The countries professors come from, in the order of the directory's country filter. */
  countries: { label: string; words: string; href: string }[];
  directory: string;
  version: string;
  shardSize: number;
  /** The name shards there are, a character each. */
  nameShards: string;
  professors: string;
  languages: { locale: string; name: string; href: string }[];
}
