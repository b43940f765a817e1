/**
 * Builds the site once for every build and browser test: with the default base path, and
 * under a sub-path as on a GitHub Pages project site. Tests read the folders
 * through inject('dist') and inject('distBase').
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { run } from '../helpers/run';

declare module 'vitest' {
  export interface ProvidedContext {
    dist: string;
    distBase: string;
  }
}

export const SUB_PATH = '/showcase/';

function build(env: Record<string, string>): void {
  const r = run('npm', ['run', 'build'], env, 600_000);
  if (r.status !== 0) throw new Error(`npm run build failed:\n${r.stdout}\n${r.stderr}`);
}

/** The builds, shared by the projects that read them: global setup runs once per project, in one process. */
const shared = globalThis as { siteBuilds?: { root: string; dist: string; distBase: string; users: number } };

export default function setup(project: TestProject) {
  if (!shared.siteBuilds) {
    const root = mkdtempSync(join(tmpdir(), 'site-builds-'));
    const dist = join(root, 'dist');
    const distBase = join(root, 'dist-base');
    // A fixed date keeps "recent" and "upcoming" stable for the tests.
    build({ OUT_DIR: dist, BUILD_DATE: '2026-11-25' });
    build({ OUT_DIR: distBase, BASE_PATH: SUB_PATH, BUILD_DATE: '2026-11-25' });
    shared.siteBuilds = { root, dist, distBase, users: 0 };
  }
  const builds = shared.siteBuilds;
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
