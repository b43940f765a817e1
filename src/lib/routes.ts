/** Static paths shared by the page files: every route exists once per locale. */
import { LOCALES, type Locale } from './i18n';

export function localeParams() {
  return LOCALES.map((locale) => ({ params: { locale } }));
}

/** One page per item per locale, with the item passed as a prop. */
export function entityParams<T extends { id: string }>(items: Iterable<T>) {
  const list = [...items];
  return LOCALES.flatMap((locale: Locale) => list.map((item) => ({ params: { locale, id: item.id }, props: { item } })));
}
