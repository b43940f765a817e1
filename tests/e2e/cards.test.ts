// The professor card the scripts draw is the card the build draws: the directory and the search page fill a
// template rendered from ProfessorCard.astro, so each drawn card must match the static list's card for the same
// professor, markup and all (portrait, name, link, example badge, English stand-ins). Professors come from content/.
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { servedSite } from '../helpers/browser';
import { ROOT } from '../helpers/run';
import { readContentTree } from '~/lib/validation/read';
import { professorSchema, type ProfessorData } from '~/schemas/professor';
import { imagePath } from '~/schemas/image';

const professors = readContentTree(join(ROOT, 'content'))
  .files.filter((f) => f.collection === 'professors')
  .map((f) => ({ id: f.id, ...(professorSchema({ image: imagePath }).parse(f.data) as ProfessorData) }))
  .filter((p) => !p.draft);

const site = servedSite(() => inject('dist'));
const errors: string[] = [];
const pages: Page[] = [];

async function open(path: string): Promise<Page> {
  const page = await site.browser.newPage();
  pages.push(page);
  page.on('pageerror', (e) => errors.push(`${path}: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${path}: ${m.text()}`);
  });
  await page.goto(site.url + path);
  return page;
}
afterAll(() => Promise.all(pages.map((p) => p.close())));

/** Each professor card's markup in `scope`, by the professor id in its link. */
function cardsIn(page: Page, scope: string): Promise<Record<string, string>> {
  return page.$$eval(`${scope} li > article.card`, (cards) =>
    Object.fromEntries(cards.map((c) => [new URL(c.querySelector<HTMLAnchorElement>('a')!.href).pathname.split('/').at(-2)!, c.outerHTML])),
  );
}

describe('professor cards drawn in the browser', () => {
  it('the directory draws every professor with the markup of the static list, in Russian', async () => {
    const page = await open('/ru/professors/');
    const built = await cardsIn(page, '#static-directory');
    expect(Object.keys(built).sort()).toEqual(professors.map((p) => p.id).sort());

    // Ordered by latest visit the list is drawn by the script, a page at a time.
    const drawn: Record<string, string> = {};
    for (let n = 1; Object.keys(drawn).length < professors.length; n++) {
      await page.goto(`${site.url}/ru/professors/?sort=recent&page=${n}`);
      await page.waitForSelector('[data-results] li');
      Object.assign(drawn, await cardsIn(page, '[data-results]'));
      expect(n).toBeLessThan(professors.length);
    }
    for (const p of professors) expect(drawn[p.id], p.id).toBe(built[p.id]);

    // What the cards show, so that two equally wrong cards cannot pass: portraits, badges, links.
    const withPhoto = professors.filter((p) => p.photo).map((p) => p.id);
    const examples = professors.filter((p) => p.example).map((p) => p.id);
    expect(withPhoto.length).toBeGreaterThan(0);
    for (const id of withPhoto) expect(drawn[id]).toMatch(/<img data-card="photo" [^>]* src="\/[^"]+\.webp" srcset="[^"]+ 2x">/);
    for (const p of professors) {
      expect(drawn[p.id]).toContain(`href="/ru/professors/${p.id}/"`);
      expect(drawn[p.id]!.includes('data-card="example"'), p.id).toBe(examples.includes(p.id));
      expect(drawn[p.id]!.includes('data-card="initials"'), p.id).toBe(!withPhoto.includes(p.id));
      // A position not yet translated is shown in English and marked so.
      expect(drawn[p.id]!.includes('<span data-card="position" lang="en">'), p.id).toBe(!p.position.ru);
    }
  });

  it('the search page draws a name result as the same card, with the heading of its outline', async () => {
    const page = await open('/ru/professors/');
    const built = await cardsIn(page, '#static-directory');
    const person = professors.find((p) => p.photo && p.example) ?? professors.find((p) => p.photo)!;
    const family = person.name.split(' ').at(-1)!;
    await page.goto(`${site.url}/ru/search/?${new URLSearchParams({ q: family })}`);
    await page.waitForSelector(`[data-results] a[href="/ru/professors/${person.id}/"]`);
    const drawn = await cardsIn(page, '[data-results]');
    expect(drawn[person.id]).toBe(built[person.id]!.replace(/<(\/?)h3\b/g, '<$1h2'));
  });

  it('no page errors or console errors on the way (the pages keep their content security policy)', () => {
    expect(errors).toEqual([]);
  });
});
