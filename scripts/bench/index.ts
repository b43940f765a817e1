/**
 * npm run bench -- --professors N [--runs R] [--seed S]
 * Builds a synthetic tree of N professors with this site and with a bare Astro baseline (bench/baseline) in the same
 * run and records a BenchResult (result.ts): wall time and peak RSS of each build, dist/ size and page count, page
 * weight, what Chromium transfers for the directory and search, and Lighthouse scores. Writes bench/results.json and
 * bench/results.md (report.ts). Options: options.ts; builds: run.ts; timing, transfer, Lighthouse: measure.ts,
 * transfer.ts, lighthouse.ts.
 */
import '../lib/node-version';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fixtures } from './content';
import { benchOptions } from './options';
import { writeResults } from './report';
import { coldOnlyRun, fullRun, transferOnly } from './run';

async function main(): Promise<void> {
  const o = benchOptions();
  if (o.report) return writeResults(o.root);
  mkdirSync(o.work, { recursive: true });
  if (o.transferOnly) return transferOnly(o, join(o.work, 'content'));
  const content = fixtures(o);
  const result = o.coldOnly ? coldOnlyRun(o, content) : await fullRun(o, content);
  writeResults(o.root, result);
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

await main();
