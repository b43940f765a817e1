/** A build test's own site: a content case built before the describe block's tests and removed after them. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { materialise } from './content-cases';
import { BUILD_TIMEOUT, buildSite } from './run';

/** Call inside `describe`: builds `tests/content/<caseName>/` over the base tree; returns the output folder. */
export function builtCase(caseName: string): string {
  const out = mkdtempSync(join(tmpdir(), `dist-${caseName}-`));
  const content = materialise(caseName);
  beforeAll(async () => {
    const r = await buildSite({ CONTENT_DIR: content.dir, OUT_DIR: out, BUILD_DATE: '2026-11-25' });
    expect(r.status, r.stdout + r.stderr).toBe(0);
  }, BUILD_TIMEOUT);
  afterAll(() => {
    content.cleanup();
    rmSync(out, { recursive: true, force: true });
    rmSync(`${out}.cache`, { recursive: true, force: true });
  });
  return out;
}
