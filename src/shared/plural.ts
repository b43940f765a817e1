/**
 * Plural forms chosen by the language's rule (Intl.PluralRules), shared by
 * the build (src/lib/i18n.ts) and the browser scripts (src/scripts/dom.ts).
 * Kept free of the message files so that scripts do not bundle them.
 */

/** One phrase per plural category the language uses; `other` is the one every language has. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<string, Intl.PluralRules>();

/** The form of `forms` that `n` takes in `locale`, e.g. "{n} часа" for 22 in Russian. */
export function pluralForm(locale: string, forms: Record<string, string>, n: number): string {
  let rule = rules.get(locale);
  if (rule === undefined) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  const form = forms[rule.select(n)] ?? forms.other;
  if (form === undefined) throw new Error(`plural: no "${rule.select(n)}" or "other" form in ${JSON.stringify(forms)}`);
  return form;
}
