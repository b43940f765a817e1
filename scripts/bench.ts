/**
 * npm run bench -- --professors N [--runs R] [--seed S]
 * Builds a synthetic tree of N professors with this site and with a bare Astro
 * baseline (bench/baseline) in the same run, and records wall time per phase,
 * peak RSS, dist/ size and page count, page weight, and what Chromium
 * transfers for the directory and search. Writes bench/results.json and
 * bench/results.md (one section per size, newest replaces older of that size).
 */
import './lib/node-version';
import { cliOptions, positiveInteger } from './lib/cli';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, stringify } from 'yaml';

const HELP = `Usage: npm run bench -- --professors N [--runs R] [--seed S] [--experiments]
       npm run bench -- --professors N --cold-only
       npm run bench -- --professors N --transfer-only
       npm run bench -- --report    (rewrite results.md from results.json and analysis.md)

Builds N synthetic professors with this site and with a bare Astro baseline,
R times each (default 1), each time cold (no cache of any kind) and then warm
(caches kept, nothing changed); then a routine deploy of the site (caches
kept, 10 professors edited), \`npm run validate\` on the tree, and the time
\`astro dev\` takes to serve its first page. Writes bench/results.md and
bench/results.json, with the scale targets marked met or missed.
With --experiments, also measures Astro's experimental
chunked collection storage (cold) and incremental build (cold, unchanged, and
after editing 10 professors, against a plain warm build after the same edit).
With --cold-only (for sizes that take hours), builds each project once, cold,
with Node's heap sized to three quarters of the machine's memory, and runs
\`npm run validate\`; a build that stops is recorded with its message.
With --transfer-only, measures only what Chromium transfers for the directory
and the search page on the site last built for N (no build; nothing written),
and prints each file the search page fetched.
Needs /usr/bin/time and Chromium (/usr/bin/chromium or CHROME_PATH).
`;

const args = cliOptions('bench', HELP, {
  professors: { type: 'string' },
  runs: { type: 'string' },
  seed: { type: 'string' },
  experiments: { type: 'boolean' },
  'cold-only': { type: 'boolean' },
  'transfer-only': { type: 'boolean' },
  report: { type: 'boolean' },
});
const N = positiveInteger('bench', HELP, 'professors', args.professors, 1000);
const RUNS = positiveInteger('bench', HELP, 'runs', args.runs, 1);
const SEED = positiveInteger('bench', HELP, 'seed', args.seed, 1);
const ROOT = resolve('.');
const LIGHTHOUSE_VERSION = (JSON.parse(readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')) as { version: string })
  .version;
const WORK = join(tmpdir(), `bench-${N}`);
const COLD_ONLY = args['cold-only'] === true;
/** Node's heap may grow to three quarters of the machine's memory (Node's default is too small at 100,000 professors). */
const BIG_HEAP = { NODE_OPTIONS: `--max-old-space-size=${Math.floor((totalmem() / 2 ** 20) * 0.75)}` };

interface Run {
  wallS: number;
  astroS: number;
  renderS?: number;
  validateS?: number;
  pagefindS: number;
  peakRssMb: number;
  astroRssMb: number;
  pagefindRssMb: number;
}

function timed(cmd: string, args: string[], env: Record<string, string>, cwd = ROOT): { wallS: number; rssKb: number; out: string } {
  const start = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], {
    cwd,
    env: { ...process.env, ...env, FORCE_COLOR: '0' },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const wallS = (performance.now() - start) / 1000;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`);
  const rssKb = Number(r.stderr.trim().split('\n').at(-1));
  return { wallS, rssKb, out: r.stdout + r.stderr };
}

/**
 * One build into `out`. Cold: no output, content store, image or preview cache
 * left from before (both projects keep them in `<out>.cache`). Warm: all kept,
 * as a routine deploy keeps them.
 */
function build(kind: 'site' | 'baseline', content: string, out: string, cold: boolean, experiments = '', extraEnv = {}): Run {
  // Old output is moved aside and deleted after timing, so deleting it does not slow the build.
  rmSync(`${out}.old`, { recursive: true, force: true });
  if (cold) rmSync(`${out}.cache`, { recursive: true, force: true });
  if (existsSync(out)) renameSync(out, `${out}.old`);
  const env = {
    CONTENT_DIR: content,
    OUT_DIR: out,
    NODE_ENV: 'production',
    ASTRO_EXPERIMENTS: experiments,
    ASTRO_TELEMETRY_DISABLED: '1',
    ...extraEnv,
  };
  // The baseline is built from its own folder, as its own project would be.
  const astro = timed(join(ROOT, 'node_modules/.bin/astro'), ['build'], env, kind === 'baseline' ? join(ROOT, 'bench/baseline') : ROOT);
  // The site indexes one language at a time inside astro build (src/integrations/search-index.ts), so its
  // Pagefind time is part of astro's; the baseline runs Pagefind over all languages at once afterwards.
  const pagefind = kind === 'site' ? { wallS: 0, rssKb: 0 } : timed(join(ROOT, 'node_modules/.bin/pagefind'), ['--site', out], {});
  rmSync(`${out}.old`, { recursive: true, force: true });
  // eslint-disable-next-line no-control-regex -- Astro colours its log even with FORCE_COLOR=0
  const log = astro.out.replace(/\u001b\[[0-9;]*m/g, '');
  // Astro writes "812ms", "41.37s" or, past a minute, "7m 31s".
  const render = /generating static routes[\s\S]*?Completed in (?:(\d+)m )?([\d.]+)(m?s)/.exec(log);
  const validate = /content valid: .* in (\d+) ms/.exec(log);
  return {
    wallS: round(astro.wallS + pagefind.wallS),
    astroS: round(astro.wallS),
    ...(render ? { renderS: round(Number(render[1] ?? 0) * 60 + Number(render[2]) / (render[3] === 'ms' ? 1000 : 1)) } : {}),
    ...(validate ? { validateS: round(Number(validate[1]) / 1000) } : {}),
    pagefindS: round(pagefind.wallS),
    peakRssMb: Math.round(Math.max(astro.rssKb, pagefind.rssKb) / 1024),
    astroRssMb: Math.round(astro.rssKb / 1024),
    pagefindRssMb: Math.round(pagefind.rssKb / 1024),
  };
}

const round = (n: number) => Math.round(n * 100) / 100;
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const mb = (b: number) => `${(b / 2 ** 20).toFixed(1)} MB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function dirStats(dir: string): { bytes: number; pages: number } {
  let bytes = 0;
  let pages = 0;
  for (const f of readdirSync(dir, { recursive: true }).map(String)) {
    const p = join(dir, f);
    if (!statSync(p).isFile()) continue;
    bytes += statSync(p).size;
    if (f.endsWith('.html')) pages++;
  }
  return { bytes, pages };
}

/** gzip bytes of a page's HTML plus the CSS and JS it references directly. */
function pageWeight(dist: string, path: string): number {
  const html = readFileSync(join(dist, path, 'index.html'));
  let total = gzipSync(html).length;
  for (const m of html.toString().matchAll(/(?:href|src)="\/(_astro\/[^"]+\.(?:css|js))"/g))
    total += gzipSync(readFileSync(join(dist, m[1]!))).length;
  return total;
}

function summarise(runs: Run[]) {
  const keys = Object.keys(runs[0]!) as (keyof Run)[];
  return Object.fromEntries(
    keys.map((k) => [k, { min: Math.min(...runs.map((r) => r[k] ?? 0)), median: median(runs.map((r) => r[k] ?? 0)) }]),
  );
}

async function main(): Promise<void> {
  mkdirSync(WORK, { recursive: true });
  const content = join(WORK, 'content');
  if (args['transfer-only']) return transferOnly(content, join(WORK, 'dist-site'));
  execFileSync(
    join(ROOT, 'node_modules/.bin/tsx'),
    ['scripts/fixtures.ts', '--professors', String(N), '--seed', String(SEED), '--out', content],
    { stdio: 'inherit' },
  );

  if (COLD_ONLY) return coldOnly(content);
  const site: Run[] = [];
  const baseline: Run[] = [];
  const siteWarm: Run[] = [];
  const baselineWarm: Run[] = [];
  const dist = join(WORK, 'dist-site');
  for (let i = 0; i < RUNS; i++) {
    for (const [kind, cold, into] of [
      ['baseline', true, baseline],
      ['baseline', false, baselineWarm],
      ['site', true, site],
      ['site', false, siteWarm],
    ] as const) {
      process.stdout.write(`run ${i + 1}/${RUNS}: ${kind}, ${cold ? 'cold' : 'warm'}… `);
      into.push(build(kind, content, join(WORK, `dist-${kind}`), cold));
      process.stdout.write(`${into.at(-1)!.wallS}s\n`);
    }
  }
  // A routine deploy: caches kept, as deploy.yml keeps them, after an editor changed 10 professors.
  editProfessors(content, 10);
  process.stdout.write('site, routine deploy (10 edited)… ');
  const siteRoutine = build('site', content, dist, false);
  process.stdout.write(`${siteRoutine.wallS}s\n`);
  const validation = timed(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/validate.ts'], { CONTENT_DIR: content });
  const devFirstPageS = await devFirstPage(content);
  const experiments = args.experiments ? measureExperiments(content) : undefined;
  const firstProfile = readdirSync(join(dist, 'en/professors')).find(
    (d) => !/^\d+$/.test(d) && statSync(join(dist, 'en/professors', d)).isDirectory(),
  )!;
  const weights = {
    home: pageWeight(dist, 'en'),
    directory: pageWeight(dist, 'en/professors'),
    profile: pageWeight(dist, `en/professors/${firstProfile}`),
  };
  const { serve } = await import('./lib/serve');
  const server = await serve(dist);
  const transfer = await measureTransfer(server.url, dist, surnames(content), textWord(content));
  const scores = {
    home: await lighthouse(`${server.url}/en/`),
    directory: await lighthouse(`${server.url}/en/professors/`),
    profile: await lighthouse(`${server.url}/en/professors/${firstProfile}/`),
  };
  await server.close();

  const result = {
    professors: N,
    runs: RUNS,
    date: new Date().toISOString().slice(0, 10),
    commit: spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim(),
    machine: `${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}`,
    site: summarise(site),
    baseline: summarise(baseline),
    siteWarm: summarise(siteWarm),
    baselineWarm: summarise(baselineWarm),
    ratioWall: round(median(site.map((r) => r.wallS)) / median(baseline.map((r) => r.wallS))),
    ratioWarm: round(median(siteWarm.map((r) => r.wallS)) / median(baseline.map((r) => r.wallS))),
    siteRoutine,
    ratioRoutine: round(siteRoutine.wallS / median(baseline.map((r) => r.wallS))),
    validateCli: { wallS: round(validation.wallS), rssMb: Math.round(validation.rssKb / 1024) },
    devFirstPageS,
    ...(experiments ? { experiments } : {}),
    dist: { site: dirStats(dist), baseline: dirStats(join(WORK, 'dist-baseline')) },
    pageWeightGzip: weights,
    transfer,
    lighthouse: scores,
  };
  writeResults(result);
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

/** What Chromium transfers on the site last built for N, printed with the search page's files by kind. */
async function transferOnly(content: string, dist: string): Promise<void> {
  if (!existsSync(join(dist, 'pagefind')))
    throw new Error(`bench: no site built for ${N} professors in ${dist}; run npm run bench -- --professors ${N} first`);
  const { serve } = await import('./lib/serve');
  const server = await serve(dist);
  const transfer = await measureTransfer(server.url, dist, surnames(content), textWord(content));
  await server.close();
  process.stdout.write(`${JSON.stringify(transfer, null, 2)}\n`);
}

/** One cold build of each project, with a large heap, for sizes where a full run would take hours. */
function coldOnly(content: string): void {
  const attempt = (kind: 'site' | 'baseline'): Run | { failed: string; wallS: number } => {
    process.stdout.write(`${kind}, cold… `);
    const start = performance.now();
    try {
      const run = build(kind, content, join(WORK, `dist-${kind}`), true, '', BIG_HEAP);
      process.stdout.write(`${run.wallS}s\n`);
      return run;
    } catch (e) {
      const wallS = round((performance.now() - start) / 1000);
      // The last line naming an error is what stopped the build.
      const lines = (e as Error).message.split('\n').filter((l) => /error|exceeded|invalid|killed|heap/i.test(l));
      const failed = (lines.at(-1) ?? (e as Error).message.split('\n')[0]!).trim().slice(0, 300);
      process.stdout.write(`stopped after ${wallS}s: ${failed}\n`);
      return { failed, wallS };
    }
  };
  const baseline = attempt('baseline');
  const site = attempt('site');
  const validation = timed(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/validate.ts'], { CONTENT_DIR: content });
  const summary = (r: Run | { failed: string; wallS: number }) =>
    'failed' in r ? { failed: r.failed, failedAfterS: r.wallS } : summarise([r]);
  const stats = (kind: string) => (existsSync(join(WORK, `dist-${kind}`, 'index.html')) ? dirStats(join(WORK, `dist-${kind}`)) : undefined);
  const result = {
    professors: N,
    runs: 1,
    coldOnly: true,
    date: new Date().toISOString().slice(0, 10),
    commit: spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim(),
    machine: `${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}`,
    heap: BIG_HEAP.NODE_OPTIONS,
    site: summary(site),
    baseline: summary(baseline),
    ...('failed' in site || 'failed' in baseline ? {} : { ratioWall: round(site.wallS / baseline.wallS) }),
    validateCli: { wallS: round(validation.wallS), rssMb: Math.round(validation.rssKb / 1024) },
    dist: { site: stats('site'), baseline: stats('baseline') },
  };
  writeResults(result);
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

/**
 * Astro's experimental build features on this site: chunked collection
 * storage (ASTRO_EXPERIMENTS=chunked), cold; and the site with its incremental
 * build switched off (INCREMENTAL_BUILD=0), cold, unchanged and after a routine
 * edit of 10 professors, to compare with the default builds measured in main().
 * Leaves the content edited.
 */
function measureExperiments(content: string): Record<string, Run> {
  const step = (label: string, run: () => Run) => {
    process.stdout.write(`${label}… `);
    const r = run();
    process.stdout.write(`${r.wallS}s\n`);
    return r;
  };
  const out = (name: string) => join(WORK, `dist-${name}`);
  const plain = { INCREMENTAL_BUILD: '0' };
  const result: Record<string, Run> = {};
  result.chunkedCold = step('site, chunked storage, cold', () => build('site', content, out('chunked'), true, 'chunked'));
  rmSync(out('chunked'), { recursive: true, force: true });
  result.plainCold = step('site, no incremental build, cold', () => build('site', content, out('plain'), true, '', plain));
  result.plainUnchanged = step('site, no incremental build, unchanged', () => build('site', content, out('plain'), false, '', plain));
  editProfessors(content, 10);
  result.plainAfterEdit = step('site, no incremental build, 10 edited', () => build('site', content, out('plain'), false, '', plain));
  rmSync(out('plain'), { recursive: true, force: true });
  return result;
}

async function devFirstPage(content: string): Promise<number> {
  const port = 4321 + Math.floor(Math.random() * 1000);
  const start = performance.now();
  const child = spawn(join(ROOT, 'node_modules/.bin/astro'), ['dev', '--port', String(port)], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
    detached: true,
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`astro dev stopped with ${child.exitCode}`);
      if (performance.now() - start > 1_800_000) throw new Error('astro dev served no page in 30 minutes');
      const ok = await fetch(`http://localhost:${port}/en/`)
        .then((r) => r.ok)
        .catch(() => false);
      if (ok) return round((performance.now() - start) / 1000);
      await new Promise((r) => setTimeout(r, 250));
    }
  } finally {
    process.kill(-child.pid!, 'SIGTERM');
  }
}

/** A routine edit: the English summary of `count` professors spread over the tree gets a sentence more. */
function editProfessors(content: string, count: number): void {
  const dir = join(content, 'professors');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort();
  for (let i = 0; i < count; i++) {
    const file = join(dir, files[Math.floor((i * files.length) / count)]!);
    const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(file, 'utf8')) ?? [];
    if (front === undefined) throw new Error(`bench: no front matter in ${file}`);
    const data = parse(front) as { summary: { en: string } };
    data.summary.en += ' Edited for the benchmark.';
    const edited = `---\n${stringify(data)}---\n${body}`;
    writeFileSync(file, edited);
  }
}

/**
 * Family names of three professors far apart in the tree: what people type
 * into the directory. (Words of the synthetic biographies occur on every page,
 * so they would measure nothing.)
 */
function surnames(content: string): [string, string, string] {
  const files = readdirSync(join(content, 'professors'))
    .filter((f) => f.endsWith('.md'))
    .sort();
  const pick = (i: number) => {
    const name = /^name: "?([^"\n]+)"?$/m.exec(readFileSync(join(content, 'professors', files[i]!), 'utf8'))?.[1];
    if (!name) throw new Error(`no name in ${files[i]}`);
    return name.split(' ').at(-1)!;
  };
  return [pick(0), pick(Math.floor(files.length / 2)), pick(files.length - 1)];
}

/** A word of the pages' text that is no one's name: the English label of the fields file's last field. */
function textWord(content: string): string {
  const fields = parse(readFileSync(join(content, 'fields.yaml'), 'utf8')) as { label: { en: string } }[];
  return fields.at(-1)!.label.en.split(' ')[0]!;
}

/**
 * Bytes Chromium fetches for the directory's first view, first filter, a text
 * query after that, and a first text query on a fresh visit (gzip for our
 * files; Pagefind chunks are compressed already). Each visit starts with an
 * empty cache.
 */
async function measureTransfer(url: string, dist: string, names: [string, string, string], word: string) {
  const { launch } = await import('./lib/serve');
  const browser = await launch();
  const visit = async (path = '/en/professors/') => {
    const context = await browser.newContext();
    const page = await context.newPage();
    let files: string[] = [];
    let inFlight = 0;
    let lastActivity = performance.now();
    page.on('request', () => {
      inFlight++;
      lastActivity = performance.now();
    });
    const finished = () => {
      inFlight--;
      lastActivity = performance.now();
    };
    page.on('requestfailed', finished);
    page.on('requestfinished', (r) => {
      files.push(new URL(r.url()).pathname);
      finished();
    });
    /** Waits until no request has been in flight for half a second (Playwright's networkidle fires only once per page). */
    const settle = async () => {
      // Longer than the search box's 250 ms pause before it searches.
      await page.waitForTimeout(1000);
      while (inFlight > 0 || performance.now() - lastActivity < 500) await page.waitForTimeout(100);
    };
    /** Bytes fetched since the last call; `parts` adds them up by kind of file. */
    const take = (parts?: Record<string, number>) => {
      let bytes = 0;
      for (const u of files) {
        const f = join(dist, u.endsWith('/') ? `${u}index.html` : u);
        if (!existsSync(f)) continue;
        const raw = readFileSync(f);
        const size = /\.(pf_\w+|pagefind)$/.test(f) ? raw.length : gzipSync(raw).length;
        bytes += size;
        if (parts) parts[kindOf(u)] = (parts[kindOf(u)] ?? 0) + size;
      }
      files = [];
      return bytes;
    };
    const start = performance.now();
    await page.goto(`${url}${path}`);
    await page.waitForFunction(() => (document.querySelector('[data-status]')?.textContent ?? '').length > 0, null, { timeout: 60_000 });
    const shownMs = Math.round(performance.now() - start);
    await settle();
    const query = async (text: string) => {
      await page.fill('#directory-q', text);
      await settle();
      return take();
    };
    return { page, context, take, query, settle, shownMs };
  };

  const a = await visit();
  const firstView = a.take();
  await a.page.check('[data-facets] input[name="country"][value="pl"]');
  await a.settle();
  const firstFilter = a.take();
  await a.query(names[0]);
  const laterQuery = await a.query(names[1]);
  await a.context.close();

  const b = await visit();
  b.take();
  const firstQuery = await b.query(names[2]);
  await b.context.close();

  // The search page opened with a query, everything counted: a family name, then a word of the pages' text.
  const searchVisit = async (q: string) => {
    const c = await visit(`/en/search/?q=${encodeURIComponent(q)}`);
    await c.settle();
    const parts: Record<string, number> = {};
    const bytes = c.take(parts);
    await c.context.close();
    return { bytes, parts };
  };
  const searchPage = await searchVisit(names[2]);
  const searchText = await searchVisit(word);
  await browser.close();
  return {
    directoryFirstViewMs: a.shownMs,
    directoryFirstViewBytes: firstView,
    firstFilterBytes: firstFilter,
    firstQueryBytes: firstQuery,
    laterQueryBytes: laterQuery,
    searchPageBytes: searchPage.bytes,
    searchTextBytes: searchText.bytes,
    searchPageParts: searchPage.parts,
    searchTextParts: searchText.parts,
  };
}

/** What a fetched file is, for the search page's breakdown. */
function kindOf(path: string): string {
  if (path.endsWith('/') || path.endsWith('.html')) return 'page';
  if (path.startsWith('/_astro/')) return path.endsWith('.css') ? 'css' : 'js';
  if (path.startsWith('/directory/'))
    return /\/cards-\d+\.json$/.test(path)
      ? 'directory cards'
      : `directory ${path
          .split('/')
          .at(-1)!
          .replace(/\.json$/, '')}`;
  const pf = /\.(pf_\w+)$/.exec(path)?.[1];
  if (pf) return `pagefind ${pf.slice(3)}`;
  if (path.includes('/pagefind/')) return path.endsWith('.pagefind') ? 'pagefind wasm' : 'pagefind js';
  return 'other';
}

/**
 * Lighthouse (mobile profile, the default) scores for a page, 0-100 per
 * category. Runs as a child process without blocking: the server it loads
 * pages from lives in this process.
 */
async function lighthouse(url: string): Promise<Record<string, number>> {
  const out = join(WORK, 'lighthouse.json');
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
    const child = spawn(join(ROOT, 'node_modules/.bin/lighthouse'), args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('close', done);
  });
  if (status !== 0) throw new Error(`lighthouse ${url} failed with status ${status}`);
  const report = JSON.parse(readFileSync(out, 'utf8')) as { categories: Record<string, { score: number }> };
  return Object.fromEntries(Object.entries(report.categories).map(([k, v]) => [k, Math.round(v.score * 100)]));
}

/** The scale targets (issue "Scale"), each marked met or missed from the figures of one section. */
function targets(r: {
  ratioWall: number;
  ratioRoutine?: number;
  site: Record<string, { median: number }>;
  siteRoutine?: Run;
  transfer?: Record<string, unknown>;
}): string {
  const search = r.transfer?.searchPageBytes as number | undefined;
  const rows: [string, string, boolean][] = [
    ['cold full build ≤ 3 × the baseline', `${r.ratioWall}×`, r.ratioWall <= 3],
    ...(r.ratioRoutine === undefined
      ? []
      : ([['routine deploy ≤ 1.5 × the baseline cold', `${r.ratioRoutine}×`, r.ratioRoutine <= 1.5]] as [string, string, boolean][])),
    [
      'peak RSS of each process ≤ 2,500 MB (cold)',
      `astro ${r.site.astroRssMb!.median} MB, Pagefind ${r.site.pagefindRssMb!.median} MB`,
      Math.max(r.site.astroRssMb!.median, r.site.pagefindRssMb!.median) <= 2500,
    ],
    ...(search === undefined
      ? []
      : ([['search page opened with a family name ≤ 150 KB (goal 100 KB)', kb(search), search <= 150 * 1024]] as [
          string,
          string,
          boolean,
        ][])),
  ];
  return `\n| target | measured | |\n|---|---|---|\n${rows.map(([t, m, ok]) => `| ${t} | ${m} | ${ok ? 'met' : 'missed'} |`).join('\n')}\n`;
}

type Failed = { failed: string; failedAfterS: number };
type ColdOnly = {
  professors: number;
  coldOnly: true;
  date: string;
  commit: string;
  machine: string;
  heap: string;
  site: Record<string, { min: number; median: number }> | Failed;
  baseline: Record<string, { min: number; median: number }> | Failed;
  ratioWall?: number;
  validateCli: { wallS: number; rssMb: number };
  dist: { site?: { bytes: number; pages: number }; baseline?: { bytes: number; pages: number } };
};

/** A section of results.md for a size measured with --cold-only: one cold build each, or where it stopped. */
function coldOnlySection(r: ColdOnly): string {
  const value = (s: ColdOnly['site'], k: string, unit = '') =>
    'failed' in s ? (k === 'wallS' ? `stopped after ${s.failedAfterS} s` : '–') : s[k] ? `${s[k]!.median}${unit}` : '–';
  const site = r.site;
  const built = !('failed' in site);
  const stopped = (name: string, s: ColdOnly['site']) => ('failed' in s ? `\n${name} stopped: \`${s.failed}\`\n` : '');
  return `## ${r.professors.toLocaleString('en')} professors (one cold build each)

${r.date}, commit ${r.commit}, ${r.machine}; Node's heap for both: \`${r.heap}\`. Seconds; no output or cache of any kind before each build.

| | this site | bare Astro baseline |
|---|---|---|
| full build (astro + Pagefind), cold | ${value(site, 'wallS')} | ${value(r.baseline, 'wallS')} |
| astro build | ${value(site, 'astroS')} | ${value(r.baseline, 'astroS')} |
| of which content validation | ${value(site, 'validateS')} | – |
| of which page rendering | ${value(site, 'renderS')} | ${value(r.baseline, 'renderS')} |
| Pagefind | ${value(site, 'pagefindS')} | ${value(r.baseline, 'pagefindS')} |
| peak RSS, astro build (MB) | ${value(site, 'astroRssMb')} | ${value(r.baseline, 'astroRssMb')} |
| peak RSS, Pagefind (MB) | ${value(site, 'pagefindRssMb')} | ${value(r.baseline, 'pagefindRssMb')} |
| pages | ${r.dist.site?.pages ?? '–'} | ${r.dist.baseline?.pages ?? '–'} |
| dist/ size | ${r.dist.site ? `${(r.dist.site.bytes / 2 ** 20).toFixed(1)} MB` : '–'} | ${r.dist.baseline ? `${(r.dist.baseline.bytes / 2 ** 20).toFixed(1)} MB` : '–'} |
${stopped('The site', site)}${stopped('The baseline', r.baseline)}${r.ratioWall ? `\nFull build, site / baseline (cold): **${r.ratioWall}×**.\n` : ''}
\`npm run validate\` on the tree: ${r.validateCli.wallS} s, peak RSS ${r.validateCli.rssMb} MB.

| target | measured | |
|---|---|---|
| builds on this machine (2 cores, 24 GB), time and peak RSS recorded | ${built ? `${value(site, 'wallS', ' s')}, astro ${value(site, 'astroRssMb', ' MB')}, Pagefind ${value(site, 'pagefindRssMb', ' MB')}` : value(site, 'wallS')} | ${built ? 'met' : 'missed'} |
`;
}

function writeResults(result?: Record<string, unknown> & { professors: number }): void {
  const jsonPath = join(ROOT, 'bench/results.json');
  const all = existsSync(jsonPath) ? (JSON.parse(readFileSync(jsonPath, 'utf8')) as { professors: number }[]) : [];
  const merged = [...all.filter((r) => r.professors !== result?.professors), ...(result ? [result] : [])].sort(
    (a, b) => a.professors - b.professors,
  );
  writeFileSync(jsonPath, `${JSON.stringify(merged, null, 2)}\n`);
  type R = {
    professors: number;
    runs: number;
    date: string;
    commit: string;
    machine: string;
    ratioWall: number;
    ratioWarm?: number;
    site: Record<string, { min: number; median: number }>;
    baseline: Record<string, { min: number; median: number }>;
    siteWarm?: Record<string, { min: number; median: number }>;
    baselineWarm?: Record<string, { min: number; median: number }>;
    experiments?: Record<string, Run>;
    siteRoutine?: Run;
    ratioRoutine?: number;
    validateCli?: { wallS: number; rssMb: number };
    devFirstPageS?: number;
    dist: { site: { bytes: number; pages: number }; baseline: { bytes: number; pages: number } };
    pageWeightGzip: { home: number; directory: number; profile: number };
    transfer: Record<string, number | undefined> & { searchPageParts?: Record<string, number>; searchTextParts?: Record<string, number> };
    lighthouse?: Record<string, Record<string, number>>;
  };
  const cell = (s: R['site'], k: string) => (s[k] ? `${s[k]!.min} / ${s[k]!.median}` : '–');
  const sections = (merged as unknown as (R | ColdOnly)[]).map((r) =>
    'coldOnly' in r
      ? coldOnlySection(r)
      : `## ${r.professors.toLocaleString('en')} professors

${r.date}, commit ${r.commit}, ${r.machine}, ${r.runs} run(s); times are min / median in seconds. Cold: no output or cache of any kind; warm: the same build again with its caches, nothing changed.

| | this site | bare Astro baseline |
|---|---|---|
| full build (astro + Pagefind), cold | ${cell(r.site, 'wallS')} | ${cell(r.baseline, 'wallS')} |
| full build, warm | ${r.siteWarm ? cell(r.siteWarm, 'wallS') : '–'} | ${r.baselineWarm ? cell(r.baselineWarm, 'wallS') : '–'} |
| astro build, cold | ${cell(r.site, 'astroS')} | ${cell(r.baseline, 'astroS')} |
| of which content validation | ${cell(r.site, 'validateS')} | – |
| of which page rendering | ${cell(r.site, 'renderS')} | ${cell(r.baseline, 'renderS')} |
| Pagefind | ${cell(r.site, 'pagefindS')} | ${cell(r.baseline, 'pagefindS')} |
| peak RSS (MB) | ${cell(r.site, 'peakRssMb')} | ${cell(r.baseline, 'peakRssMb')} |
| of which astro build | ${cell(r.site, 'astroRssMb')} | ${cell(r.baseline, 'astroRssMb')} |
| of which Pagefind | ${cell(r.site, 'pagefindRssMb')} | ${cell(r.baseline, 'pagefindRssMb')} |
| pages | ${r.dist.site.pages} | ${r.dist.baseline.pages} |
| dist/ size | ${mb(r.dist.site.bytes)} | ${mb(r.dist.baseline.bytes)} |

Full build, site / baseline (cold): **${r.ratioWall}×** (median)${r.ratioWarm ? `; the site warm against the baseline cold: **${r.ratioWarm}×**` : ''}.
${r.siteRoutine ? `\nRoutine deploy (caches kept as deploy.yml keeps them, 10 professors edited first): ${r.siteRoutine.wallS} s, **${r.ratioRoutine}×** the baseline's cold build; peak RSS astro ${r.siteRoutine.astroRssMb} MB, Pagefind ${r.siteRoutine.pagefindRssMb} MB.\n` : ''}${r.validateCli ? `\n\`npm run validate\` on the tree: ${r.validateCli.wallS} s, peak RSS ${r.validateCli.rssMb} MB.${r.devFirstPageS === undefined ? '' : ` \`astro dev\`: home page served ${r.devFirstPageS} s after start.`}\n` : ''}${targets(r)}${
          r.experiments
            ? `
Astro's experimental build features (one run each; astro build + Pagefind, seconds; peak RSS of astro build):

| | wall | astro build | of which rendering | peak RSS (MB) |
|---|---|---|---|---|
${Object.entries({
  chunkedCold: '`collectionStorage: chunked`, cold',
  plainCold: 'no incremental build, cold',
  plainUnchanged: 'no incremental build, nothing changed',
  plainAfterEdit: 'no incremental build, 10 professors edited',
  // Sections measured before the incremental build was on by default.
  incrementalCold: '`incrementalBuild`, cold',
  incrementalUnchanged: '`incrementalBuild`, nothing changed',
  incrementalAfterEdit: '`incrementalBuild`, 10 professors edited',
})
  .map(([k, label]) => {
    const e = r.experiments![k];
    return e ? `| ${label} | ${e.wallS} | ${e.astroS} | ${e.renderS ?? '–'} | ${e.astroRssMb} |` : '';
  })
  .filter(Boolean)
  .join('\n')}
`
            : ''
        }
Page weight (HTML + CSS + JS, gzip): home ${kb(r.pageWeightGzip.home)}, directory ${kb(r.pageWeightGzip.directory)}, profile ${kb(r.pageWeightGzip.profile)}.

Measured in Chromium (empty cache per visit; queries are family names): directory list and filters shown after ${r.transfer.directoryFirstViewMs} ms; first view ${kb(r.transfer.directoryFirstViewBytes!)}; first filter ${kb(r.transfer.firstFilterBytes!)}; first text query on a fresh visit ${kb(r.transfer.firstQueryBytes!)}; a later query ${kb(r.transfer.laterQueryBytes!)}${r.transfer.searchPageBytes === undefined ? '' : `; the search page opened with a query (page, Pagefind and results) ${kb(r.transfer.searchPageBytes)}`}${r.transfer.searchTextBytes === undefined ? '' : `, opened with a word of the text that is no one's name ${kb(r.transfer.searchTextBytes)}`}.
${
  r.transfer.searchPageParts
    ? `\nThe search page's transfer by kind of file: ${(['searchPageParts', 'searchTextParts'] as const)
        .map(
          (k) =>
            `${k === 'searchPageParts' ? 'family name' : 'word of the text'}: ${Object.entries(r.transfer[k] ?? {})
              .sort((a, b) => b[1] - a[1])
              .map(([kind, bytes]) => `${kind} ${kb(bytes)}`)
              .join(', ')}`,
        )
        .join('; ')}.\n`
    : ''
}
${
  r.lighthouse
    ? `
Lighthouse ${LIGHTHOUSE_VERSION} (mobile profile, Debian Chromium), performance / accessibility / best practices / SEO: ${Object.entries(
        r.lighthouse,
      )
        .map(([page, c]) => `${page} ${c.performance} / ${c.accessibility} / ${c['best-practices']} / ${c.seo}`)
        .join('; ')}.
`
    : ''
}`,
  );
  // The budgets, what misses them and why, written by hand, follow the measured sections.
  const analysis = join(ROOT, 'bench/analysis.md');
  writeFileSync(
    join(ROOT, 'bench/results.md'),
    `# Benchmarks\n\nWritten by \`npm run bench -- --professors N\` (see scripts/bench.ts): synthetic content from \`npm run fixtures\`, built by this site and by a bare Astro site over the same professor files (bench/baseline) in the same run.\n\n${sections.join('\n')}${existsSync(analysis) ? `\n${readFileSync(analysis, 'utf8')}` : ''}`,
  );
}

if (args.report) writeResults();
else void main();
