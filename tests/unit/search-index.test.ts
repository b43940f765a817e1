// The search index step on a tiny site: what it indexes, that a failure stops with a message, and
// that a routine build takes a language's index from the cache only when its pages read the same.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { close } from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { cachedLanguageIndex, indexLanguage } from '~/integrations/search-index';

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

describe('search index kept between builds', () => {
  const cache = join(site, 'cache', 'en');
  const output = join(site, 'pagefind', 'en');
  /** Every file of the written index, by name, as bytes. */
  const files = () =>
    new Map(
      readdirSync(output, { recursive: true, withFileTypes: true })
        .filter((f) => f.isFile())
        .map((f) => [join(f.parentPath, f.name), readFileSync(join(f.parentPath, f.name))] as const),
    );
  /** The text of every page record in the index. */
  const indexed = () =>
    [...files()]
      .filter(([f]) => f.endsWith('.pf_fragment'))
      .map(([, bytes]) => gunzipSync(bytes).toString('utf8'))
      .join('\n');
  const write = (head: string, body: string) =>
    writeFileSync(join(site, 'en', 'index.html'), `<!DOCTYPE html><html lang="en"><head>${head}</head><body>${body}</body></html>`);

  it('is copied unchanged when no page changed, or only in its head; built again when a text changed', async () => {
    write('<title>T</title>', '<main data-pagefind-body><h1>Almaty</h1><p>Visiting professors.</p></main>');
    expect(await cachedLanguageIndex(site, 'en', cache)).toEqual({ read: 2, indexed: 1, cached: false });
    const first = files();

    // A rebuild with nothing changed, and one whose only change is in a head (a description, JSON-LD).
    rmSync(output, { recursive: true });
    expect((await cachedLanguageIndex(site, 'en', cache)).cached).toBe(true);
    expect(files()).toEqual(first);
    write(
      '<title>T</title><meta name="description" content="New">',
      '<main data-pagefind-body><h1>Almaty</h1><p>Visiting professors.</p></main>',
    );
    expect((await cachedLanguageIndex(site, 'en', cache)).cached).toBe(true);

    // An edited text is indexed again, and found.
    write('<title>T</title>', '<main data-pagefind-body><h1>Almaty</h1><p>Visiting professors from Łódź.</p></main>');
    expect(await cachedLanguageIndex(site, 'en', cache)).toEqual({ read: 2, indexed: 1, cached: false });
    expect(indexed()).toContain('Łódź');
    // ... and the next unchanged build takes that new index, not the first one.
    rmSync(output, { recursive: true });
    expect((await cachedLanguageIndex(site, 'en', cache)).cached).toBe(true);
    expect(indexed()).toContain('Łódź');

    // A page added, or Pagefind's attributes in a head, count too.
    writeFileSync(join(site, 'en', 'a', 'b.html'), '<html lang="en"><head></head><body><p>More.</p></body></html>');
    expect((await cachedLanguageIndex(site, 'en', cache)).cached).toBe(false);
    write(
      '<meta data-pagefind-meta="image:/x.png">',
      '<main data-pagefind-body><h1>Almaty</h1><p>Visiting professors from Łódź.</p></main>',
    );
    expect((await cachedLanguageIndex(site, 'en', cache)).cached).toBe(false);
  });

  it('is always built again without a cache folder (INCREMENTAL_BUILD=0)', async () => {
    expect((await cachedLanguageIndex(site, 'en', undefined)).cached).toBe(false);
  });
});
