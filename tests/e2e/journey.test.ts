// A visitor's journey through the directory and search, in a real browser: the filter panel on a
// phone, a query that finds no one, the language switch keeping the view, a country's people.
// Expected results come from content/, never from literals.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { servedSite } from '../helpers/browser';
import { ROOT } from '../helpers/run';
import { readContentTree } from '~/lib/validation/read';
import { professorSchema, type ProfessorData } from '~/schemas/professor';
import { imagePath } from '~/schemas/image';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const tree = readContentTree(join(ROOT, 'content')).files;
const professors = tree
  .filter((f) => f.collection === 'professors')
  .map((f) => ({ id: f.id, ...(professorSchema({ image: imagePath }).parse(f.data) as ProfessorData) }))
  .filter((p) => !p.draft);
const countryNames = (id: string) =>
  (tree.find((f) => f.collection === 'countries' && f.id === id)!.data as { name: { en: string; ru: string; kk: string } }).name;
const professorForms = (locale: string) =>
  (JSON.parse(readFileSync(join(ROOT, `src/i18n/${locale}.json`), 'utf8')) as Record<string, Record<string, string>>)['count.professors']!;

const site = servedSite(() => inject('dist'));
const errors: string[] = [];

async function open(path: string, width = 1280): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width, height: 844 } });
  page.on('pageerror', (e) => errors.push(`${path}: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${path}: ${m.text()}`);
  });
  await page.goto(site.url + path);
  return page;
}

const idsIn = async (page: Page, selector: string) =>
  (await page.$$eval(selector, (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).map((p) =>
    p.split('/').at(-2)!,
  );

async function waitForCount(page: Page, n: number): Promise<void> {
  await page.waitForFunction((want) => document.querySelector('[data-status]')?.textContent?.trim().startsWith(`${want} `), n, {
    timeout: 15_000,
  });
}

/** The country with most professors, and its people. */
const [bigCountry, bigCountryPeople] = (() => {
  const by = new Map<string, string[]>();
  for (const p of professors) by.set(p.country, [...(by.get(p.country) ?? []), p.id]);
  return [...by.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))[0]!;
})();

describe('the directory on a phone', () => {
  for (const width of [390, 320]) {
    it(`at ${width} px: the filters open over the list, "Show N" closes them and lands on the results`, async () => {
      const page = await open('/ru/professors/', width);
      await waitForCount(page, professors.length);
      const opener = page.locator('[data-filters-open]');
      // The count and the button that opens the filters are on the first screen together.
      for (const box of [await opener.boundingBox(), await page.locator('[data-status]').boundingBox()]) {
        expect(box!.y + box!.height).toBeLessThan(844);
      }
      await opener.click();
      const dialog = page.locator('dialog[data-filters-panel]');
      expect(await dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
      await page.check(`dialog [data-facets] input[name="country"][value="${bigCountry}"]`);
      await waitForCount(page, bigCountryPeople.length);
      // The panel's button says how many professors the choice gives, in Russian.
      const show = page.locator('[data-filters-show]');
      expect(await show.textContent()).toContain(String(bigCountryPeople.length));
      expect(await show.textContent()).toMatch(/^Показать/);
      expect(await show.isVisible()).toBe(true);
      // No group hides a value behind an inner scroll box, and nothing scrolls sideways.
      const clipped = await page.$$eval(
        'dialog [data-facets] fieldset *',
        (nodes) => nodes.filter((n) => n.scrollHeight > n.clientHeight + 1 && getComputedStyle(n).overflowY !== 'visible').length,
      );
      expect(clipped).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await show.click();
      expect(await dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('directory-results');
      expect((await idsIn(page, '[data-results] h3 a')).sort()).toEqual([...bigCountryPeople].sort());
      // The button now says that one filter is chosen, and Escape-free keyboard use reopens it.
      expect(await opener.textContent()).toMatch(/1/);
      await opener.focus();
      await page.keyboard.press('Enter');
      expect(await dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
      await page.keyboard.press('Escape');
      expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-filters-open'))).toBe(true);
      await page.close();
    });
  }

  it('on a wide screen the filters stay in the sidebar, with no panel button', async () => {
    const page = await open('/en/professors/');
    await waitForCount(page, professors.length);
    expect(await page.isVisible('[data-filters-open]')).toBe(false);
    expect(await page.isVisible(`aside [data-facets] input[value="${bigCountry}"]`)).toBe(true);
    await page.close();
  });
});

describe('a query that finds no one in the directory', () => {
  // A typo in a surname: one letter doubled.
  const person = professors.find((p) => p.nameRu && p.nameRu.split(' ').at(-1)!.length >= 7)!;
  const surname = person.nameRu!.split(' ').at(-1)!;
  const typo = surname.slice(0, 3) + surname[2] + surname.slice(3);

  it(`says what was searched, offers the nearest name and keeps the filters ("${typo}")`, async () => {
    const page = await open(`/ru/professors/?q=${encodeURIComponent(typo)}`);
    await waitForCount(page, 0);
    // The count shows 0 first; the message follows once the nearest names are looked up.
    const none = page.locator('[data-none]');
    await none.locator('a').first().waitFor();
    const text = (await none.textContent()) ?? '';
    expect(text).toContain(`«${typo}»`);
    // No filter is set, so the message does not speak of filters.
    expect(text).not.toMatch(/фильтр/);
    expect(await idsIn(page, '[data-none] a')).toContain(person.id);
    // Every filter group is still drawn with its values.
    const groups = await page.$$eval('aside [data-facets] fieldset', (f) => f.map((x) => x.querySelectorAll('input').length));
    expect(groups.length).toBe(5);
    expect(groups.every((n) => n > 0)).toBe(true);
    await page.close();
  });
});

describe('the language switch keeps the view', () => {
  it('on the directory: the filters go with the link, and follow every change', async () => {
    const field = professors.find((p) => p.country === bigCountry)!.fields[0]!;
    const want = professors.filter((p) => p.country === bigCountry && p.fields.includes(field)).length;
    const page = await open(`/en/professors/?country=${bigCountry}&field=${field}`);
    await waitForCount(page, want);
    await page.click('a[data-lang-link][hreflang="ru"]');
    await page.waitForURL(/\/ru\/professors\//);
    const url = new URL(page.url());
    expect(url.searchParams.get('country')).toBe(bigCountry);
    expect(url.searchParams.get('field')).toBe(field);
    await waitForCount(page, want);
    // A filter taken off changes the other languages' links too.
    await page.uncheck(`aside [data-facets] input[name="field"][value="${field}"]`);
    await waitForCount(page, bigCountryPeople.length);
    const kk = new URL((await page.getAttribute('a[data-lang-link][hreflang="kk"]', 'href'))!, site.url);
    expect(kk.pathname).toBe('/kk/professors/');
    expect(kk.search).toBe(`?country=${bigCountry}`);
    await page.close();
  });

  it('on the search page: the words go with the link', async () => {
    const wrobel = professors.find((p) => p.id === 'lukasz-wrobel')!;
    const surname = wrobel.nameRu!.split(' ').at(-1)!;
    const page = await open(`/ru/search/?q=${encodeURIComponent(surname)}`);
    await page.waitForSelector('[data-results] a');
    await page.click('a[data-lang-link][hreflang="kk"]');
    await page.waitForURL(/\/kk\/search\//);
    expect(await page.inputValue('#search-q')).toBe(surname);
    await page.waitForSelector('[data-results] a');
    expect(await idsIn(page, '[data-results] h2 a')).toContain('lukasz-wrobel');
    await page.close();
  });

  it('without JavaScript the links are plain', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/en/professors/?country=${bigCountry}`);
    expect(await page.getAttribute('a[data-lang-link][hreflang="ru"]', 'href')).toBe('/ru/professors/');
    await context.close();
  });
});

describe('a country named in the search box', () => {
  const kg = professors.filter((p) => p.country === 'kg').map((p) => p.id);
  const names = countryNames(bigCountry);
  const cases: [string, string, string, string[]][] = [
    ['en', names.en, bigCountry, bigCountryPeople],
    ['ru', names.ru, bigCountry, bigCountryPeople],
    ['kk', names.kk, bigCountry, bigCountryPeople],
    // Another language's name, and Kazakh in its 2021 Latin letters.
    ['ru', names.en, bigCountry, bigCountryPeople],
    ['ru', 'Qyrğyzstan', 'kg', kg],
    ['kk', 'Qyrgyzstan', 'kg', kg],
    ['en', countryNames('kg').ru, 'kg', kg],
  ];
  for (const [locale, query, country, people] of cases) {
    it(`${locale}: "${query}" lists the country's page, then its ${people.length} professors`, async () => {
      const page = await open(`/${locale}/search/?q=${encodeURIComponent(query)}`);
      await page.waitForSelector('[data-results] a');
      const links = await page.$$eval('[data-results] h2 a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(links[0]).toBe(`/${locale}/countries/${country}/`);
      expect(
        links
          .slice(1)
          .map((l) => l.split('/').at(-2))
          .sort(),
      ).toEqual([...people].sort());
      // The status counts professors, not "by that name".
      const status = (await page.textContent('[data-status]'))?.trim();
      expect(Object.values(professorForms(locale)).map((f) => f.replace('{n}', String(people.length)))).toContain(status);
      await page.close();
    });
  }

  it("in every page's text too, the country's people are found under its name in another spelling", async () => {
    const page = await open(`/ru/search/?q=${encodeURIComponent('Qyrğyzstan')}&full=1`);
    await page.waitForSelector('[data-types] a');
    const tab = await page.locator('[data-types] a', { hasText: /Профессора/ }).textContent();
    expect(tab).toBe(`Профессора (${kg.length})`);
    await page.close();
  });

  it('no page errors or console errors on the way', () => {
    expect(errors).toEqual([]);
  });
});
