/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The language of the page being rendered (English for pages outside /<locale>/). */
    locale: import('~/lib/i18n').Locale;
    /** A UI string in the page's language, with `{name}` placeholders filled from `params`. */
    t: (key: import('~/lib/i18n').MessageKey, params?: Record<string, string | number>) => string;
  }
}
