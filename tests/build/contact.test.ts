// Whom a visiting professor writes to: the contact box near the top of "For visiting
// professors" and the footer, from content/site.yaml, in every language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { readContentTree } from '~/lib/validation/read';
import { CONTACT_PAGE, type SiteData } from '~/schemas/site';
import { MESSAGES } from '~/lib/i18n';
import { builtCase } from '../helpers/built-case';
import { ROOT } from '../helpers/run';

const LOCALES = ['en', 'ru', 'kk'] as const;
const site = readContentTree(join(ROOT, 'content')).site!.data as SiteData;
const contactPage = site.contact.url ?? CONTACT_PAGE;
const read = (dist: string, path: string) => parse(readFileSync(join(dist, path, 'index.html'), 'utf8'));
const text = (el: HTMLElement | null) => (el?.text ?? '').replace(/\s+/g, ' ').trim();
/** The "being confirmed" sentence as the reader sees it, with the link's text in its place. */
const pendingSentence = (locale: (typeof LOCALES)[number]) =>
  (MESSAGES[locale]['contact.pending'] as string).replace('{link}', MESSAGES[locale]['contact.page'] as string);

describe('the contact of the seed site', () => {
  it('is not the university home page, and links from the footer of every page kind to the contact page', () => {
    expect(contactPage).not.toMatch(/^https:\/\/atu\.edu\.kz\/?$/);
    for (const locale of LOCALES) {
      for (const path of [locale, `${locale}/stats`, `${locale}/professors`]) {
        const footer = read(inject('dist'), path).querySelector('footer')!;
        expect(footer.querySelector(`a[href="${contactPage}"]`), `${path} footer`).not.toBeNull();
      }
    }
  });

  it.skipIf(site.contact.email)(
    'says, while no e-mail is set, that the details are being confirmed, near the top of "For visiting professors"',
    () => {
      for (const locale of LOCALES) {
        const doc = read(inject('dist'), `${locale}/visiting-professors`);
        const box = doc.querySelector('main aside[aria-labelledby="contact"]')!;
        expect(box, locale).not.toBeNull();
        expect(text(box.querySelector('.contact-pending'))).toBe(pendingSentence(locale));
        expect(box.querySelector(`a[href="${contactPage}"]`)).not.toBeNull();
        expect(box.querySelector('a[href^="mailto:"]')).toBeNull();
        // Near the top: the box comes before the page's prose.
        const article = doc.querySelector('main article')!.innerHTML;
        expect(article.indexOf('aria-labelledby="contact"')).toBeLessThan(article.indexOf('class="prose"'));
        expect(text(doc.querySelector('footer .contact-pending'))).toBe(pendingSentence(locale));
      }
    },
  );
});

describe('a site whose office has confirmed its details', () => {
  const out = builtCase('contact-details');

  it('shows the e-mail, telephone and address with mailto: and tel: links, and no "being confirmed" sentence', () => {
    for (const locale of LOCALES) {
      const doc = read(out, `${locale}/visiting`);
      const box = doc.querySelector('main aside[aria-labelledby="contact"]')!;
      expect(box.querySelector('a[href="mailto:international@example.org"]')?.text).toBe('international@example.org');
      expect(box.querySelector('a[href="tel:+77000000000"]')?.text).toBe('+7 700 000 00 00');
      expect(text(box)).toContain(locale === 'ru' ? 'Тестовая улица, 1, Тестовиль' : '1 Test Street, Testville');
      expect(box.querySelector('a[href="https://atu.edu.kz/en/cooperation/academic-cooperation/"]')).not.toBeNull();
      expect(doc.querySelector('.contact-pending')).toBeNull();
      expect(doc.querySelector('footer a[href="mailto:international@example.org"]')).not.toBeNull();
    }
  });
});
