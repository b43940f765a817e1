/**
 * The full-text search index: after `astro build`, Pagefind's Node API indexes
 * the built pages of one language at a time into <dist>/pagefind/<lang>/, which
 * that language's search page loads (src/scripts/pagefind.ts). One language
 * after another keeps Pagefind's memory to a third of the pages; each index is
 * dropped before the next starts. Any error Pagefind reports fails the build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
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

export async function buildSearchIndex(site: string, logger: AstroIntegrationLogger): Promise<void> {
  try {
    for (const locale of LOCALES) {
      const started = performance.now();
      const { read, indexed } = await indexLanguage(site, locale);
      logger.info(
        `${locale}: ${indexed} of ${read} pages indexed into pagefind/${locale}/ in ${Math.round(performance.now() - started)} ms`,
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
