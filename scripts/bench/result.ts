/** The bench's one result: what a run measures, written to bench/results.json and rendered by report.ts. */

/** One build of one project. Seconds and MB. */
export interface BuildRun {
  /** The whole build: the site's `astro build`; the baseline's `astro build` and then Pagefind. */
  wallS: number;
  astroS: number;
  /** Astro's own figures from its log: page rendering, and the site's content validation. */
  renderS?: number;
  validateS?: number;
  /** Only where Pagefind is a step of its own: the baseline, and sections measured before the site indexed inside `astro build`. */
  pagefindS?: number;
  peakRssMb: number;
  astroRssMb: number;
  pagefindRssMb?: number;
}

export type Summary = Partial<Record<keyof BuildRun, { min: number; median: number }>>;
/** A build that stopped (--cold-only), and when. */
export interface Failed {
  failed: string;
  failedAfterS: number;
}
export interface DirStats {
  bytes: number;
  pages: number;
  /** Every file (results written before it was counted have none). */
  files?: number;
}

/** Bytes Chromium fetched (gzip for our files) and how long the directory took to show. */
export interface Transfer {
  directoryFirstViewMs: number;
  directoryFirstViewBytes: number;
  firstFilterBytes: number;
  firstQueryBytes: number;
  laterQueryBytes: number;
  /** Missing when the build made no search index. */
  searchPageBytes?: number;
  searchTextBytes?: number;
  searchPageParts?: Record<string, number>;
  searchTextParts?: Record<string, number>;
}

interface Common {
  professors: number;
  runs: number;
  date: string;
  commit: string;
  machine: string;
  /** NODE_OPTIONS of the builds (recorded since both projects get the big heap). */
  heap?: string;
  validateCli: { wallS: number; rssMb: number };
}

/** A full run: R cold and warm builds of each project, a routine deploy, the browser's figures. */
export interface FullResult extends Common {
  coldOnly?: undefined;
  site: Summary;
  baseline: Summary;
  siteWarm: Summary;
  baselineWarm: Summary;
  ratioWall: number;
  ratioWarm: number;
  siteRoutine: BuildRun;
  ratioRoutine: number;
  devFirstPageS: number;
  experiments?: Record<string, BuildRun>;
  dist: { site: DirStats; baseline: DirStats };
  pageWeightGzip: { home: number; directory: number; profile: number };
  transfer: Transfer;
  lighthouse: Record<string, Record<string, number>>;
}

/** --cold-only: one cold build each, or where it stopped. */
export interface ColdOnlyResult extends Common {
  coldOnly: true;
  heap: string;
  site: Summary | Failed;
  baseline: Summary | Failed;
  ratioWall?: number;
  dist: { site?: DirStats; baseline?: DirStats };
}

export type BenchResult = FullResult | ColdOnlyResult;

export const round = (n: number) => Math.round(n * 100) / 100;
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Min and median of every figure the runs have. */
export function summarise(runs: BuildRun[]): Summary {
  const keys = [...new Set(runs.flatMap((r) => Object.keys(r)))] as (keyof BuildRun)[];
  return Object.fromEntries(
    keys.map((k) => {
      const xs = runs.map((r) => r[k]).filter((x) => x !== undefined);
      return [k, { min: Math.min(...xs), median: median(xs) }];
    }),
  );
}
