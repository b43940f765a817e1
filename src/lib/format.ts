/** The one place that formats dates, numbers and names of languages for a locale. */
import type { Locale } from '~/schemas/common';
import { settings } from '~/lib/settings';

/**
 * One instance per locale of each Intl formatter: building them costs far more
 * than using them, and a large build formats hundreds of thousands of values.
 */
function perLocale<T>(make: (locale: Locale) => T): (locale: Locale) => T {
  const made = new Map<Locale, T>();
  return (locale) => {
    let value = made.get(locale);
    if (value === undefined) made.set(locale, (value = make(locale)));
    return value;
  };
}

const dateFormat = perLocale(
  (locale) =>
    new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
);
const numberFormat = perLocale((locale) => new Intl.NumberFormat(locale));
const languageNames = perLocale((locale) => new Intl.DisplayNames([locale], { type: 'language' }));
/** Formatted ranges, by locale and dates: formatRange is slow and the same visit shows on many pages. */
const ranges = new Map<string, string>();

const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** `2023-04-10` → "10 April 2023" / "10 апреля 2023 г." / "2023 ж. 10 сәуір" */
export function formatDate(locale: Locale, iso: string): string {
  return dateFormat(locale).format(toDate(iso));
}

/** A date range written the local way, sharing month and year where they are equal. */
export function formatDateRange(locale: Locale, start: string, end: string): string {
  if (start === end) return formatDate(locale, start);
  const key = `${locale}|${start}|${end}`;
  let range = ranges.get(key);
  if (range === undefined) ranges.set(key, (range = dateFormat(locale).formatRange(toDate(start), toDate(end))));
  return range;
}

/** Name of a language in the reader's language: `de` → "German" / "немецкий" / "неміс тілі". */
export function languageName(locale: Locale, code: string): string {
  try {
    return languageNames(locale).of(code) ?? code;
  } catch {
    return code;
  }
}

export function formatNumber(locale: Locale, n: number): string {
  return numberFormat(locale).format(n);
}

/** The years a professor visited as one span: "2021–2024", or "2023" for one year, or "" for none. */
export function yearSpan(years: readonly number[]): string {
  if (years.length === 0) return '';
  return years.length > 1 ? `${years[0]}–${years.at(-1)}` : String(years[0]);
}

/** Initials for the portrait placeholder: "Łukasz Wróbel" → "ŁW". */
export function initials(name: string): string {
  const parts = name.split(/[\s-]+/).filter(Boolean);
  const first = parts[0]?.charAt(0) ?? '';
  const last = parts.length > 1 ? (parts.at(-1)?.charAt(0) ?? '') : '';
  return (first + last).toUpperCase();
}

/** Today's date as YYYY-MM-DD (BUILD_DATE, or the day of the build), for "recent" and "upcoming". */
export function today(): string {
  return settings.BUILD_DATE;
}
