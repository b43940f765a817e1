/** The bench's command line: what each option means, read once. */
import { cliOptions, positiveInteger } from '../lib/cli';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const HELP = `Usage: npm run bench -- --professors N [--runs R] [--seed S] [--experiments]
       npm run bench -- --professors N --cold-only
       npm run bench -- --professors N --transfer-only
       npm run bench -- --report    (rewrite results.md from results.json)

Builds N synthetic professors with this site and with a bare Astro baseline,
R times each (default 1), each time cold (no cache of any kind) and then warm
(caches kept, nothing changed); then a routine deploy of the site (caches
kept, 10 professors edited), \`npm run validate\` on the tree, and the time
\`astro dev\` takes to serve its first page. The site's build is one command,
\`astro build\`, with Node's heap sized to the machine as \`npm run build\`
sizes it; the baseline's is \`astro build\` and then Pagefind's CLI.
Writes bench/results.json and bench/results.md, with the scale targets
marked met or missed.
With --experiments, also measures Astro's experimental
chunked collection storage (cold) and the site without its incremental build
(cold, unchanged, and after editing 10 professors).
With --cold-only (for sizes that take hours), builds each project once, cold,
and runs \`npm run validate\`; a build that stops is recorded with its message.
With --transfer-only, measures only what Chromium transfers for the directory
and the search page on the site last built for N (no build; nothing written),
and prints each file the search page fetched.
Needs /usr/bin/time and Chromium (/usr/bin/chromium or CHROME_PATH).
`;

export interface BenchOptions {
  professors: number;
  runs: number;
  seed: number;
  experiments: boolean;
  coldOnly: boolean;
  transferOnly: boolean;
  /** Only rewrite results.md from results.json. */
  report: boolean;
  /** The project's root, and the bench's working folder for this size (content, outputs, caches). */
  root: string;
  work: string;
}

export function benchOptions(): BenchOptions {
  const args = cliOptions('bench', HELP, {
    professors: { type: 'string' },
    runs: { type: 'string' },
    seed: { type: 'string' },
    experiments: { type: 'boolean' },
    'cold-only': { type: 'boolean' },
    'transfer-only': { type: 'boolean' },
    report: { type: 'boolean' },
  });
  const professors = positiveInteger('bench', HELP, 'professors', args.professors, 1000);
  return {
    professors,
    runs: positiveInteger('bench', HELP, 'runs', args.runs, 1),
    seed: positiveInteger('bench', HELP, 'seed', args.seed, 1),
    experiments: args.experiments === true,
    coldOnly: args['cold-only'] === true,
    transferOnly: args['transfer-only'] === true,
    report: args.report === true,
    root: resolve('.'),
    work: join(tmpdir(), `bench-${professors}`),
  };
}
