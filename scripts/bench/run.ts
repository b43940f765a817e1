/** The builds the bench times: this site and the bare Astro baseline, cold, warm and after a routine edit. */
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { serve } from '../lib/serve';
import { editProfessors, surnames, textWord } from './content';
import { lighthouse } from './lighthouse';
import { HEAP, astroPhases, devFirstPage, dirStats, gitCommit, pageWeight, timed } from './measure';
import type { BenchOptions } from './options';
import { median, round, summarise, type BuildRun, type ColdOnlyResult, type Failed, type FullResult } from './result';
import { measureTransfer } from './transfer';

type Kind = 'site' | 'baseline';

/**
 * One build into `out`. Cold: no output, content store, image or preview cache left from before (both projects keep
 * them in `<out>.cache`). Warm: all kept, as a routine deploy keeps them. The site is one command, `astro build`
 * (its search index is an integration of the build); the baseline, built from its own folder as its own project
 * would be, is `astro build` and then Pagefind's CLI. Both get the heap `npm run build` gives the site.
 */
export function build(o: BenchOptions, kind: Kind, content: string, out: string, cold: boolean, extraEnv = {}): BuildRun {
  // Old output is moved aside and deleted after timing, so deleting it does not slow the build.
  rmSync(`${out}.old`, { recursive: true, force: true });
  if (cold) rmSync(`${out}.cache`, { recursive: true, force: true });
  if (existsSync(out)) renameSync(out, `${out}.old`);
  const env = {
    CONTENT_DIR: content,
    OUT_DIR: out,
    NODE_ENV: 'production',
    NODE_OPTIONS: HEAP,
    ASTRO_EXPERIMENTS: '',
    ASTRO_TELEMETRY_DISABLED: '1',
    ...extraEnv,
  };
  const bin = (name: string) => join(o.root, 'node_modules/.bin', name);
  const astro = timed(bin('astro'), ['build'], env, kind === 'baseline' ? join(o.root, 'bench/baseline') : o.root);
  const pagefind = kind === 'baseline' ? timed(bin('pagefind'), ['--site', out], {}, o.root) : undefined;
  rmSync(`${out}.old`, { recursive: true, force: true });
  return {
    wallS: round(astro.wallS + (pagefind?.wallS ?? 0)),
    astroS: round(astro.wallS),
    ...astroPhases(astro.out),
    ...(pagefind ? { pagefindS: round(pagefind.wallS) } : {}),
    peakRssMb: Math.round(Math.max(astro.rssKb, pagefind?.rssKb ?? 0) / 1024),
    astroRssMb: Math.round(astro.rssKb / 1024),
    ...(pagefind ? { pagefindRssMb: Math.round(pagefind.rssKb / 1024) } : {}),
  };
}

function step(label: string, run: () => BuildRun): BuildRun {
  process.stdout.write(`${label}… `);
  const r = run();
  process.stdout.write(`${r.wallS}s\n`);
  return r;
}

const validateCli = (o: BenchOptions, content: string) => {
  const r = timed(join(o.root, 'node_modules/.bin/tsx'), ['scripts/validate.ts'], { CONTENT_DIR: content }, o.root);
  return { wallS: round(r.wallS), rssMb: Math.round(r.rssKb / 1024) };
};

const about = (o: BenchOptions) => ({
  professors: o.professors,
  date: new Date().toISOString().slice(0, 10),
  commit: gitCommit(),
  machine: `${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}`,
  heap: HEAP,
});

/** The full run: builds, routine deploy, validator, dev server, page weight, browser transfer and Lighthouse. */
export async function fullRun(o: BenchOptions, content: string): Promise<FullResult> {
  const runs: Record<'site' | 'baseline' | 'siteWarm' | 'baselineWarm', BuildRun[]> = {
    site: [],
    baseline: [],
    siteWarm: [],
    baselineWarm: [],
  };
  const out = (name: string) => join(o.work, `dist-${name}`);
  for (let i = 0; i < o.runs; i++) {
    for (const [kind, cold] of [
      ['baseline', true],
      ['baseline', false],
      ['site', true],
      ['site', false],
    ] as const) {
      const label = `run ${i + 1}/${o.runs}: ${kind}, ${cold ? 'cold' : 'warm'}`;
      runs[cold ? kind : (`${kind}Warm` as const)].push(step(label, () => build(o, kind, content, out(kind), cold)));
    }
  }
  // A routine deploy: caches kept, as deploy.yml keeps them, after an editor changed 10 professors.
  editProfessors(content, 10);
  const dist = out('site');
  const siteRoutine = step('site, routine deploy (10 edited)', () => build(o, 'site', content, dist, false));
  const validation = validateCli(o, content);
  const devFirstPageS = await devFirstPage(o.root, content);
  const experiments = o.experiments ? measureExperiments(o, content) : undefined;
  const profiles = join(dist, 'en/professors');
  const firstProfile = readdirSync(profiles).find((d) => !/^\d+$/.test(d) && statSync(join(profiles, d)).isDirectory())!;
  const server = await serve(dist);
  const transfer = await measureTransfer(server.url, dist, surnames(content), textWord(content));
  const score = (path: string) => lighthouse(o.root, o.work, `${server.url}${path}`);
  const scores = {
    home: await score('/en/'),
    directory: await score('/en/professors/'),
    profile: await score(`/en/professors/${firstProfile}/`),
  };
  await server.close();
  const baselineCold = median(runs.baseline.map((r) => r.wallS));
  return {
    ...about(o),
    runs: o.runs,
    site: summarise(runs.site),
    baseline: summarise(runs.baseline),
    siteWarm: summarise(runs.siteWarm),
    baselineWarm: summarise(runs.baselineWarm),
    ratioWall: round(median(runs.site.map((r) => r.wallS)) / baselineCold),
    ratioWarm: round(median(runs.siteWarm.map((r) => r.wallS)) / baselineCold),
    siteRoutine,
    ratioRoutine: round(siteRoutine.wallS / baselineCold),
    validateCli: validation,
    devFirstPageS,
    ...(experiments ? { experiments } : {}),
    dist: { site: dirStats(dist), baseline: dirStats(out('baseline')) },
    pageWeightGzip: {
      home: pageWeight(dist, 'en'),
      directory: pageWeight(dist, 'en/professors'),
      profile: pageWeight(dist, `en/professors/${firstProfile}`),
    },
    transfer,
    lighthouse: scores,
  };
}

/**
 * Astro's experimental build features on this site: chunked collection storage (ASTRO_EXPERIMENTS=chunked), cold;
 * and the site with its incremental build switched off (INCREMENTAL_BUILD=0), cold, unchanged and after a routine
 * edit of 10 professors, to compare with the default builds of the full run. Leaves the content edited.
 */
function measureExperiments(o: BenchOptions, content: string): Record<string, BuildRun> {
  const out = (name: string) => join(o.work, `dist-${name}`);
  const plain = { INCREMENTAL_BUILD: '0' };
  const result: Record<string, BuildRun> = {};
  const chunked = { ASTRO_EXPERIMENTS: 'chunked' };
  result.chunkedCold = step('site, chunked storage, cold', () => build(o, 'site', content, out('chunked'), true, chunked));
  rmSync(out('chunked'), { recursive: true, force: true });
  result.plainCold = step('site, no incremental build, cold', () => build(o, 'site', content, out('plain'), true, plain));
  result.plainUnchanged = step('site, no incremental build, unchanged', () => build(o, 'site', content, out('plain'), false, plain));
  editProfessors(content, 10);
  result.plainAfterEdit = step('site, no incremental build, 10 edited', () => build(o, 'site', content, out('plain'), false, plain));
  rmSync(out('plain'), { recursive: true, force: true });
  return result;
}

/** One cold build of each project, for sizes where a full run would take hours; a build that stops is recorded. */
export function coldOnlyRun(o: BenchOptions, content: string): ColdOnlyResult {
  const attempt = (kind: Kind): BuildRun | Failed => {
    const start = performance.now();
    try {
      return step(`${kind}, cold`, () => build(o, kind, content, join(o.work, `dist-${kind}`), true));
    } catch (e) {
      const failedAfterS = round((performance.now() - start) / 1000);
      // The last line naming an error is what stopped the build.
      const lines = (e as Error).message.split('\n').filter((l) => /error|exceeded|invalid|killed|heap/i.test(l));
      const failed = (lines.at(-1) ?? (e as Error).message.split('\n')[0]!).trim().slice(0, 300);
      process.stdout.write(`stopped after ${failedAfterS}s: ${failed}\n`);
      return { failed, failedAfterS };
    }
  };
  const baseline = attempt('baseline');
  const site = attempt('site');
  const stats = (kind: Kind) => {
    const dir = join(o.work, `dist-${kind}`);
    return existsSync(join(dir, 'index.html')) ? dirStats(dir) : undefined;
  };
  const summary = (r: BuildRun | Failed) => ('failed' in r ? r : summarise([r]));
  return {
    ...about(o),
    runs: 1,
    coldOnly: true,
    site: summary(site),
    baseline: summary(baseline),
    ...('failed' in site || 'failed' in baseline ? {} : { ratioWall: round(site.wallS / baseline.wallS) }),
    validateCli: validateCli(o, content),
    dist: { site: stats('site'), baseline: stats('baseline') },
  };
}

/** --transfer-only: what Chromium transfers on the site last built for N, printed, nothing written. */
export async function transferOnly(o: BenchOptions, content: string): Promise<void> {
  const dist = join(o.work, 'dist-site');
  if (!existsSync(join(dist, 'index.html')))
    throw new Error(
      `bench: no site built for ${o.professors} professors in ${dist}; run npm run bench -- --professors ${o.professors} first`,
    );
  const server = await serve(dist);
  const transfer = await measureTransfer(server.url, dist, surnames(content), textWord(content));
  await server.close();
  process.stdout.write(`${JSON.stringify(transfer, null, 2)}\n`);
}
