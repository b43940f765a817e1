// The page static hosts serve for any unknown address: in the language of the address's first
// segment, with the site's name, a search box and links home that work, under a sub-path too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { serve, servedSite } from '../helpers/browser';
import { ROOT } from '../helpers/run';
import { SUB_PATH } from '../build/global-setup';
import { readContentTree } from '~/lib/validation/read';

const LOCALES = ['en', 'ru', 'kk'] as const;
type Locale = (typeof LOCALES)[number];
const messages = Object.fromEntries(
  LOCALES.map((l) => [l, JSON.parse(readFileSync(join(ROOT, 'src/i18n', `${l}.json`), 'utf8')) as Record<string, string>]),
) as Record<Locale, Record<string, string>>;
const siteTitle = (parseYaml(readFileSync(join(ROOT, 'content/site.yaml'), 'utf8')) as { title: Record<Locale, string> }).title;
const professorName = (
  readContentTree(join(ROOT, 'content')).files.find((f) => f.collection === 'professors' && !(f.data as { draft?: boolean }).draft)!
    .data as { name: string }
).name;

const site = servedSite(() => inject('dist'));

async function open(browser: Browser, url: string, javaScriptEnabled = true) {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !/404/.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  const response = await page.goto(url);
  return { page, status: response?.status(), problems };
}

/** The languages of the not-found blocks in the order they are shown. */
const blockOrder = (page: Page) => page.$$eval('main [data-not-found]', (els) => els.map((el) => el.getAttribute('lang')));

describe('the not-found page', () => {
  const cases: [Locale, string][] = [
    ['ru', '/ru/professors/ivanov/'],
    ['kk', '/kk/professors/ivanov/'],
    ['en', '/xyz'],
  ];
  for (const [locale, path] of cases) {
    it(`${path} shows the ${locale} page first, with the site's name, a working search box and links home`, async () => {
      const { page, status, problems } = await open(site.browser, site.url + path);
      expect(status).toBe(404);
      const order = await blockOrder(page);
      expect(order[0]).toBe(locale);
      expect([...order].sort()).toEqual([...LOCALES].sort());
      expect(await page.getAttribute('html', 'lang')).toBe(locale);
      expect((await page.textContent('h1'))?.trim()).toBe(messages[locale]['notFound.title']);
      expect(await page.$$eval('h1', (h) => h.length)).toBe(1);
      expect(await page.title()).toContain(siteTitle[locale]);
      // The header names the site in the address's language only.
      const header = page.locator('header[role="banner"] a:visible');
      expect(await header.allInnerTexts()).toEqual([siteTitle[locale]]);
      expect(await header.getAttribute('href')).toBe(`/${locale}/`);

      const block = page.locator(`main [data-not-found="${locale}"]`);
      await block.getByRole('searchbox').fill(professorName);
      await Promise.all([
        page.waitForURL(/\/search\/\?q=/),
        block.getByRole('button', { name: messages[locale]['search.button'] }).click(),
      ]);
      const searched = new URL(page.url());
      expect(searched.pathname).toBe(`/${locale}/search/`);
      expect(searched.searchParams.get('q')).toBe(professorName);

      await page.goBack();
      const home = page.locator(`main [data-not-found="${locale}"]`).getByRole('link', { name: messages[locale]['nav.home'] });
      const [response] = await Promise.all([page.waitForResponse((r) => new URL(r.url()).pathname === `/${locale}/`), home.click()]);
      expect(response.status()).toBe(200);
      await page.waitForURL(`${site.url}/${locale}/`);
      expect(problems).toEqual([]);
      await page.context().close();
    });
  }

  it('without JavaScript shows all three languages, English first', async () => {
    const { page, status } = await open(site.browser, `${site.url}/ru/professors/ivanov/`, false);
    expect(status).toBe(404);
    expect(await blockOrder(page)).toEqual([...LOCALES]);
    for (const locale of LOCALES) {
      await expect(page.locator(`main [data-not-found="${locale}"] form[role="search"]`).isVisible()).resolves.toBe(true);
      await expect(page.locator(`header [data-not-found="${locale}"]`).isVisible()).resolves.toBe(true);
    }
    await page.context().close();
  });

  it('has no accessibility violations in the address language', async () => {
    const { page } = await open(site.browser, `${site.url}/kk/nowhere/`);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.context().close();
  });

  it('works under a sub-path: the language of the segment after the base, links under the base', async () => {
    const sub = await serve(inject('distBase'), SUB_PATH);
    try {
      const { page, status, problems } = await open(site.browser, `${sub.url}${SUB_PATH}ru/professors/ivanov/`);
      expect(status).toBe(404);
      expect((await blockOrder(page))[0]).toBe('ru');
      const home = page.locator('main [data-not-found="ru"]').getByRole('link', { name: messages.ru['nav.home'] });
      expect(await home.getAttribute('href')).toBe(`${SUB_PATH}ru/`);
      const [response] = await Promise.all([page.waitForResponse((r) => new URL(r.url()).pathname === `${SUB_PATH}ru/`), home.click()]);
      expect(response.status()).toBe(200);
      expect(problems).toEqual([]);
      await page.context().close();
    } finally {
      await sub.close();
    }
  });
});
