// A printed profile: the site's name at the top and the page's text, without the controls that only
// work on a screen (search, language and menu, the calendar link, the share box).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { servedSite } from '../helpers/browser';
import { ROOT } from '../helpers/run';
import { readContentTree } from '~/lib/validation/read';

const siteTitle = (parseYaml(readFileSync(join(ROOT, 'content/site.yaml'), 'utf8')) as { title: Record<string, string> }).title;
const professor = readContentTree(join(ROOT, 'content')).files.find(
  (f) => f.collection === 'professors' && !(f.data as { draft?: boolean }).draft,
)!;

const site = servedSite(() => inject('dist'));

const CONTROLS = {
  'search box': 'header [role="search"] input',
  'language links': 'header nav a[hreflang]',
  'main menu': 'header nav[aria-label] ul a, header nav[aria-label] summary',
  'calendar link': 'main a[href$=".ics"]',
  'share box': 'main #page-link',
};

describe('print', () => {
  for (const locale of ['en', 'ru', 'kk']) {
    it(`${locale}: a profile prints the site's name and hides the search, language, menu, calendar and share controls`, async () => {
      const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${site.url}/${locale}/professors/${professor.id}/`);
      const visible = async () =>
        Object.fromEntries(
          await Promise.all(
            Object.entries(CONTROLS).map(async ([name, selector]) => [name, await page.locator(selector).first().isVisible()] as const),
          ),
        );
      const siteName = page.locator('header[role="banner"]').getByRole('link', { name: siteTitle[locale], exact: true });
      // On screen every control is there.
      expect(Object.values(await visible())).toEqual(Object.values(CONTROLS).map(() => true));
      await page.emulateMedia({ media: 'print' });
      expect(await visible()).toEqual(Object.fromEntries(Object.keys(CONTROLS).map((name) => [name, false])));
      expect(await siteName.isVisible()).toBe(true);
      expect(await page.locator('main h1').isVisible()).toBe(true);
      // The citation stays on paper: it names the site too.
      expect(await page.locator('#cite ~ p').last().textContent()).toContain(siteTitle[locale]);
      await page.close();
    });
  }
});
