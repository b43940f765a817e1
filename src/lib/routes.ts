/** Static paths shared by the page files: every route exists once per locale. */
import { createHash } from 'node:crypto';
import { incrementalBuild } from './experiments';
import { LOCALES, type Locale } from './i18n';

export function localeParams() {
  return LOCALES.map((locale) => ({ params: { locale } }));
}

/**
 * A key that changes whenever any of `facts` does: what Astro's incremental
 * build compares to skip a page. Content entries count by their digest.
 */
export function cacheKey(...facts: unknown[]): string {
  const json = JSON.stringify(facts, (key, value: unknown) =>
    key === 'entry' && value && typeof value === 'object' ? (value as { digest?: string }).digest : value,
  );
  return createHash('sha256').update(json).digest('hex').slice(0, 32);
}

/**
 * One page per item per locale, with the item passed as a prop. With incremental
 * builds on, `facts` names everything else the item's page shows.
 */
export function entityParams<T extends { id: string }>(items: Iterable<T>, facts?: (item: T) => unknown[]) {
  const list = [...items];
  const keys = facts && incrementalBuild ? new Map(list.map((item) => [item, cacheKey(item, ...facts(item))])) : undefined;
  return LOCALES.flatMap((locale: Locale) =>
    list.map((item) => ({
      params: { locale, id: item.id },
      props: { item },
      ...(keys ? { cacheKey: `${locale}:${keys.get(item)}` } : {}),
    })),
  );
}
