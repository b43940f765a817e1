/**
 * The columns `npm run import` reads: one row per visit, headers in English
 * or Russian (the template in content/_templates/ has both), and the
 * headers of the site's own /data/visits.csv and professors.csv, so that the
 * published data can be loaded back. A header may name a language, e.g.
 * "position (ru)" or "тема (каз.)", for the Russian or Kazakh text of a field.
 */
import { fold } from '~/shared/normalize';
import type { Locale } from '~/schemas/common';

export type ColumnKey =
  | 'id'
  | 'name'
  | 'nameRu'
  | 'nameKk'
  | 'orcid'
  | 'country'
  | 'institution'
  | 'city'
  | 'website'
  | 'position'
  | 'degree'
  | 'fields'
  | 'programme'
  | 'start'
  | 'end'
  | 'formats'
  | 'hours'
  | 'topic'
  | 'audience'
  | 'unit'
  | 'note'
  | 'summary'
  | 'sources'
  | 'example';

export interface Column {
  key: ColumnKey;
  /** The header in the template, English and Russian. */
  en: string;
  ru: string;
  /** Other headers read as this column (folded, see `headerKey`). */
  also?: string[];
  /** Text in en/ru/kk: a header may name its language. */
  localized?: boolean;
  /** What goes in it, for the template's second row and CONTRIBUTING. */
  help: string;
}

/** Every column, in the template's order. */
export const COLUMNS: readonly Column[] = [
  {
    key: 'name',
    en: 'Name (Latin)',
    ru: 'ФИО латиницей',
    also: ['name', 'full name', 'фио', 'name en'],
    help: 'Full name as the person writes it in Latin letters',
  },
  {
    key: 'nameRu',
    en: 'Name in Russian',
    ru: 'ФИО на русском',
    also: ['name ru', 'фио рус', 'фио на русском языке'],
    help: 'The name in Russian Cyrillic',
  },
  {
    key: 'nameKk',
    en: 'Name in Kazakh',
    ru: 'ФИО на казахском',
    also: ['name kk', 'фио каз', 'фио на казахском языке'],
    help: 'The name in Kazakh Cyrillic',
  },
  { key: 'orcid', en: 'ORCID', ru: 'ORCID', also: ['orcid id'], help: 'ORCID iD, e.g. 0000-0002-1825-0097' },
  { key: 'country', en: 'Country', ru: 'Страна', help: 'Country of the home institution: a name in any language or the two-letter code' },
  {
    key: 'institution',
    en: 'Home institution',
    ru: 'Организация (место работы)',
    also: ['institution', 'university', 'организация', 'университет', 'вуз', 'место работы', 'home university'],
    localized: true,
    help: 'Name of the home institution as on the site (any language), or a new one',
  },
  {
    key: 'city',
    en: 'Institution city',
    ru: 'Город организации',
    also: ['city', 'город'],
    localized: true,
    help: 'City of the home institution, in English (only when the institution is not on the site yet)',
  },
  {
    key: 'website',
    en: 'Institution website',
    ru: 'Сайт организации',
    also: ['website', 'сайт'],
    help: 'Official website of a new home institution, e.g. https://www.uni.edu',
  },
  { key: 'position', en: 'Position', ru: 'Должность', localized: true, help: 'Position at the home institution' },
  { key: 'degree', en: 'Degree', ru: 'Учёная степень', also: ['ученая степень', 'степень'], help: 'Academic degree, e.g. PhD' },
  {
    key: 'fields',
    en: 'Fields',
    ru: 'Области науки',
    also: ['field', 'области', 'направления', 'направление', 'область'],
    help: 'Disciplines, separated by ";" (ids or names from the site)',
  },
  {
    key: 'programme',
    en: 'Programme',
    ru: 'Программа',
    also: ['program'],
    help: 'Foreign Scientist or Erasmus+ ICM (name in any language or the id)',
  },
  {
    key: 'start',
    en: 'First day',
    ru: 'Дата начала',
    also: ['start', 'начало', 'первый день', 'с'],
    help: 'First day of the visit: 2025-03-10 or 10.03.2025',
  },
  {
    key: 'end',
    en: 'Last day',
    ru: 'Дата окончания',
    also: ['end', 'окончание', 'последний день', 'по'],
    help: 'Last day of the visit (the first day again for a one-day visit)',
  },
  {
    key: 'formats',
    en: 'Forms of cooperation',
    ru: 'Формы сотрудничества',
    also: ['formats', 'форма сотрудничества', 'формат'],
    help: 'lecture course, internship, joint research, seminar, supervision, consultation, other; separated by ";"',
  },
  { key: 'hours', en: 'Hours', ru: 'Количество часов', also: ['часы'], help: 'Contact hours of the course, e.g. 36' },
  {
    key: 'topic',
    en: 'Topic',
    ru: 'Тема',
    also: ['курс', 'название курса', 'course'],
    localized: true,
    help: 'Title of the course or activity',
  },
  { key: 'audience', en: 'Audience', ru: 'Слушатели', also: ['аудитория'], localized: true, help: 'Who attended' },
  {
    key: 'unit',
    en: 'Department',
    ru: 'Кафедра',
    also: ['unit', 'подразделение'],
    localized: true,
    help: 'Department of the university that hosted the visit',
  },
  { key: 'note', en: 'Note', ru: 'Примечание', localized: true, help: 'A short public note on the visit' },
  {
    key: 'summary',
    en: 'Summary',
    ru: 'Краткое описание',
    also: ['описание'],
    localized: true,
    help: 'One or two sentences about the person (needed for a new professor)',
  },
  {
    key: 'sources',
    en: 'Source',
    ru: 'Источники',
    also: ['sources', 'ссылка', 'источник'],
    help: 'A public web page where the facts can be checked (needed for a new professor); several separated by ";"',
  },
  // Read from the site's own exports; not in the template.
  { key: 'id', en: 'id', ru: 'id', also: ['professor'], help: 'The professor’s file name on the site' },
  { key: 'example', en: 'example', ru: 'example', help: 'true for an invented example entry' },
];

/** The columns an office fills in: the template's. */
export const TEMPLATE_COLUMNS = COLUMNS.filter((c) => c.key !== 'id' && c.key !== 'example');

const LANGUAGE_WORDS: Record<string, Locale> = {
  en: 'en',
  eng: 'en',
  english: 'en',
  англ: 'en',
  английский: 'en',
  ru: 'ru',
  rus: 'ru',
  russian: 'ru',
  рус: 'ru',
  русский: 'ru',
  'на русском': 'ru',
  kk: 'kk',
  kaz: 'kk',
  kazakh: 'kk',
  каз: 'kk',
  казахский: 'kk',
  'на казахском': 'kk',
};

/** A header as compared: folded, punctuation as single spaces. */
export const headerKey = (header: string) =>
  fold(header)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const BY_HEADER = new Map<string, ColumnKey>();
for (const c of COLUMNS) for (const h of [c.key, c.en, c.ru, ...(c.also ?? [])]) BY_HEADER.set(headerKey(h), c.key);
const LOCALIZED = new Set(COLUMNS.filter((c) => c.localized).map((c) => c.key));

export interface HeaderMatch {
  key: ColumnKey;
  /** The language a localized column is in; English when the header does not say. */
  locale: Locale;
}

/**
 * What a header means: "Position" → position in English, "Должность (рус.)"
 * → position in Russian, "summary_en" → summary in English. Undefined for a
 * column the import does not read.
 */
export function matchHeader(header: string): HeaderMatch | undefined {
  const key = headerKey(header);
  const direct = BY_HEADER.get(key);
  if (direct) return { key: direct, locale: 'en' };
  for (const [word, locale] of Object.entries(LANGUAGE_WORDS)) {
    const suffix = ` ${headerKey(word)}`;
    if (!key.endsWith(suffix)) continue;
    const base = BY_HEADER.get(key.slice(0, -suffix.length));
    if (base && LOCALIZED.has(base)) return { key: base, locale };
  }
  return undefined;
}
