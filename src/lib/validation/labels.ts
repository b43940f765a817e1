/**
 * What an editor may have meant by a value that is not an id: an entry's own
 * name (in English, Russian or Kazakh) typed where its id belongs, a country
 * written by name ("Bulgaria", "Болгария", "Түркия") or by its three-letter
 * code instead of its two-letter one. For the "did you mean" of the
 * reference rule.
 */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import kk from 'i18n-iso-countries/langs/kk.json';
import ru from 'i18n-iso-countries/langs/ru.json';
import { fold } from '~/shared/normalize';
import { COUNTRY_CODES } from '~/schemas/country';
import { closest } from './messages';

for (const locale of [en, ru, kk]) countries.registerLocale(locale);

/** One form for comparing names: lower case, no diacritics, Kazakh letters folded, no punctuation, single spaces. */
export function nameKey(text: string): string {
  return fold(text)
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/** Names of countries in common use that the country list leaves out, by code. */
const COUNTRY_VARIANTS: Record<string, readonly string[]> = {
  by: ['Republic of Belarus', 'Byelorussia', 'Белоруссия', 'Республика Беларусь', 'Беларусь Республикасы'],
  cz: ['Czech', 'Чешская Республика', 'Чехия'],
  kg: ['Kyrgyz Republic', 'Kirghizia', 'Кыргызстан', 'Кыргызская Республика', 'Республика Кыргызстан', 'Қырғыз Республикасы'],
  kz: ['Republic of Kazakhstan', 'Республика Казахстан', 'Қазақстан Республикасы'],
  kr: ['Корея Республикасы', 'Южная Корея'],
  md: ['Moldova', 'Республика Молдова', 'Молдова Республикасы'],
  ru: ['Ресей Федерациясы'],
  tr: ['Түркия Республикасы', 'Турецкая Республика'],
  uz: ['Republic of Uzbekistan', 'Республика Узбекистан', 'Өзбекстан Республикасы'],
  gb: ['England', 'Britain', 'Англия'],
  ae: ['ОАЭ'],
  us: ['America', 'Соединённые Штаты Америки', 'США', 'АҚШ'],
};

let countryNames: Map<string, string> | undefined;

/** Every country name in English, Russian and Kazakh, with its variants, by name key → lower-case two-letter code. */
function countryNameIndex(): Map<string, string> {
  if (countryNames) return countryNames;
  countryNames = new Map();
  for (const locale of ['en', 'ru', 'kk']) {
    for (const [code, names] of Object.entries(countries.getNames(locale, { select: 'all' }))) {
      for (const name of names) if (name.length > 3) countryNames.set(nameKey(name), code.toLowerCase());
    }
  }
  for (const [code, names] of Object.entries(COUNTRY_VARIANTS)) for (const name of names) countryNames.set(nameKey(name), code);
  return countryNames;
}

/** The two-letter code of a country written exactly by a name, its two- or three-letter code: "Bulgaria", "Болгария", "BGR" → `bg`. */
export function countryCodeExact(value: string): string | undefined {
  const trimmed = value.trim();
  if (/^[A-Za-z]{3}$/.test(trimmed)) {
    const code = countries.alpha3ToAlpha2(trimmed.toUpperCase());
    if (code) return code.toLowerCase();
  }
  if (trimmed.length === 2 && COUNTRY_CODES.has(trimmed.toLowerCase())) return trimmed.toLowerCase();
  return countryNameIndex().get(nameKey(trimmed));
}

/** The country a value most likely means: an exact name or code, or else the nearest name (a typo). */
export function countryCodeOf(value: string): string | undefined {
  const exact = countryCodeExact(value);
  if (exact) return exact;
  const index = countryNameIndex();
  const key = nameKey(value);
  // Short keys are too close to too many names to guess from.
  if (key.length < 4) return undefined;
  const near = closest(key, index.keys());
  return near === undefined ? undefined : index.get(near);
}

/** The names an entry goes by: its name, short name, label or title in every language, and a person's name in Cyrillic. */
export function labelsOf(data: unknown): string[] {
  if (!data || typeof data !== 'object') return [];
  const out: string[] = [];
  const record = data as Record<string, unknown>;
  for (const key of ['name', 'shortName', 'label', 'title', 'nameRu', 'nameKk']) {
    const value = record[key];
    if (typeof value === 'string') out.push(value);
    else if (value && typeof value === 'object') {
      for (const text of Object.values(value as Record<string, unknown>)) if (typeof text === 'string') out.push(text);
    }
  }
  return out;
}

/** Entries by each of their names (name key → id); a name two entries share points to neither. */
export function labelIndex(entries: readonly { id: string; data: unknown }[]): Map<string, string> {
  const index = new Map<string, string>();
  const shared = new Set<string>();
  for (const e of entries) {
    for (const label of labelsOf(e.data)) {
      const key = nameKey(label);
      if (!key) continue;
      const seen = index.get(key);
      if (seen !== undefined && seen !== e.id) shared.add(key);
      else index.set(key, e.id);
    }
  }
  for (const key of shared) index.delete(key);
  return index;
}

/** The id of the entry whose name `value` is, or nearly is (a typo); undefined when none is close. */
export function idByLabel(value: string, index: ReadonlyMap<string, string>): string | undefined {
  const key = nameKey(value);
  if (key.length < 3) return undefined;
  const exact = index.get(key);
  if (exact !== undefined) return exact;
  const near = closest(key, index.keys());
  return near === undefined ? undefined : index.get(near);
}
