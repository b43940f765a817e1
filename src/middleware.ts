/**
 * The page's language and its UI strings on `Astro.locals`, so that pages and components
 * need not work them out: `Astro.locals.locale` and `Astro.locals.t(key, params)`.
 * Pages outside a language folder (the language chooser, the host's 404) get English,
 * and name other languages themselves where they show them.
 */
import { defineMiddleware } from 'astro:middleware';
import { LOCALES, t, type Locale, type MessageKey } from '~/lib/i18n';

export const onRequest = defineMiddleware((context, next) => {
  const locale: Locale = LOCALES.find((l) => l === context.currentLocale) ?? 'en';
  context.locals.locale = locale;
  context.locals.t = (key: MessageKey, params?: Record<string, string | number>) => t(locale, key, params);
  return next();
});
