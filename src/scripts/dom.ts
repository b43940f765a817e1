/** Small DOM and text helpers shared by the directory and search scripts. */
import type { PluralForms } from '~/shared/contract';
import { pluralForm } from '~/shared/plural';

/** Plural phrase with `{n}` filled, as `plural()` in src/lib/i18n.ts does at build time. */
export function pluralize(locale: string, forms: PluralForms, n: number): string {
  return pluralForm(locale, forms, n).replace('{n}', new Intl.NumberFormat(locale).format(n));
}

/** Creates an element with classes and text, never parsing HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The settings the page wrote for its script (src/lib/browser-config.ts), or nothing on a page without them. */
export function readConfig<T>(id: string): T | undefined {
  const node = document.getElementById(id);
  return node?.textContent ? (JSON.parse(node.textContent) as T) : undefined;
}

/**
 * Copies of the first element of the page's `<template id="…">`, which the
 * build rendered from the same component it draws the element with.
 */
export function fromTemplate(id: string): () => HTMLElement {
  const template = document.getElementById(id);
  const first = template instanceof HTMLTemplateElement ? template.content.firstElementChild : null;
  if (!first) throw new Error(`no <template id="${id}"> on this page`);
  return () => first.cloneNode(true) as HTMLElement;
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
