/** The one link builder: every internal URL goes through here so the base path is applied once. */
import { getRelativeLocaleUrl } from 'astro:i18n';
import type { Locale } from './i18n';

/** The site's base path with a trailing slash, e.g. `/` or `/showcase/`. */
export const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** `/base/<locale>/<parts>/`: Astro's own locale URL, with the base path and a trailing slash. */
export function localizedPath(locale: Locale, ...parts: string[]): string {
  const rest = parts
    .filter(Boolean)
    .map((p) => p.replace(/^\/|\/$/g, ''))
    .join('/');
  return getRelativeLocaleUrl(locale, rest);
}

/** A path under the base that is not localized, e.g. `pagefind/` or `data/professors.json`. */
export function assetPath(path: string): string {
  return `${BASE}${path.replace(/^\//, '')}`;
}
