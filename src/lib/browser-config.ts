/**
 * The settings the directory and the search page hand their scripts
 * (src/shared/contract.ts types them for both sides): which files to fetch,
 * where the pages are, the filters, and every sentence in the page's language.
 */
import {
  SEARCH_TYPES,
  type DirectoryConfig,
  type DirectoryStrings,
  type PluralForms,
  type SearchConfig,
  type SearchStrings,
} from '~/shared/contract';
import type { SiteContent } from './content';
import { directoryCounts } from './derive';
import { CARD_SHARD_SIZE, directoryData } from './directory-index';
import { LOCALES, MESSAGES, t, type Locale, type MessageKey, type PluralKey } from './i18n';
import { BASE, localizedPath } from './paths';

/** Where each sentence of the directory comes from. */
const DIRECTORY_MESSAGES = {
  none: 'directory.none',
  noneFor: 'directory.noneFor',
  noneForFiltered: 'directory.noneForFiltered',
  closest: 'search.closest',
  unavailable: 'directory.unavailable',
  fullText: 'directory.fullText',
  prev: 'pagination.prev',
  next: 'pagination.next',
  pageStatus: 'pagination.status',
} as const satisfies Record<keyof DirectoryStrings, MessageKey>;

/** Where each sentence of the search page comes from. */
const SEARCH_MESSAGES = {
  all: 'search.all',
  none: 'search.none',
  more: 'search.more',
  fullText: 'directory.fullText',
  closest: 'search.closest',
  otherLanguages: 'search.otherLanguages',
  allProfessors: 'home.allProfessors',
  country: 'facet.country',
  unavailable: 'search.unavailable',
} as const satisfies Record<keyof SearchStrings, MessageKey>;

const SEARCH_TYPE_LABELS = {
  professor: 'search.type.professor',
  project: 'search.type.project',
  country: 'search.type.country',
  institution: 'search.type.institution',
  programme: 'search.type.programme',
} as const satisfies Record<(typeof SEARCH_TYPES)[number], MessageKey>;

/** The sentences as written, placeholders kept for the script to fill. */
function sentences<K extends string>(locale: Locale, keys: Record<K, MessageKey>): Record<K, string> {
  return Object.fromEntries(
    Object.entries<MessageKey>(keys).map(([name, key]) => {
      const text = MESSAGES[locale][key];
      if (typeof text !== 'string') throw new Error(`i18n: no string "${key}" for ${locale}`);
      return [name, text];
    }),
  ) as Record<K, string>;
}

function forms(locale: Locale, key: PluralKey): PluralForms {
  const value = MESSAGES[locale][key];
  if (typeof value !== 'object' || value.other === undefined) throw new Error(`i18n: no plural forms "${key}" for ${locale}`);
  return value as PluralForms;
}

/** The directory's settings in `locale`. */
export async function directoryConfig(content: SiteContent, locale: Locale): Promise<DirectoryConfig> {
  const data = await directoryData(content, locale);
  return {
    locale,
    data: `${BASE}directory/${locale}/`,
    version: data.version,
    searchPage: localizedPath(locale, 'search'),
    profiles: localizedPath(locale, 'professors'),
    pageSize: 24,
    shardSize: CARD_SHARD_SIZE,
    total: data.total,
    counts: directoryCounts(content.professors),
    professorForms: forms(locale, 'count.professors'),
    showForms: forms(locale, 'directory.show'),
    chosenForms: forms(locale, 'directory.chosen'),
    groups: data.groups,
    strings: sentences(locale, DIRECTORY_MESSAGES),
  };
}

/** The search page's settings in `locale`. */
export async function searchConfig(content: SiteContent, locale: Locale): Promise<SearchConfig> {
  const directory = await directoryData(content, locale);
  const countries = directory.groups.find((g) => g.name === 'country');
  return {
    locale,
    base: BASE,
    types: SEARCH_TYPES.map((id) => ({ id, label: t(locale, SEARCH_TYPE_LABELS[id]) })),
    strings: sentences(locale, SEARCH_MESSAGES),
    resultForms: forms(locale, 'count.results'),
    professorForms: forms(locale, 'count.professors'),
    // A query that names a country lists its people, from the directory's index, after a link to the country's page.
    countries: (countries?.values ?? []).map((v) => ({
      label: v.label,
      words: v.words ?? v.label,
      href: localizedPath(locale, `countries/${v.id}`),
    })),
    namedForms: forms(locale, 'count.named'),
    // People are found by name in the directory's name index; for a query that finds nothing, the nearest names,
    // the other languages' search pages, the full list.
    directory: `${BASE}directory/${locale}/`,
    version: directory.version,
    nameShards: directory.nameShardKeys,
    shardSize: CARD_SHARD_SIZE,
    professors: localizedPath(locale, 'professors'),
    languages: LOCALES.filter((l) => l !== locale).map((l) => ({ locale: l, name: t(l, 'lang.name'), href: localizedPath(l, 'search') })),
  };
}
