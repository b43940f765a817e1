/** Metadata helpers: canonical and alternate URLs, and JSON-LD that is safe inside HTML. */
import { LOCALES, type Locale } from './i18n';
import { localizedPath } from './paths';

/** Open Graph locale codes. */
export const OG_LOCALE: Record<Locale, string> = { en: 'en_GB', ru: 'ru_RU', kk: 'kk_KZ' };

/** Absolute URL of `path` in `locale`. */
export function absoluteUrl(site: URL | undefined, locale: Locale, path: string): string {
  const relative = localizedPath(locale, path);
  return site ? new URL(relative, site).href : relative;
}

/** Absolute URLs of pages in one language, for JSON-LD that links pages of the site by their `@id`. */
export function pageUrls(site: URL | undefined, locale: Locale): (path: string) => string {
  return (path) => absoluteUrl(site, locale, path);
}

/** The page in every language, for hreflang links and the language switcher. */
export function alternates(site: URL | undefined, path: string): { locale: Locale; href: string }[] {
  return LOCALES.map((locale) => ({ locale, href: absoluteUrl(site, locale, path) }));
}

/**
 * JSON for a <script type="application/ld+json"> element: `<`, `>`, `&` and the
 * JavaScript line separators are escaped so that no content can close the
 * element or start markup.
 */
export function jsonForHtml(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export interface Crumb {
  label: string;
  href: string;
  /** The label's language when it is not the page's: an English name standing in for a missing translation. */
  lang?: string;
}
