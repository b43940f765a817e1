/** The one place that formats dates, numbers and names of languages for a locale. */
import type { Locale } from './i18n';

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

function dateFormat(locale: Locale): Intl.DateTimeFormat {
  let f = dateFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(locale, f);
  }
  return f;
}

const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** `2023-04-10` → "10 April 2023" / "10 апреля 2023 г." / "2023 ж. 10 сәуір" */
export function formatDate(locale: Locale, iso: string): string {
  return dateFormat(locale).format(toDate(iso));
}

/** A date range written the local way, sharing month and year where they are equal. */
export function formatDateRange(locale: Locale, start: string, end: string): string {
  if (start === end) return formatDate(locale, start);
  return dateFormat(locale).formatRange(toDate(start), toDate(end));
}

/** Name of a language in the reader's language: `de` → "German" / "немецкий" / "неміс тілі". */
export function languageName(locale: Locale, code: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function formatNumber(locale: Locale, n: number): string {
  return new Intl.NumberFormat(locale).format(n);
}

/** Initials for the portrait placeholder: "Łukasz Wróbel" → "ŁW". */
export function initials(name: string): string {
  const parts = name.split(/[\s-]+/).filter(Boolean);
  const first = parts[0]?.charAt(0) ?? '';
  const last = parts.length > 1 ? (parts.at(-1)?.charAt(0) ?? '') : '';
  return (first + last).toUpperCase();
}

/** Today's date as YYYY-MM-DD (build time), for "recent" and "upcoming". */
export function today(): string {
  return (process.env.BUILD_DATE ?? new Date().toISOString()).slice(0, 10);
}
