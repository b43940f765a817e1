/** Small DOM and text helpers shared by the directory and search scripts. */
import { pluralForm } from '~/lib/plural';

/** Plural phrase with `{n}` filled, as `plural()` in src/lib/i18n.ts does at build time. */
export function pluralize(locale: string, forms: Record<string, string>, n: number): string {
  return pluralForm(locale, forms, n).replace('{n}', new Intl.NumberFormat(locale).format(n));
}

/** Creates an element with classes and text, never parsing HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
