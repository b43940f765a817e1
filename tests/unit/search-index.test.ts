// The search index step on a tiny site: what it indexes, and that a failure stops with a message.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { close } from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { indexLanguage } from '~/integrations/search-index';

const site = mkdtempSync(join(tmpdir(), 'search-index-'));
const page = (body: string) => `<!DOCTYPE html><html lang="en"><head><title>T</title></head><body>${body}</body></html>`;
mkdirSync(join(site, 'en', 'a'), { recursive: true });
writeFileSync(join(site, 'en', 'index.html'), page('<main data-pagefind-body><h1>Almaty</h1><p>Visiting professors.</p></main>'));
writeFileSync(join(site, 'en', 'a', 'index.html'), page('<main><p>Not for search.</p></main>'));

afterAll(async () => {
  await close();
  rmSync(site, { recursive: true, force: true });
});

describe('search index of one language', () => {
  it('indexes the pages that ask for it into pagefind/<lang>/', async () => {
    expect(await indexLanguage(site, 'en')).toEqual({ read: 2, indexed: 1 });
    expect(existsSync(join(site, 'pagefind', 'en', 'pagefind-entry.json'))).toBe(true);
  });

  it('stops with a message naming the language when it has no pages', async () => {
    await expect(indexLanguage(site, 'ru')).rejects.toThrow(/"ru".*\n.*no pages found/);
  });
});
