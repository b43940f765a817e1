/**
 * npm run search-index [-- --site DIR]
 * Builds the full-text search index with Pagefind, one language at a time,
 * into <site>/pagefind/<lang>/. Run after `astro build` (npm run build does).
 */
import './lib/node-version';
import { cliOptions } from './lib/cli';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES } from '~/schemas/common';

const HELP = `Usage: npm run search-index [-- --site DIR]

Indexes the built site for search with Pagefind, once per language, into
DIR/pagefind/en/, DIR/pagefind/ru/ and DIR/pagefind/kk/. The search page of a
language loads only its own index. One run per language keeps each Pagefind
process to a third of the pages, and so of the memory.

Options:
  --site DIR  the built site (default: the OUT_DIR environment variable, or dist)
  --help      show this text
`;

const values = cliOptions('search-index', HELP, { site: { type: 'string' } });
const site = values.site ?? process.env.OUT_DIR ?? 'dist';
if (!existsSync(join(site, 'index.html'))) {
  process.stderr.write(`search-index: ${site} holds no built site (no index.html); run astro build first\n`);
  process.exit(2);
}

const pagefind = join(import.meta.dirname, '../node_modules/.bin/pagefind');

function index(locale: string): Promise<void> {
  return new Promise((done) => {
    const child = spawn(pagefind, ['--site', site, '--glob', `${locale}/**/*.html`, '--output-subdir', `pagefind/${locale}`], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.on('close', (status, signal) => {
      if (status !== 0) {
        process.stdout.write(stdout);
        process.stderr.write(`search-index: Pagefind failed for ${locale} (${signal ? `stopped by ${signal}` : `exit ${status}`})\n`);
        process.exit(1);
      }
      const indexed = /Indexed (\d+) pages/.exec(stdout)?.[1] ?? '?';
      process.stdout.write(`search-index: ${locale}: ${indexed} pages → ${join(site, 'pagefind', locale)}/\n`);
      done();
    });
  });
}

// One language after another: two side by side took as long at 10,000 professors (Pagefind already uses
// both cores) and needed twice the memory.
for (const locale of LOCALES) await index(locale);
