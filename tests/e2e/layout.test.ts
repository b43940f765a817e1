// Every kind of page, in every language, at the narrowest phone width: nothing makes the page scroll sideways.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { servedSite } from '../helpers/browser';

const site = servedSite(() => inject('dist'));

/** One page of each kind under /en/ (the section pages, and the first entry page of each section), as paths after the locale. */
function pageKinds(dist: string): string[] {
  const en = join(dist, 'en');
  const kinds = [''];
  for (const name of readdirSync(en).sort()) {
    const dir = join(en, name);
    if (!statSync(dir).isDirectory()) continue;
    kinds.push(`${name}/`);
    const entries = readdirSync(dir)
      .filter((e) => statSync(join(dir, e)).isDirectory() && !/^\d+$/.test(e))
      .sort();
    if (entries.length) kinds.push(`${name}/${entries[0]}/`);
  }
  return kinds;
}

describe('at 320 px nothing scrolls sideways', () => {
  for (const locale of ['en', 'ru', 'kk']) {
    it(`${locale}: every kind of page`, async () => {
      const page = await site.browser.newPage({ viewport: { width: 320, height: 800 } });
      const wide: string[] = [];
      for (const kind of pageKinds(inject('dist'))) {
        const path = `/${locale}/${kind}`;
        await page.goto(site.url + path);
        const { scroll, width, culprit } = await page.evaluate(() => {
          const w = document.documentElement.clientWidth;
          const over = [...document.body.querySelectorAll<HTMLElement>('*')].find(
            (e) => e.getBoundingClientRect().right > w + 1 && !e.closest('[hidden], .sr-only'),
          );
          return { scroll: document.documentElement.scrollWidth, width: w, culprit: over ? over.outerHTML.slice(0, 120) : '' };
        });
        if (scroll > width) wide.push(`${path}: ${scroll} px wide; ${culprit}`);
      }
      expect(wide).toEqual([]);
      await page.close();
    }, 120_000);
  }
});
