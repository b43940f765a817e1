/**
 * npm run search-index [-- --site DIR]
 * Builds the full-text search index with Pagefind, one language at a time,
 * into <site>/pagefind/<lang>/. Run after `astro build` (npm run build does).
 */
import './lib/node-version';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { LOCALES } from '../src/schemas/common';

const HELP = `Usage: npm run search-index [-- --site DIR]

Indexes the built site for search with Pagefind, once per language, into
DIR/pagefind/en/, DIR/pagefind/ru/ and DIR/pagefind/kk/. The search page of a
language loads only its own index. One run per language keeps each Pagefind
process to a third of the pages, and so of the memory.

Options:
  --site DIR  the built site (default: the OUT_DIR environment variable, or dist)
  --help      show this text
`;

let values: { site?: string; help?: boolean };
try {
  ({ values } = parseArgs({ options: { site: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
} catch (e) {
  process.stderr.write(`search-index: ${(e as Error).message}\n\n${HELP}`);
  process.exit(2);
}
if (values.help) {
  process.stdout.write(HELP);
  process.exit(0);
}
const site = values.site ?? process.env.OUT_DIR ?? 'dist';
if (!existsSync(join(site, 'index.html'))) {
  process.stderr.write(`search-index: ${site} holds no built site (no index.html); run astro build first\n`);
  process.exit(2);
}

const pagefind = join(import.meta.dirname, '../node_modules/.bin/pagefind');
for (const locale of LOCALES) {
  const r = spawnSync(pagefind, ['--site', site, '--glob', `${locale}/**/*.html`, '--output-subdir', `pagefind/${locale}`], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  if (r.status !== 0) {
    process.stdout.write(r.stdout ?? '');
    process.stderr.write(`search-index: Pagefind failed for ${locale} (exit ${r.status})\n`);
    process.exit(1);
  }
  const pages = /Indexed (\d+) pages/.exec(r.stdout)?.[1] ?? '?';
  process.stdout.write(`search-index: ${locale}: ${pages} pages → ${join(site, 'pagefind', locale)}/\n`);
}
