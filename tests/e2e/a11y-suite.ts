// Every page template in every language, in the light and the dark theme: zero axe violations
// (WCAG 2.2 A/AA), zero Content-Security-Policy violations, zero console errors. The suite is split
// by language into a11y-<lang>.test.ts files, so that the test runner can run them side by side.
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { servedSite } from '../helpers/browser';

const TEMPLATES: { name: string; path: string; ready?: string }[] = [
  { name: 'home', path: '' },
  { name: 'directory with filters open', path: 'professors/?country=pl,de', ready: '[data-results] li' },
  { name: 'static list page', path: 'professors/' },
  { name: 'search with results', path: 'search/?q=food', ready: '[data-results] li' },
  { name: 'search for a name', path: 'search/?q=wrobel', ready: '[data-results] li' },
  { name: 'profile', path: 'professors/lukasz-wrobel/' },
  { name: 'countries', path: 'countries/' },
  { name: 'country', path: 'countries/pl/' },
  { name: 'institution', path: 'institutions/almaty-technological-university/' },
  { name: 'projects', path: 'projects/' },
  { name: 'project', path: 'projects/digital-twin-of-a-pasteurisation-line/' },
  { name: 'fields', path: 'fields/' },
  { name: 'field', path: 'fields/food-technology/' },
  { name: 'programmes', path: 'programmes/' },
  { name: 'programme', path: 'programmes/foreign-scientist/' },
  { name: 'visiting professors', path: 'visiting-professors/' },
  { name: 'FAQ', path: 'faq/' },
  { name: 'about', path: 'about/' },
  { name: 'statistics and map', path: 'stats/' },
  { name: 'open data', path: 'data/' },
  { name: '404', path: '404/' },
];

const SCHEMES = ['light', 'dark'] as const;
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe over the page: every WCAG 2.2 A/AA rule in the light theme; in the dark theme only colour
 * contrast, the one thing a change of colours can break (the markup is the same in both).
 */
function axe(page: Page, scheme: (typeof SCHEMES)[number]) {
  const builder = new AxeBuilder({ page });
  return (scheme === 'dark' ? builder.withRules(['color-contrast']) : builder.withTags(WCAG)).analyze();
}

/**
 * The suite for one test file: every template in the `light` languages with every WCAG rule, in the `dark`
 * languages with colour contrast; `extras` adds the theme check, the root pages and the keyboard tests.
 */
export function a11ySuite(o: { light: readonly string[]; dark: readonly string[]; extras?: boolean }): void {
  const site = servedSite(() => inject('dist'));

  async function visit(
    path: string,
    ready?: string,
    colorScheme: (typeof SCHEMES)[number] = 'light',
  ): Promise<{ page: Page; problems: string[] }> {
    // axe opens helper pages in the same context, so each visit gets a context of its own.
    const context = await site.browser.newContext({ colorScheme });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || /Content.Security.Policy/i.test(m.text())) problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(`${site.url}/${path}`);
    if (ready) await page.waitForSelector(ready, { timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    return { page, problems };
  }

  // A theme this file checks nothing in gets no (empty) suite.
  const schemes = SCHEMES.filter((scheme) => o.extras || (scheme === 'dark' ? o.dark : o.light).length > 0);
  describe.each(schemes)('accessibility and CSP of every template, %s theme', (scheme) => {
    if (o.extras)
      it('the theme is the one asked for', async () => {
        const { page } = await visit('en/', undefined, scheme);
        const colours = await page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]);
        // Light text on a dark page in the dark theme, and the other way round (colours come as oklch() or rgb()).
        const lightness = (c: string) => {
          const [a = NaN, b = 0, d = 0] = (c.match(/[\d.]+/g) ?? []).map(Number);
          return c.startsWith('oklch') ? a : (a + b + d) / 765;
        };
        const [bg, fg] = colours.map(lightness);
        expect(Number.isNaN(bg) || Number.isNaN(fg), colours.join(' ')).toBe(false);
        if (scheme === 'dark') expect(bg!, colours.join(' ')).toBeLessThan(fg!);
        else expect(bg!, colours.join(' ')).toBeGreaterThan(fg!);
        await page.context().close();
      });

    // Colours do not depend on the language: the dark theme is checked on every template in one of them.
    for (const locale of scheme === 'dark' ? o.dark : o.light) {
      for (const t of TEMPLATES) {
        it(`${locale}: ${t.name}`, async () => {
          const { page, problems } = await visit(`${locale}/${t.path}`, t.ready, scheme);
          const csp = await page.getAttribute('meta[http-equiv="content-security-policy"]', 'content');
          expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
          expect(csp).not.toMatch(/unsafe-inline/);
          expect(csp).toMatch(/object-src 'none'/);
          const results = await axe(page, scheme);
          const violations = results.violations.map(
            (v) =>
              `${v.id} (${v.impact}): ${v.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 3)
                .join(' | ')}`,
          );
          expect(violations).toEqual([]);
          expect(problems).toEqual([]);
          await page.context().close();
        });
      }
    }

    if (o.extras)
      it('the root language chooser and the root 404 page', async () => {
        for (const path of ['', 'no/such/page/']) {
          const { page, problems } = await visit(path, undefined, scheme);
          const results = await axe(page, scheme);
          expect(results.violations.map((v) => v.id)).toEqual([]);
          // The not-found page is served with status 404, which the browser logs; that one is expected.
          expect(problems.filter((p) => !(path && p.includes('status of 404')))).toEqual([]);
          await page.context().close();
        }
      });
  });

  if (o.extras)
    describe('keyboard', () => {
      it('the skip link is the first stop and moves focus to the main content; focus is visible', async () => {
        const { page } = await visit('en/professors/lukasz-wrobel/');
        await page.keyboard.press('Tab');
        const first = await page.evaluate(() => ({
          text: document.activeElement?.textContent?.trim(),
          outline: getComputedStyle(document.activeElement!).outlineStyle,
        }));
        expect(first.text).toBe('Skip to main content');
        expect(first.outline).not.toBe('none');
        await page.keyboard.press('Enter');
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
        await page.context().close();
      });

      it('the root page sends a browser to its preferred language', async () => {
        const context = await site.browser.newContext({ locale: 'kk-KZ' });
        const page = await context.newPage();
        await page.goto(`${site.url}/`);
        await page.waitForURL(/\/kk\/$/);
        await context.close();
      });
    });
}
