// The directory's cards, drawn in the browser: English stand-ins marked lang="en", and no "not yet translated" note.
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { servedSite } from '../helpers/browser';
import { ROOT } from '../helpers/run';
import { readContentTree } from '~/lib/validation/read';
import ru from '~/i18n/ru.json';

const site = servedSite(() => inject('dist'));
// The professors whose position has no Russian text, from the content.
const englishPositions = readContentTree(join(ROOT, 'content'))
  .files.filter((f) => f.collection === 'professors')
  .map((f) => f.data as { position: { en: string; ru?: string }; draft?: boolean })
  .filter((p) => !p.draft && !p.position.ru)
  .map((p) => p.position.en);

describe('directory cards drawn in the browser', () => {
  it('mark a position shown in English as English, and carry no note', async () => {
    expect(englishPositions.length).toBeGreaterThan(0);
    const page = await site.browser.newPage();
    // Sorting by most recent visit makes the script draw every card itself.
    await page.goto(`${site.url}/ru/professors/?sort=recent`);
    await page.waitForSelector('[data-results] li');
    const cards = await page.$$eval('[data-results] li [data-card="position"]', (ps) =>
      ps.map((p) => ({ text: p.textContent!.trim(), lang: (p as HTMLElement).lang })),
    );
    const english = cards.filter((c) => englishPositions.includes(c.text));
    expect(english.length).toBeGreaterThan(0);
    for (const c of english) expect(c.lang, c.text).toBe('en');
    const list = await page.textContent('[data-results]');
    expect(list).not.toContain(ru['fallback.note']);
    expect(list).not.toContain(ru['fallback.pageNote']);
    await page.close();
  });
});
