/**
 * Astro's experimental build features. The chunked content store is switched on
 * by name for one build (ASTRO_EXPERIMENTS=chunked) or by the size of the
 * content; the incremental build is on unless INCREMENTAL_BUILD=0.
 * The bench (scripts/bench/) measures both.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { settings } from './settings';

export const EXPERIMENTS = settings.ASTRO_EXPERIMENTS;

/**
 * From this many professors on, Astro writes its content store in chunks.
 * Written as one string it passes V8's limit of 536,870,888 characters near
 * 78,000 professors ("Invalid string length" at 100,000, bench/analysis.md);
 * below that, one string is faster.
 */
export const CHUNKED_STORE_FROM = 50_000;

/** Whether this build writes its content store in chunks: asked for by name, or needed by the size of `contentDir`. */
export function chunkedStore(contentDir: string, from = CHUNKED_STORE_FROM): boolean {
  if (EXPERIMENTS.has('chunked')) return true;
  try {
    return readdirSync(join(contentDir, 'professors')).length >= from;
  } catch {
    return false;
  }
}

/**
 * Whether a page whose facts and code are unchanged since the last build is
 * copied from Astro's cache instead of rendered again (Astro's experimental
 * incremental build). Pages say what they show through `entityParams` in
 * routes.ts; tests/build/rebuild.test.ts checks a routine build against a
 * build from nothing, byte for byte.
 */
export const incrementalBuild = settings.INCREMENTAL_BUILD;
