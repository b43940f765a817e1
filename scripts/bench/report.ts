/**
 * bench/results.json (one BenchResult per size, the newest replacing an older one of that size) and
 * bench/results.md rendered from it: one section per size, with the scale targets marked met or missed.
 * The analysis of the figures is written by hand in bench/analysis.md, which results.md links to.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lighthouseVersion } from './lighthouse';
import type { BenchResult, BuildRun, ColdOnlyResult, Failed, FullResult, Summary } from './result';

const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const mb = (b: number) => `${(b / 2 ** 20).toFixed(1)} MB`;
const table = (head: string, rows: string[][]) => `${head}\n${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}\n`;
const PROJECTS = '| | this site | bare Astro baseline |\n|---|---|---|';

/** Adds `result` to bench/results.json (or only re-renders it) and rewrites bench/results.md. */
export function writeResults(root: string, result?: BenchResult): void {
  const jsonPath = join(root, 'bench/results.json');
  const all = existsSync(jsonPath) ? (JSON.parse(readFileSync(jsonPath, 'utf8')) as BenchResult[]) : [];
  const merged = [...all.filter((r) => r.professors !== result?.professors), ...(result ? [result] : [])];
  merged.sort((a, b) => a.professors - b.professors);
  writeFileSync(jsonPath, `${JSON.stringify(merged, null, 2)}\n`);
  const sections = merged.map((r) => (r.coldOnly ? coldOnlySection(r) : fullSection(r, lighthouseVersion(root))));
  writeFileSync(join(root, 'bench/results.md'), `${HEADER}\n${sections.join('\n')}`);
}

const HEADER = `# Benchmarks

Written by \`npm run bench -- --professors N\` (see scripts/bench/): synthetic content from \`npm run fixtures\`, \
built by this site and by a bare Astro site over the same professor files (bench/baseline) in the same run. \
The figures below are measured; the budgets, what misses them and why are in [analysis.md](analysis.md).
`;

/** Where the site's Pagefind step is not timed on its own: it runs inside `astro build`. */
const INDEX_INSIDE =
  "\nThe site's search index is made inside `astro build` (an integration), so its time and memory are in the astro build rows.\n";

/** A section for a full run. */
function fullSection(r: FullResult, lighthouse: string): string {
  const cell = (s: Summary | undefined, k: keyof BuildRun) => (s?.[k] ? `${s[k].min} / ${s[k].median}` : '–');
  const row = (label: string, k: keyof BuildRun, site = r.site, baseline = r.baseline) => [label, cell(site, k), cell(baseline, k)];
  const heap = r.heap ? `; Node's heap for both: \`${r.heap}\`` : '';
  const builds = table(PROJECTS, [
    row('full build (astro + Pagefind), cold', 'wallS'),
    row('full build, warm', 'wallS', r.siteWarm, r.baselineWarm),
    row('astro build, cold', 'astroS'),
    row('of which content validation', 'validateS', r.site, {}),
    row('of which page rendering', 'renderS'),
    row('Pagefind', 'pagefindS'),
    row('peak RSS (MB)', 'peakRssMb'),
    row('of which astro build', 'astroRssMb'),
    row('of which Pagefind', 'pagefindRssMb'),
    ['pages', String(r.dist.site.pages), String(r.dist.baseline.pages)],
    ['dist/ size', mb(r.dist.site.bytes), mb(r.dist.baseline.bytes)],
    ['dist/ files', String(r.dist.site.files ?? '–'), String(r.dist.baseline.files ?? '–')],
  ]);
  const warm = r.ratioWarm ? `; the site warm against the baseline cold: **${r.ratioWarm}×**` : '';
  const routine = r.siteRoutine
    ? `\nRoutine deploy (caches kept as deploy.yml keeps them, 10 professors edited first): ${r.siteRoutine.wallS} s, ` +
      `**${r.ratioRoutine}×** the baseline's cold build; peak RSS ${rss(r.siteRoutine)}.\n`
    : '';
  const dev = r.devFirstPageS === undefined ? '' : ` \`astro dev\`: home page served ${r.devFirstPageS} s after start.`;
  const validate = r.validateCli
    ? `\n\`npm run validate\` on the tree: ${r.validateCli.wallS} s, peak RSS ${r.validateCli.rssMb} MB.${dev}\n`
    : '';
  return `## ${r.professors.toLocaleString('en')} professors

${r.date}, commit ${r.commit}, ${r.machine}, ${r.runs} run(s)${heap}; times are min / median in seconds. \
Cold: no output or cache of any kind; warm: the same build again with its caches, nothing changed.

${builds}${r.site.pagefindS ? '' : INDEX_INSIDE}
Full build, site / baseline (cold): **${r.ratioWall}×** (median)${warm}.
${routine}${validate}${targets(r)}${experiments(r)}
Page weight (HTML + CSS + JS, gzip): home ${kb(r.pageWeightGzip.home)}, directory ${kb(r.pageWeightGzip.directory)}, \
profile ${kb(r.pageWeightGzip.profile)}.

${transfer(r.transfer)}
${
  r.lighthouse
    ? `
Lighthouse ${lighthouse} (mobile profile, Debian Chromium), performance / accessibility / best practices / SEO: ${Object.entries(
        r.lighthouse,
      )
        .map(([page, c]) => `${page} ${c.performance} / ${c.accessibility} / ${c['best-practices']} / ${c.seo}`)
        .join('; ')}.
`
    : ''
}`;
}

/** Peak RSS of a build: its processes separately where Pagefind ran as its own step. */
const rss = (b: { astroRssMb: number; pagefindRssMb?: number }) =>
  b.pagefindRssMb === undefined ? `astro build ${b.astroRssMb} MB` : `astro ${b.astroRssMb} MB, Pagefind ${b.pagefindRssMb} MB`;

function transfer(t: FullResult['transfer']): string {
  const search =
    (t.searchPageBytes === undefined ? '' : `; the search page opened with a query (page, Pagefind and results) ${kb(t.searchPageBytes)}`) +
    (t.searchTextBytes === undefined ? '' : `, opened with a word of the text that is no one's name ${kb(t.searchTextBytes)}`);
  const byKind = (k: 'searchPageParts' | 'searchTextParts') =>
    `${k === 'searchPageParts' ? 'family name' : 'word of the text'}: ${Object.entries(t[k] ?? {})
      .sort((a, b) => b[1] - a[1])
      .map(([kind, bytes]) => `${kind} ${kb(bytes)}`)
      .join(', ')}`;
  const parts = t.searchPageParts
    ? `\nThe search page's transfer by kind of file: ${byKind('searchPageParts')}; ${byKind('searchTextParts')}.\n`
    : '';
  return (
    `Measured in Chromium (empty cache per visit; queries are family names): directory list and filters shown after ` +
    `${t.directoryFirstViewMs} ms; first view ${kb(t.directoryFirstViewBytes)}; first filter ${kb(t.firstFilterBytes)}; ` +
    `first text query on a fresh visit ${kb(t.firstQueryBytes)}; a later query ${kb(t.laterQueryBytes)}${search}.\n${parts}`
  );
}

const EXPERIMENTS: Record<string, string> = {
  chunkedCold: '`collectionStorage: chunked`, cold',
  plainCold: 'no incremental build, cold',
  plainUnchanged: 'no incremental build, nothing changed',
  plainAfterEdit: 'no incremental build, 10 professors edited',
  // Sections measured before the incremental build was on by default.
  incrementalCold: '`incrementalBuild`, cold',
  incrementalUnchanged: '`incrementalBuild`, nothing changed',
  incrementalAfterEdit: '`incrementalBuild`, 10 professors edited',
};

function experiments(r: FullResult): string {
  if (!r.experiments) return '';
  const rows = Object.entries(EXPERIMENTS)
    .map(([k, label]) => [label, r.experiments![k]] as const)
    .filter((x): x is readonly [string, BuildRun] => x[1] !== undefined)
    .map(([label, e]) => [label, String(e.wallS), String(e.astroS), String(e.renderS ?? '–'), String(e.astroRssMb)]);
  return `
Astro's experimental build features (one run each; astro build + Pagefind, seconds; peak RSS of astro build):

${table('| | wall | astro build | of which rendering | peak RSS (MB) |\n|---|---|---|---|---|', rows)}`;
}

/** The scale targets (issue "Scale"), each marked met or missed from the figures of one full-run section. */
function targets(r: FullResult): string {
  const search = r.transfer?.searchPageBytes;
  const astro = r.site.astroRssMb!.median;
  const pagefind = r.site.pagefindRssMb?.median;
  const rows: [string, string, boolean][] = [
    ['cold full build ≤ 3 × the baseline', `${r.ratioWall}×`, r.ratioWall <= 3],
    ...(r.ratioRoutine === undefined
      ? []
      : ([['routine deploy ≤ 1.5 × the baseline cold', `${r.ratioRoutine}×`, r.ratioRoutine <= 1.5]] as [string, string, boolean][])),
    [
      'peak RSS of each process ≤ 2,500 MB (cold)',
      rss({ astroRssMb: astro, pagefindRssMb: pagefind }),
      Math.max(astro, pagefind ?? 0) <= 2500,
    ],
    [
      "dist/ ≤ 1 GB (10⁹ bytes: GitHub Pages' limit; GitLab Pages' also 200,000 files)",
      `${(r.dist.site.bytes / 1e9).toFixed(3)} GB${r.dist.site.files ? `, ${r.dist.site.files.toLocaleString('en')} files` : ''}`,
      r.dist.site.bytes <= 1e9,
    ],
    ...(search === undefined
      ? []
      : ([['search page opened with a family name ≤ 150 KB (goal 100 KB)', kb(search), search <= 150 * 1024]] as [
          string,
          string,
          boolean,
        ][])),
  ];
  return `\n${table(
    '| target | measured | |\n|---|---|---|',
    rows.map(([t, m, ok]) => [t, m, ok ? 'met' : 'missed']),
  )}`;
}

/** The targets of a size built cold only (issue "Scale, second round", at 100,000 professors). */
function coldTargets(site: Summary | Failed): string[][] {
  if ('failed' in site) return [];
  const wall = site.wallS!.median;
  const peak = Math.max(site.astroRssMb!.median, site.pagefindRssMb?.median ?? 0);
  return [
    ['cold full build ≤ 3,600 s', `${wall} s`, wall <= 3600 ? 'met' : 'missed'],
    ['peak RSS of each process ≤ 12 GB (12,288 MB)', `${peak} MB`, peak <= 12288 ? 'met' : 'missed'],
  ];
}

/** A section for a size measured with --cold-only: one cold build each, or where it stopped. */
function coldOnlySection(r: ColdOnlyResult): string {
  const value = (s: Summary | Failed, k: keyof BuildRun, unit = '') =>
    'failed' in s ? (k === 'wallS' ? `stopped after ${s.failedAfterS} s` : '–') : s[k] ? `${s[k].median}${unit}` : '–';
  const { site, baseline } = r;
  const row = (label: string, k: keyof BuildRun) => [label, value(site, k), value(baseline, k)];
  const stopped = (name: string, s: Summary | Failed) => ('failed' in s ? `\n${name} stopped: \`${s.failed}\`\n` : '');
  const measured =
    'failed' in site
      ? value(site, 'wallS')
      : `${value(site, 'wallS', ' s')}, ${rss({ astroRssMb: site.astroRssMb!.median, pagefindRssMb: site.pagefindRssMb?.median })}`;
  const ratio = r.ratioWall ? `\nFull build, site / baseline (cold): **${r.ratioWall}×**.\n` : '';
  return `## ${r.professors.toLocaleString('en')} professors (one cold build each)

${r.date}, commit ${r.commit}, ${r.machine}; Node's heap for both: \`${r.heap}\` (as \`npm run build\` sets it). \
Seconds; no output or cache of any kind before each build.

${table(PROJECTS, [
  row('full build (astro + Pagefind), cold', 'wallS'),
  row('astro build', 'astroS'),
  ['of which content validation', value(site, 'validateS'), '–'],
  row('of which page rendering', 'renderS'),
  row('Pagefind', 'pagefindS'),
  row('peak RSS, astro build (MB)', 'astroRssMb'),
  row('peak RSS, Pagefind (MB)', 'pagefindRssMb'),
  ['pages', String(r.dist.site?.pages ?? '–'), String(r.dist.baseline?.pages ?? '–')],
  ['dist/ size', r.dist.site ? mb(r.dist.site.bytes) : '–', r.dist.baseline ? mb(r.dist.baseline.bytes) : '–'],
])}${stopped('The site', site)}${stopped('The baseline', baseline)}${ratio}
\`npm run validate\` on the tree: ${r.validateCli.wallS} s, peak RSS ${r.validateCli.rssMb} MB.

${table('| target | measured | |\n|---|---|---|', [
  ['builds on this machine (2 cores, 24 GB), time and peak RSS recorded', measured, 'failed' in site ? 'missed' : 'met'],
  ...coldTargets(site),
])}`;
}
