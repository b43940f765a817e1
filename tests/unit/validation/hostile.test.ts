// Hostile and broken input (tests/fixtures/bad/): every case is refused with a
// line naming its file and field. Valid but tricky input (tests/fixtures/good/) passes.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, validateContent } from '~/lib/validation/index';
import { BAD_DIR, caseNames, materialise } from '../../helpers/content-cases';

const GOOD_DIR = join(BAD_DIR, '..', 'good');

function overlayFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name !== 'expected.txt')
    .map((d) => relative(dir, join(d.parentPath, d.name)));
}

describe('hostile and broken input', () => {
  const cases = caseNames(BAD_DIR);

  it('has at least 30 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  for (const name of cases) {
    it(`refuses ${name}`, () => {
      const { dir, cleanup } = materialise(name, BAD_DIR);
      try {
        const lines = validateContent(dir).problems.map((p) => formatProblem(p).split(`${dir}/`).join(''));
        const expected = readFileSync(join(BAD_DIR, name, 'expected.txt'), 'utf8')
          .split('\n')
          .filter(Boolean);
        expect(lines).toEqual(expected);
        // At least one line names a file of the case and a field (or "-" for the whole file).
        const files = overlayFiles(join(BAD_DIR, name));
        expect(lines.some((l) => files.some((f) => l.startsWith(`${f}: `)) && /^[^:]+: [^:]+: /.test(l))).toBe(true);
      } finally {
        cleanup();
      }
    });
  }
});

describe('valid but tricky input', () => {
  it('accepts apostrophes, diacritics, Kazakh letters, right-to-left text in quotes, 29 February and a byte-order mark', () => {
    const { dir, cleanup } = materialise('good', join(GOOD_DIR, '..'));
    try {
      expect(validateContent(dir).problems.map(formatProblem)).toEqual([]);
    } finally {
      cleanup();
    }
  });
});
