/**
 * npm run build
 * Builds the site with `astro build`, with Node's heap sized to the machine,
 * then the search index (scripts/search-index.ts).
 */
import './lib/node-version';
import { spawnSync } from 'node:child_process';
import { totalmem } from 'node:os';
import { join } from 'node:path';

const HELP = `Usage: npm run build [-- <astro build options>]

Builds the site into dist/ (or the OUT_DIR environment variable) from
./content (or CONTENT_DIR), then its search index (npm run search-index).

Node's heap may grow to three quarters of the machine's memory: the default
(about 4 GB) is too small for the content store of 100,000 professors.

Options after -- go to astro build, e.g. npm run build -- --verbose.
`;

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(HELP);
  process.exit(0);
}

const heapMb = Math.floor((totalmem() / 2 ** 20) * 0.75);
const root = join(import.meta.dirname, '..');
for (const [label, command] of [
  ['astro build', [`--max-old-space-size=${heapMb}`, join(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...args]],
  ['search index', ['--import', 'tsx', join(root, 'scripts/search-index.ts')]],
] as const) {
  const r = spawnSync(process.execPath, command, { stdio: 'inherit' });
  if (r.status !== 0) {
    process.stderr.write(`build: ${label} failed (exit ${r.status ?? r.signal})\n`);
    process.exit(r.status ?? 1);
  }
}
