// Each folder in tests/content/ is a content world: the base tree plus the
// case's files. The validator must print exactly the case's expected.txt, and
// the warnings in its warnings.txt and the notices in its notices.txt (none
// when the case has no such file).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatNotice, formatProblem, formatWarning, validateContent } from '~/lib/validation/index';
import { CASES_DIR, caseNames, materialise } from '../../helpers/content-cases';

function linesFor(caseName: string | null): { problems: string[]; warnings: string[]; notices: string[] } {
  const { dir, cleanup } = materialise(caseName);
  try {
    const result = validateContent(dir);
    const relative = (line: string) => line.split(`${dir}/`).join('');
    return {
      problems: result.problems.map((p) => relative(formatProblem(p))),
      warnings: result.warnings.map((w) => relative(formatWarning(w))),
      notices: result.notices.map((n) => relative(formatNotice(n))),
    };
  } finally {
    cleanup();
  }
}

function expectedLines(caseName: string, file: string): string[] {
  const path = join(CASES_DIR, caseName, file);
  return existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter(Boolean) : [];
}

describe('content fixture worlds', () => {
  it('the base tree is valid and complete: no problem, no warning, no notice', () => {
    expect(linesFor(null)).toEqual({ problems: [], warnings: [], notices: [] });
  });

  for (const name of caseNames()) {
    it(name, () => {
      expect(linesFor(name)).toEqual({
        problems: expectedLines(name, 'expected.txt'),
        warnings: expectedLines(name, 'warnings.txt'),
        notices: expectedLines(name, 'notices.txt'),
      });
    });
  }
});
