// An institution that nothing refers to yet does not stop the build (an editor
// in the browser adds a new home institution before its professor), and the
// site does not show it until a professor, visit or project refers to it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtCase } from '../helpers/built-case';

describe('an institution nothing refers to yet', () => {
  const out = builtCase('orphan-institution');

  it('builds, and has no page, no entry in the open data and no place in its country', () => {
    for (const locale of ['en', 'ru', 'kk'])
      expect(existsSync(join(out, locale, 'institutions', 'unused-institute', 'index.html'))).toBe(false);
    const institutions = JSON.parse(readFileSync(join(out, 'data', 'institutions.json'), 'utf8')) as { id: string }[];
    expect(institutions.map((i) => i.id)).not.toContain('unused-institute');
    expect(institutions.length).toBeGreaterThan(0);
    expect(readFileSync(join(out, 'en', 'countries', 'pl', 'index.html'), 'utf8')).not.toContain('Unused Institute');
  });
});
