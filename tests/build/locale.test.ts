// The page's language comes from its address (src/middleware.ts): a page under /<locale>/ shows that
// language's interface text and declares it; the pages outside a language folder (the language chooser,
// the host's not-found page) declare English.
import { describe, expect, inject, it } from 'vitest';
import en from '~/i18n/en.json';
import ru from '~/i18n/ru.json';
import kk from '~/i18n/kk.json';
import { LOCALES } from '~/lib/i18n';
import { OG_LOCALE } from '~/lib/seo';
import { builtPages } from '../helpers/dist';

const MESSAGES = { en, ru, kk };
const pages = builtPages(inject('dist'));
const ogLocale = (page: (typeof pages)[number]) => page.doc.querySelector('meta[property="og:locale"]')?.getAttribute('content');

describe('the language of a page', () => {
  it.each(LOCALES)('every page under /%s/ shows its navigation in that language and declares the language', (locale) => {
    const own = pages.filter((p) => p.path.startsWith(`${locale}/`));
    expect(own.length).toBeGreaterThan(0);
    const labels = (['nav.professors', 'nav.countries', 'nav.projects'] as const).map((key) => MESSAGES[locale][key]);
    for (const page of own) {
      expect(page.doc.querySelector('html')?.getAttribute('lang'), page.path).toBe(locale);
      expect(ogLocale(page), page.path).toBe(OG_LOCALE[locale]);
      const nav = page.doc.querySelectorAll('header nav a').map((a) => a.text.trim());
      expect(nav, page.path).toEqual(expect.arrayContaining(labels));
    }
  });

  it('the language chooser and the host’s not-found page, outside any language folder, declare English', () => {
    for (const path of ['', '404.html']) {
      const page = pages.find((p) => p.path === path)!;
      expect(page.doc.querySelector('html')?.getAttribute('lang'), path).toBe('en');
      expect(ogLocale(page), path).toBe(OG_LOCALE.en);
    }
  });
});
