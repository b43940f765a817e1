import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHUNKED_STORE_FROM, chunkedStore } from '~/lib/experiments';

describe('chunked content store', () => {
  const root = mkdtempSync(join(tmpdir(), 'store-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('switches on by itself once the professors reach the threshold, well below where one string breaks', () => {
    mkdirSync(join(root, 'professors'));
    for (const n of [1, 2]) writeFileSync(join(root, 'professors', `p${n}.md`), '');
    expect(chunkedStore(root, 3)).toBe(false);
    writeFileSync(join(root, 'professors', 'p3.md'), '');
    expect(chunkedStore(root, 3)).toBe(true);
    expect(chunkedStore(join(root, 'missing'), 3)).toBe(false);
    expect(CHUNKED_STORE_FROM).toBeLessThan(78_000);
  });
});
