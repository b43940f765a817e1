/** Lighthouse scores of a served page, and the Lighthouse version that gave them. */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const lighthouseVersion = (root: string) =>
  (JSON.parse(readFileSync(join(root, 'node_modules/lighthouse/package.json'), 'utf8')) as { version: string }).version;

/**
 * Lighthouse (mobile profile, the default) scores for a page, 0-100 per
 * category. Runs as a child process without blocking: the server it loads
 * pages from lives in this process.
 */
export async function lighthouse(root: string, work: string, url: string): Promise<Record<string, number>> {
  const out = join(work, 'lighthouse.json');
  const args = [
    url,
    '--quiet',
    '--only-categories=performance,accessibility,best-practices,seo',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    '--output=json',
    `--output-path=${out}`,
  ];
  const env = { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' };
  const status = await new Promise<number | null>((done) => {
    const child = spawn(join(root, 'node_modules/.bin/lighthouse'), args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('close', done);
  });
  if (status !== 0) throw new Error(`lighthouse ${url} failed with status ${status}`);
  const report = JSON.parse(readFileSync(out, 'utf8')) as { categories: Record<string, { score: number }> };
  return Object.fromEntries(Object.entries(report.categories).map(([k, v]) => [k, Math.round(v.score * 100)]));
}
