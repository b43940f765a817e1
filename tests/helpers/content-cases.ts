/**
 * Content fixture worlds: `tests/content/_base/` is a small valid tree, and
 * each `tests/content/<case>/` holds files laid over it. A case reads as
 * "given this content, the validator says exactly expected.txt" (and, for a
 * case that has one, warns exactly warnings.txt and notes exactly notices.txt;
 * else it warns of nothing and notes nothing).
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const CASES_DIR = resolve(import.meta.dirname, '../content');
export const BASE_DIR = join(CASES_DIR, '_base');

/** Hostile and broken inputs, each laid over the same base tree. */
export const BAD_DIR = resolve(import.meta.dirname, '../fixtures/bad');

export function caseNames(dir = CASES_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('_'))
    .map((d) => d.name)
    .sort();
}

/** Copies the base tree and lays the case's files over it; returns the folder and a cleanup. */
export function materialise(caseName: string | null, casesDir = CASES_DIR): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `content-${caseName ?? 'base'}-`));
  cpSync(BASE_DIR, dir, { recursive: true });
  if (caseName)
    cpSync(join(casesDir, caseName), dir, { recursive: true, filter: (src) => !/[\\/](expected|warnings|notices)\.txt$/.test(src) });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
