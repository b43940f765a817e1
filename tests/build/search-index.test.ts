// The search index that `astro build` writes (src/integrations/search-index.ts): one per language,
// each holding that language's indexable pages and no other's.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { LOCALES } from '~/schemas/common';

const dist = inject('dist');

/** Every built HTML page of one language that asks to be indexed (Pagefind reads only a data-pagefind-body). */
function indexablePages(locale: string): string[] {
  return readdirSync(join(dist, locale), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .filter((f) => /<[^>]+\sdata-pagefind-body[\s=>]/.test(readFileSync(join(dist, locale, f), 'utf8')))
    .map((f) => relative(dist, join(dist, locale, f)));
}

describe('search index', () => {
  it.each(LOCALES)('has an index for %s with exactly its indexable pages', (locale) => {
    const entryFile = join(dist, 'pagefind', locale, 'pagefind-entry.json');
    expect(existsSync(entryFile), `${entryFile} missing`).toBe(true);
    const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, { page_count: number }> };
    // Only this language: the pages of another would show in its search results.
    expect(Object.keys(entry.languages)).toEqual([locale]);
    const pages = indexablePages(locale);
    expect(pages.length).toBeGreaterThan(0);
    expect(entry.languages[locale]!.page_count).toBe(pages.length);
  });

  it('leaves no index at the top level, which no search page would load', () => {
    expect(existsSync(join(dist, 'pagefind', 'pagefind-entry.json'))).toBe(false);
  });
});
