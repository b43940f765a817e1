/** Small DOM and text helpers shared by the directory and search scripts. */
import { pluralForm } from '~/shared/plural';

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

/** The "Example entry" badge, as ExampleBadge.astro draws it at build time; `hint` explains it on hover. */
export function exampleBadge(text: string, hint?: string): HTMLSpanElement {
  const badge = el(
    'span',
    'inline-block rounded border border-amber-700 bg-amber-50 px-1.5 py-0.5 text-xs font-semibold text-amber-900',
    text,
  );
  if (hint) badge.title = hint;
  return badge;
}

/**
 * Points the header's language links at the same view in the other language:
 * the page's query string (the directory's filters, the search words) goes
 * with them. Called whenever the page changes its address; without
 * JavaScript the links open the same page unfiltered.
 */
export function carryStateToLanguageLinks(): void {
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-link]')) a.search = location.search;
}
