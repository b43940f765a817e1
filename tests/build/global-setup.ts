/**
 * Builds the site once for every build test: with the default base path, and
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

export default function setup(project: TestProject) {
  const root = mkdtempSync(join(tmpdir(), 'site-builds-'));
  const dist = join(root, 'dist');
  const distBase = join(root, 'dist-base');
  // A fixed date keeps "recent" and "upcoming" stable for the tests.
  build({ OUT_DIR: dist, BUILD_DATE: '2026-11-25' });
  build({ OUT_DIR: distBase, BASE_PATH: SUB_PATH, BUILD_DATE: '2026-11-25' });
  project.provide('dist', dist);
  project.provide('distBase', distBase);
  return () => rmSync(root, { recursive: true, force: true });
}
