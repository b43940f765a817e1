// The directory and search in a real browser, against the built site served locally.
// Expected results are computed from content/, never written as literals.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { serve, servedSite } from '../helpers/browser';
import { ROOT } from '../helpers/run';
import { fold, transliterate } from '~/shared/normalize';
import { readContentTree } from '~/lib/validation/read';
import { professorSchema, type ProfessorData } from '~/schemas/professor';
import { imagePath } from '~/schemas/image';
import { join } from 'node:path';

const professors = readContentTree(join(ROOT, 'content'))
  .files.filter((f) => f.collection === 'professors')
  .map((f) => ({ id: f.id, ...(professorSchema({ image: imagePath }).parse(f.data) as ProfessorData) }))
  .filter((p) => !p.draft);

function groupBy<T>(items: readonly T[], key: (item: T) => string): [string, T[]][] {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return [...map.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
}

const site = servedSite(() => inject('dist'));
const errors: string[] = [];

async function open(path: string): Promise<Page> {
  const page = await site.browser.newPage();
  page.on('pageerror', (e) => errors.push(`${path}: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${path}: ${m.text()}`);
  });
  await page.goto(site.url + path);
  return page;
}

async function shownIds(page: Page): Promise<string[]> {
  return (await page.$$eval('[data-results] h3 a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)))
    .map((p) => p.split('/').at(-2)!)
    .sort();
}

/** Waits until the status line says `n` results (the list is redrawn after it). */
async function waitForCount(page: Page, n: number): Promise<void> {
  await page.waitForFunction((want) => document.querySelector('[data-status]')?.textContent?.trim().startsWith(`${want} `), n, {
    timeout: 15_000,
  });
}

describe('professors directory', () => {
  it('opens with every filter counted and the static list, fetching no index until a filter is used', async () => {
    const requests: string[] = [];
    const page = await site.browser.newPage();
    page.on('request', (r) => {
      if (/\/(directory|pagefind)\//.test(r.url())) requests.push(new URL(r.url()).pathname);
    });
    await page.goto(`${site.url}/en/professors/`, { waitUntil: 'networkidle' });
    await waitForCount(page, professors.length);
    expect(await page.isVisible('#static-directory')).toBe(true);
    for (const [country, people] of groupBy(professors, (p) => p.country)) {
      const row = page.locator(`[data-facets] label:has(input[name="country"][value="${country}"])`);
      expect((await row.locator('span').last().textContent())?.trim()).toBe(String(people.length));
    }
    expect(requests).toEqual([]);

    // The first filter loads the directory's own index and the cards on screen, not the search engine,
    // and the list it draws replaces the static one.
    const [country, people] = groupBy(professors, (p) => p.country)[0]!;
    await page.check(`[data-facets] input[name="country"][value="${country}"]`);
    await waitForCount(page, people.length);
    expect(requests).toContain('/directory/en/index.json');
    expect(requests.some((r) => /^\/directory\/en\/cards-\d+\.json$/.test(r))).toBe(true);
    expect(requests.filter((r) => r.includes('/pagefind/'))).toEqual([]);
    expect(await page.isHidden('#static-directory')).toBe(true);
    expect(await shownIds(page)).toEqual(people.map((p) => p.id).sort());
    await page.close();
  });

  it('finds professors by name in any script, and by institution, from the search box', async () => {
    const wrobel = professors.find((p) => p.id === 'lukasz-wrobel')!;
    // Russian page, surname typed in Latin without the Polish letter: the Cyrillic name is found.
    const page = await open('/ru/professors/');
    await waitForCount(page, professors.length);
    await page.fill('#directory-q', 'Wrobel');
    await waitForCount(page, 1);
    expect(await shownIds(page)).toEqual(['lukasz-wrobel']);
    expect(await page.textContent('[data-results] h3 a')).toBe(wrobel.nameRu);
    expect(new URL(page.url()).searchParams.get('q')).toBe('Wrobel');
    // The box reads names and a few labels; a link takes the words to the full-text search page.
    const link = page.locator('[data-full-text] a');
    expect(await link.getAttribute('href')).toBe('/ru/search/?q=Wrobel');
    // And the other way round: the Russian spelling on the English page.
    const cyrillic = await open(`/en/professors/?q=${encodeURIComponent(wrobel.nameRu!)}`);
    await waitForCount(cyrillic, 1);
    expect(await shownIds(cyrillic)).toEqual(['lukasz-wrobel']);
    await cyrillic.close();

    // Everyone at one institution, found with a word only its English name has.
    const tree = readContentTree(join(ROOT, 'content')).files;
    const english = (collection: string) =>
      tree
        .filter((f) => f.collection === collection)
        .map((f) => ({ id: f.id, text: (f.data as { name?: { en: string } }).name?.en ?? '' }));
    const fieldLabels = tree.filter((f) => f.collection === 'fields').map((f) => JSON.stringify(f.data));
    const institutions = english('institutions');
    const others = (id: string) => [
      ...institutions.filter((i) => i.id !== id).map((i) => i.text),
      ...english('countries').map((c) => c.text),
      ...fieldLabels,
      ...professors.map((p) => p.name),
    ];
    const startsAWord = (text: string, w: string) =>
      text
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .some((x) => x.startsWith(w));
    const [institution, word] = institutions
      .filter((i) => professors.some((p) => p.institution === i.id))
      .flatMap((i) => i.text.split(/\s+/).map((w) => [i, w.toLowerCase()] as const))
      .find(([i, w]) => w.length >= 5 && /^\p{L}+$/u.test(w) && !others(i.id).some((t) => startsAWord(t, w)))!;
    const expected = professors
      .filter((p) => p.institution === institution.id)
      .map((p) => p.id)
      .sort();
    const en = await open(`/en/professors/?q=${encodeURIComponent(word)}`);
    await waitForCount(en, expected.length);
    expect(await shownIds(en)).toEqual(expected);
    await page.close();
    await en.close();
  });

  it('two countries and one field: OR within a group, AND across groups, with counts that match', async () => {
    // Pick the two countries with most professors, and the field most common among them.
    const byCountry = groupBy(professors, (p) => p.country);
    const countries = [byCountry[0]![0], byCountry[1]![0]];
    const inCountries = professors.filter((p) => countries.includes(p.country));
    const fieldCounts = groupBy(
      inCountries.flatMap((p) => p.fields),
      (f) => f,
    );
    const field = fieldCounts[0]![0];
    const expected = inCountries
      .filter((p) => p.fields.includes(field))
      .map((p) => p.id)
      .sort();

    const page = await open('/en/professors/');
    await waitForCount(page, professors.length);
    for (const c of countries) await page.check(`[data-facets] input[name="country"][value="${c}"]`);
    await page.check(`[data-facets] input[name="field"][value="${field}"]`);
    await waitForCount(page, expected.length);
    expect(await shownIds(page)).toEqual(expected);

    // Each programme's count is what the list would show if it were ticked too.
    for (const programme of ['foreign-scientist', 'erasmus-icm']) {
      const want = inCountries.filter((p) => p.fields.includes(field) && p.visits.some((v) => v.programme === programme)).length;
      const label = page.locator(`[data-facets] label:has(input[name="programme"][value="${programme}"])`);
      if (want === 0) expect(await label.count()).toBe(0);
      else expect((await label.textContent())?.trim().endsWith(String(want))).toBe(true);
    }
    // A country's count is how many professors of that country the field filter lets through,
    // so the ticked countries' counts add up to the list.
    const countOf = async (group: string, value: string) =>
      Number(
        (await page.locator(`[data-facets] label:has(input[name="${group}"][value="${value}"]) span:last-child`).textContent()) ?? NaN,
      );
    let sum = 0;
    for (const c of countries) sum += await countOf('country', c);
    expect(sum).toBe(expected.length);
    for (const [c] of byCountry.slice(2)) {
      const want = professors.filter((p) => p.country === c && p.fields.includes(field)).length;
      if (want > 0) expect(await countOf('country', c), c).toBe(want);
    }

    // The URL holds the state: a new tab on it shows the same list.
    const url = new URL(page.url());
    expect(url.searchParams.get('country')?.split(',').sort()).toEqual([...countries].sort());
    expect(url.searchParams.get('field')).toBe(field);
    const again = await open(url.pathname + url.search);
    await waitForCount(again, expected.length);
    expect(await shownIds(again)).toEqual(expected);
    expect(await again.isChecked(`[data-facets] input[name="field"][value="${field}"]`)).toBe(true);

    // Back undoes the last filter.
    await page.goBack();
    const withoutField = inCountries.length;
    await waitForCount(page, withoutField);
    expect(new URL(page.url()).searchParams.get('field')).toBeNull();
    await page.close();
    await again.close();
  });

  it('works under a sub-path (GitHub Pages style)', async () => {
    const sub = await serve(inject('distBase'), '/showcase/');
    try {
      const page = await site.browser.newPage();
      await page.goto(`${sub.url}/showcase/ru/professors/?country=pl`);
      await waitForCount(page, professors.filter((p) => p.country === 'pl').length);
      const first = await page.$eval('[data-results] h3 a', (a) => new URL((a as HTMLAnchorElement).href).pathname);
      expect(first).toMatch(/^\/showcase\/ru\/professors\/[a-z-]+\/$/);
      await page.close();
    } finally {
      await sub.close();
    }
  });

  it('works with the keyboard alone, keeping focus on the filter just used', async () => {
    const page = await open('/en/professors/');
    await waitForCount(page, professors.length);
    const first = page.locator('[data-facets] input[name="country"]').first();
    const value = await first.getAttribute('value');
    await first.focus();
    await page.keyboard.press('Space');
    await waitForCount(page, professors.filter((p) => p.country === value).length);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe(value);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.checked)).toBe(true);
    await page.close();
  });

  it('sorts by most recent visit', async () => {
    const page = await open('/en/professors/?sort=recent');
    await waitForCount(page, professors.length);
    const latest = [...professors].sort((a, b) => b.visits.at(-1)!.start.localeCompare(a.visits.at(-1)!.start))[0]!;
    expect(await shownIds(page)).toContain(latest.id);
    const first = await page.$eval('[data-results] h3 a', (a) => new URL((a as HTMLAnchorElement).href).pathname);
    expect(first).toBe(`/en/professors/${latest.id}/`);
    await page.close();
  });
});

describe('site search', () => {
  const wrobel = professors.find((p) => p.id === 'lukasz-wrobel')!;

  for (const [locale, query] of [
    ['en', 'Wróbel'],
    ['ru', wrobel.nameRu!.split(' ')[1]!],
    ['kk', (wrobel.nameKk ?? wrobel.nameRu)!.split(' ')[1]!],
  ] as const) {
    it(`finds a professor by surname in ${locale} ("${query}")`, async () => {
      const page = await open(`/${locale}/search/?q=${encodeURIComponent(query)}`);
      await page.waitForSelector('[data-results] a');
      const links = await page.$$eval('[data-results] h2 a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(links).toContain(`/${locale}/professors/lukasz-wrobel/`);
      await page.close();
    });
  }

  it('finds Kazakh text typed without Kazakh letters, and Cyrillic names typed in Latin', async () => {
    const withKazakhName = professors.find((p) => p.nameKk && /[әғқңөұүһі]/i.test(p.nameKk))!;
    const plain = withKazakhName
      .nameKk!.split(' ')
      .at(-1)!
      .replace(/[әғқңөұүһі]/gi, (c) => ({ ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и' })[c.toLowerCase()]!);
    let page = await open(`/kk/search/?q=${encodeURIComponent(plain)}`);
    await page.waitForSelector('[data-results] a');
    expect(await page.$$eval('[data-results] h2 a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).toContain(
      `/kk/professors/${withKazakhName.id}/`,
    );
    await page.close();

    page = await open('/ru/search/?q=Vrubel');
    await page.waitForSelector('[data-results] a');
    expect(await page.$$eval('[data-results] h2 a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).toContain(
      '/ru/professors/lukasz-wrobel/',
    );
    await page.close();
  });

  it('puts the person first for a family name, in every language, in Latin and Cyrillic letters, with or without marks', async () => {
    // Professors whose family name, in both scripts, belongs to no one else.
    const surname = (name: string | undefined) => name?.split(' ').at(-1);
    const unique = professors.filter(
      (p) =>
        p.nameRu && professors.filter((o) => surname(o.name) === surname(p.name) || surname(o.nameRu) === surname(p.nameRu)).length === 1,
    );
    expect(unique.length).toBeGreaterThanOrEqual(3);
    const first = async (path: string) => {
      const page = await open(path);
      await page.waitForSelector('[data-results] a');
      const href = await page.$eval('[data-results] h2 a', (a) => new URL((a as HTMLAnchorElement).href).pathname);
      await page.close();
      return href;
    };
    for (const [i, p] of [unique[0]!, unique[Math.floor(unique.length / 2)]!, unique.at(-1)!].entries()) {
      for (const locale of ['en', 'ru', 'kk']) {
        // As written in each script, without marks, and the Cyrillic name in Latin letters (Wróbel, Врубель, wrobel, vrubel).
        for (const query of new Set([surname(p.name)!, surname(p.nameRu)!, fold(surname(p.name)!), transliterate(surname(p.nameRu)!)]))
          expect(await first(`/${locale}/search/?q=${encodeURIComponent(query)}`), `${locale}: ${query}`).toBe(
            `/${locale}/professors/${p.id}/`,
          );
        // Every page's text (Pagefind) ranks the person first too.
        if (i === 0)
          for (const query of [surname(p.name)!, surname(p.nameRu)!])
            expect(await first(`/${locale}/search/?q=${encodeURIComponent(query)}&full=1`), `${locale}, full text: ${query}`).toBe(
              `/${locale}/professors/${p.id}/`,
            );
      }
    }
  }, 180_000);

  it('answers a name from the names alone, without the full-text index, and leads on to every page', async () => {
    const requests: string[] = [];
    const page = await site.browser.newPage();
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${site.url}/en/search/?q=Wr%C3%B3bel`);
    await page.waitForSelector('[data-results] h2 a');
    await page.waitForLoadState('networkidle');
    expect(await page.textContent('[data-status]')).toBe('1 professor by that name');
    expect(await page.$$eval('[data-results] h2 a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).toEqual([
      '/en/professors/lukasz-wrobel/',
    ]);
    expect(requests.filter((r) => r.includes('/pagefind/'))).toEqual([]);
    // Every page: his projects too, from Pagefind, with the type tabs.
    const projects = readContentTree(join(ROOT, 'content'))
      .files.filter((f) => f.collection === 'projects' && (f.data as { professors?: string[] }).professors?.includes(wrobel.id))
      .map((f) => `/en/projects/${f.id}/`);
    expect(projects.length).toBeGreaterThan(0);
    await page.click('[data-help] a');
    await page.waitForURL(/full=1/);
    await page.waitForSelector('[data-types] a');
    await page.waitForFunction(() => /results?$/.test(document.querySelector('[data-status]')?.textContent ?? ''));
    const links = await page.$$eval('[data-results] h2 a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links[0]).toBe('/en/professors/lukasz-wrobel/');
    expect(links).toEqual(expect.arrayContaining(projects));
    expect(requests.some((r) => r.includes('/pagefind/en/'))).toBe(true);
    // Back returns to the people.
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('[data-status]')?.textContent === '1 professor by that name');
    await page.close();
  });

  it('shows results twenty at a time; "Show more" adds the next and moves focus to the first new one', async () => {
    const page = await open('/en/search/?q=food&full=1');
    await page.waitForSelector('[data-more] button');
    const total = Number((await page.textContent('[data-status]'))!.split(' ')[0]);
    expect(total).toBeGreaterThan(20);
    expect(await page.$$eval('[data-results] > li', (li) => li.length)).toBe(20);
    await page.focus('[data-more] button');
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => document.querySelectorAll('[data-results] > li').length === n, Math.min(40, total));
    expect(await page.evaluate(() => document.activeElement === document.querySelectorAll('[data-results] > li a')[20])).toBe(true);
    expect(await page.isVisible('[data-more] button')).toBe(total > 40);
    await page.close();
  });

  it('finds a Kazakh name written in the 2021 Latin alphabet, with or without its marks, and in a romanisation', async () => {
    // Each country's Kazakh name, written letter by letter in Kazakh Latin (қ q, ғ ğ, ы y, я ia ...).
    const LATIN: Record<string, string> = {
      а: 'a',
      ә: 'ä',
      б: 'b',
      в: 'v',
      г: 'g',
      ғ: 'ğ',
      д: 'd',
      е: 'e',
      ж: 'j',
      з: 'z',
      и: 'i',
      й: 'i',
      к: 'k',
      қ: 'q',
      л: 'l',
      м: 'm',
      н: 'n',
      ң: 'ñ',
      о: 'o',
      ө: 'ö',
      п: 'p',
      р: 'r',
      с: 's',
      т: 't',
      у: 'u',
      ұ: 'ū',
      ү: 'ü',
      ф: 'f',
      х: 'h',
      һ: 'h',
      ц: 'ts',
      ч: 'ch',
      ш: 'ş',
      щ: 'şş',
      ы: 'y',
      і: 'i',
      э: 'e',
      ю: 'iu',
      я: 'ia',
    };
    const latin = (kk: string) => [...kk.toLowerCase()].map((c) => LATIN[c] ?? c).join('');
    const unmarked = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');
    for (const id of ['kg', 'de']) {
      const kk = (
        readContentTree(join(ROOT, 'content')).files.find((f) => f.collection === 'countries' && f.id === id)!.data as {
          name: { kk: string };
        }
      ).name.kk;
      for (const query of new Set([latin(kk), unmarked(latin(kk))])) {
        const page = await open(`/kk/search/?q=${encodeURIComponent(query)}`);
        await page.waitForSelector('[data-results] a');
        const links = await page.$$eval('[data-results] h2 a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
        expect(links, `${kk} as ${query}`).toContain(`/kk/countries/${id}/`);
        await page.close();
      }
    }
  });

  it('shows the words found, marked, in an excerpt of the page', async () => {
    // A word of the visible text of a project summary.
    const page = await open('/en/search/?q=biogas');
    await page.waitForSelector('[data-results] a');
    const excerpts = await page.$$eval('[data-results] li p.text-sm', (ps) => ps.map((p) => p.innerHTML));
    expect(excerpts.length).toBeGreaterThan(0);
    for (const html of excerpts) {
      expect(html).toMatch(/<mark>biogas<\/mark>/i);
      expect(html).not.toMatch(/⁂/);
    }
    await page.close();
  });

  it('shows excerpts from the page, never the hidden search variants', async () => {
    const page = await open('/en/search/?q=Vrubel&full=1');
    await page.waitForSelector('[data-results] a');
    const texts = await page.$$eval('[data-results] li p.text-sm', (ps) => ps.map((p) => p.textContent ?? ''));
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text).not.toMatch(/⁂|lukash|vrubel/i);
    await page.close();
  });

  it('offers the nearest names, the other languages and the full list when nothing is found', async () => {
    // A typo Pagefind's stemming does not forgive ("Vrubell" is stemmed to vrubel and found).
    const page = await open('/en/search/?q=Wroobel');
    await page.waitForSelector('[data-help] a');
    expect(await page.textContent('[data-status]')).toMatch(/nothing found/i);
    const links = await page.$$eval('[data-help] a', (as) =>
      as.map((a) => ({
        text: a.textContent?.trim(),
        href: new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).search,
      })),
    );
    expect(links).toContainEqual({ text: wrobel.name, href: '/en/professors/lukasz-wrobel/' });
    expect(links.map((l) => l.href)).toEqual(expect.arrayContaining(['/ru/search/?q=Wroobel', '/kk/search/?q=Wroobel', '/en/professors/']));
    await page.close();
  });

  it('says so and offers the lists when the search files cannot be fetched', async () => {
    // Not through open(): the failed fetches are the point here, not errors.
    const page = await site.browser.newPage();
    await page.route(/\/(pagefind|directory)\//, (r) => r.abort());
    await page.goto(`${site.url}/en/search/?q=biogas`);
    await page.waitForFunction(() => /unavailable/.test(document.querySelector('[data-status]')?.textContent ?? ''));
    expect(await page.isVisible('#search-nojs a[href="/en/professors/"]')).toBe(true);
    expect(await page.isVisible('#search-nojs [data-reason]')).toBe(false);
    await page.close();
  });

  it('the header search box leads to the search page with the query', async () => {
    const page = await open('/ru/');
    await page.fill('#header-q', 'Врубель');
    await page.press('#header-q', 'Enter');
    await page.waitForURL(/\/ru\/search\/\?q=/);
    await page.waitForSelector('[data-results] a');
    expect(await page.inputValue('#search-q')).toBe('Врубель');
    await page.close();
  });

  it('no page errors or console errors on the way', () => {
    expect(errors).toEqual([]);
  });
});
