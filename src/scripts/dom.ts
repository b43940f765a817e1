/** Small DOM and text helpers shared by the directory and search scripts. */

/** Plural phrase with `{n}` filled, as in src/i18n (forms chosen with Intl.PluralRules). */
export function pluralize(locale: string, forms: Record<string, string>, n: number): string {
  const form = forms[new Intl.PluralRules(locale).select(n)] ?? forms.other ?? '{n}';
  return form.replace('{n}', new Intl.NumberFormat(locale).format(n));
}

/** Creates an element with classes and text, never parsing HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
