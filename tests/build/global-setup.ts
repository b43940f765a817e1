/**
 * Builds the site once for every build and browser test: with the default base path, and
 * under a sub-path as on a GitHub Pages project site. Tests read the folders
 * through inject('dist') and inject('distBase').
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../helpers/run';

declare module 'vitest' {
  export interface ProvidedContext {
    dist: string;
    distBase: string;
  }
}

export const SUB_PATH = '/showcase/';

async function build(env: Record<string, string>): Promise<void> {
  const r = await buildSite(env);
  if (r.status !== 0) throw new Error(`npm run build failed:\n${r.stdout}\n${r.stderr}`);
}

interface SiteBuilds {
  root: string;
  dist: string;
  distBase: string;
  users: number;
}

async function buildBoth(): Promise<SiteBuilds> {
  const root = mkdtempSync(join(tmpdir(), 'site-builds-'));
  const dist = join(root, 'dist');
  const distBase = join(root, 'dist-base');
  // A fixed date keeps "recent" and "upcoming" stable for the tests.
  await build({ OUT_DIR: dist, BUILD_DATE: '2026-11-25' });
  await build({ OUT_DIR: distBase, BASE_PATH: SUB_PATH, BUILD_DATE: '2026-11-25' });
  return { root, dist, distBase, users: 0 };
}

/**
 * The builds, shared by the projects that read them: global setup runs once per project, in one
 * process. The promise is kept, not its result, so a second project's setup waits for the same builds.
 */
const shared = globalThis as { siteBuilds?: Promise<SiteBuilds> };

export default async function setup(project: TestProject) {
  shared.siteBuilds ??= buildBoth();
  const builds = await shared.siteBuilds;
  builds.users++;
  project.provide('dist', builds.dist);
  project.provide('distBase', builds.distBase);
  return () => {
    if (--builds.users === 0) {
      rmSync(builds.root, { recursive: true, force: true });
      shared.siteBuilds = undefined;
    }
  };
}
