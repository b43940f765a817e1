/** UI strings, plural forms and localized content text for the three site languages. */
import en from '~/i18n/en.json';
import ru from '~/i18n/ru.json';
import kk from '~/i18n/kk.json';
import { LOCALES, type Locale, type LocalizedText } from '~/schemas/common';
import { formatNumber } from './format';
import { pluralForm } from '~/shared/plural';

export { LOCALES, type Locale };

type Messages = typeof en;
export type MessageKey = { [K in keyof Messages]: Messages[K] extends string ? K : never }[keyof Messages];
export type PluralKey = { [K in keyof Messages]: Messages[K] extends string ? never : K }[keyof Messages];

export const MESSAGES: Record<Locale, Record<string, string | Record<string, string>>> = { en, ru, kk };

function fill(template: string, params: Record<string, string | number>, locale: Locale): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = params[name];
    if (v === undefined) throw new Error(`i18n: missing parameter {${name}} in "${template}"`);
    return typeof v === 'number' ? formatNumber(locale, v) : v;
  });
}

/** A UI string in `locale`, with `{name}` placeholders filled from `params`. */
export function t(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  const value = MESSAGES[locale][key];
  if (typeof value !== 'string') throw new Error(`i18n: no string "${key}" for ${locale}`);
  return fill(value, params, locale);
}

/**
 * A UI string split around one placeholder, for a sentence with a link inside:
 * `"See {link}."` gives `["See ", "."]`, and the page puts the link between.
 */
export function tAround(locale: Locale, key: MessageKey, placeholder: string): [before: string, after: string] {
  const marker = '\u0000';
  const [before = '', after = ''] = t(locale, key, { [placeholder]: marker }).split(marker);
  return [before, after];
}

/**
 * A counted phrase in the plural form `locale` needs, e.g. "5 профессоров":
 * `{n}` is the number, and any other placeholder is filled from `params`.
 */
export function plural(locale: Locale, key: PluralKey, n: number, params: Record<string, string | number> = {}): string {
  return fill(pluralTemplate(locale, key, n), { ...params, n }, locale);
}

/**
 * A counted phrase split around its number, for layouts that show the number
 * large: `{ number: "1 117", before: "", after: "часов лекций и семинаров" }`.
 */
export function pluralParts(locale: Locale, key: PluralKey, n: number): { number: string; before: string; after: string } {
  const [before = '', after = ''] = pluralTemplate(locale, key, n).split('{n}');
  return { number: formatNumber(locale, n), before: before.trim(), after: after.trim() };
}

function pluralTemplate(locale: Locale, key: PluralKey, n: number): string {
  const forms = MESSAGES[locale][key];
  if (typeof forms !== 'object') throw new Error(`i18n: no plural forms "${key}" for ${locale}`);
  return pluralForm(locale, forms, n);
}

/** Content text in `locale`, or the English text marked as a fallback when the translation is missing. */
export interface Localized {
  text: string;
  /** Language the text is actually in. */
  lang: Locale;
  fallback: boolean;
}

export function localize(value: LocalizedText, locale: Locale): Localized {
  const text = value[locale];
  if (text !== undefined) return { text, lang: locale, fallback: false };
  return { text: value.en, lang: 'en', fallback: locale !== 'en' };
}
