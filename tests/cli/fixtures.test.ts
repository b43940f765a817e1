import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { script, validate } from '../helpers/run';

const work = mkdtempSync(join(tmpdir(), 'fixtures-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const files = (dir: string) => readdirSync(dir, { recursive: true }).map(String).sort();

describe('npm run fixtures', () => {
  it('writes a tree the validator accepts, the same for the same seed', () => {
    const a = join(work, 'a');
    const b = join(work, 'b');
    expect(script('scripts/fixtures.ts', ['--professors', '60', '--seed', '7', '--out', a]).status).toBe(0);
    expect(script('scripts/fixtures.ts', ['--professors', '60', '--seed', '7', '--out', b]).status).toBe(0);
    expect(files(a)).toEqual(files(b));
    const one = files(a).find((f) => f.startsWith('professors/') && f.endsWith('.md'))!;
    expect(readFileSync(join(a, one), 'utf8')).toBe(readFileSync(join(b, one), 'utf8'));
    expect(files(a).filter((f) => /^professors\/[^/]+\.md$/.test(f))).toHaveLength(60);
    const r = validate([], { CONTENT_DIR: a });
    expect(r.stdout + r.stderr).toMatch(/all \d+ files valid \(60 professors, 12 projects/);
    expect(r.status).toBe(0);
  });

  it('refuses to write into content/ and explains its options', () => {
    const r = script('scripts/fixtures.ts', ['--professors', '5', '--out', 'content']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('refusing to write inside content/');
    expect(script('scripts/fixtures.ts', ['--help']).stdout).toContain('--professors N');
  });
});
