/**
 * The full-text search index: after `astro build`, Pagefind's Node API indexes
 * the built pages of one language at a time into <dist>/pagefind/<lang>/, which
 * that language's search page loads (src/scripts/pagefind.ts). One language
 * after another keeps Pagefind's memory to a third of the pages; each index is
 * dropped before the next starts. Any error Pagefind reports fails the build.
 * A language whose pages Pagefind would read the same as in the last build
 * takes that build's index from the cache (src/lib/search-cache.ts, linked
 * into place, not copied), unless
 * INCREMENTAL_BUILD=0.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { linkTree } from '~/lib/link-files';
import { indexKey } from '~/lib/search-cache';
import { settings } from '~/lib/settings';
import { LOCALES } from '~/schemas/common';

function failed(locale: string, step: string, errors: string[]): Error {
  return new Error(`The search index for "${locale}" could not be built (${step}):\n${errors.join('\n')}`);
}

export interface LanguageIndex {
  /** HTML files Pagefind read (Pagefind's answer to addDirectory). */
  read: number;
  /** Pages in the written index (its pagefind-entry.json): those with a data-pagefind-body. */
  indexed: number;
}

/** Indexes `<site>/<locale>/**\/*.html` into `<site>/pagefind/<locale>/`. */
export async function indexLanguage(site: string, locale: string): Promise<LanguageIndex> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw failed(locale, 'starting Pagefind', errors);
  try {
    const added = await index.addDirectory({ path: site, glob: `${locale}/**/*.html` });
    if (added.errors.length) throw failed(locale, 'reading the pages', added.errors);
    if (added.page_count === 0) throw failed(locale, 'reading the pages', [`no pages found under ${join(site, locale)}/`]);
    const outputPath = join(site, 'pagefind', locale);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw failed(locale, 'writing the index', written.errors);
    const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexed = Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
    return { read: added.page_count, indexed };
  } finally {
    await index.deleteIndex();
  }
}

/** The HTML files of one language, as paths from the site's root. */
function languagePages(site: string, locale: string): string[] {
  return readdirSync(join(site, locale), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.html'))
    .map((f) => `${locale}/${f}`);
}

/**
 * One language's index: copied from `cache` when the language's pages read as
 * they did when it was cached, otherwise built and then cached. Without a
 * cache folder, always built.
 */
export async function cachedLanguageIndex(
  site: string,
  locale: string,
  cache: string | undefined,
): Promise<LanguageIndex & { cached: boolean }> {
  if (!cache) return { ...(await indexLanguage(site, locale)), cached: false };
  const outputPath = join(site, 'pagefind', locale);
  const [keyFile, countsFile, files] = ['key', 'counts.json', 'index'].map((name) => join(cache, name)) as [string, string, string];
  const key = indexKey(languagePages(site, locale), (page) => readFileSync(join(site, page), 'utf8'));
  if (existsSync(keyFile) && readFileSync(keyFile, 'utf8') === key) {
    rmSync(outputPath, { recursive: true, force: true });
    linkTree(files, outputPath);
    return { ...(JSON.parse(readFileSync(countsFile, 'utf8')) as LanguageIndex), cached: true };
  }
  const counts = await indexLanguage(site, locale);
  rmSync(cache, { recursive: true, force: true });
  mkdirSync(cache, { recursive: true });
  linkTree(outputPath, files);
  writeFileSync(countsFile, JSON.stringify(counts));
  // The key last: a cache folder that lost its key half-way is never used.
  writeFileSync(keyFile, key);
  return { ...counts, cached: false };
}

export async function buildSearchIndex(site: string, logger: AstroIntegrationLogger): Promise<void> {
  try {
    for (const locale of LOCALES) {
      const started = performance.now();
      const cache = settings.INCREMENTAL_BUILD ? join(settings.CACHE_DIR, 'pagefind', locale) : undefined;
      const { read, indexed, cached } = await cachedLanguageIndex(site, locale, cache);
      const ms = Math.round(performance.now() - started);
      logger.info(
        cached
          ? `${locale}: pages read as in the last build; its index of ${indexed} of ${read} pages copied into pagefind/${locale}/ in ${ms} ms`
          : `${locale}: ${indexed} of ${read} pages indexed into pagefind/${locale}/ in ${ms} ms`,
      );
    }
  } finally {
    await pagefind.close();
  }
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await buildSearchIndex(fileURLToPath(dir), logger);
      },
    },
  };
}
