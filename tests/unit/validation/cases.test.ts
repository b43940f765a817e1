// Each folder in tests/content/ is a content world: the base tree plus the
// case's files. The validator must print exactly the case's expected.txt.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, validateContent } from '~/lib/validation/index';
import { CASES_DIR, caseNames, materialise } from '../../helpers/content-cases';

function linesFor(caseName: string | null): string[] {
  const { dir, cleanup } = materialise(caseName);
  try {
    return validateContent(dir).problems.map((p) => formatProblem(p).split(`${dir}/`).join(''));
  } finally {
    cleanup();
  }
}

describe('content fixture worlds', () => {
  it('the base tree is valid', () => {
    expect(linesFor(null)).toEqual([]);
  });

  for (const name of caseNames()) {
    it(name, () => {
      const expected = readFileSync(join(CASES_DIR, name, 'expected.txt'), 'utf8')
        .split('\n')
        .filter(Boolean);
      expect(linesFor(name)).toEqual(expected);
    });
  }
});
