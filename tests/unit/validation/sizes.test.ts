// A content file or its text past the size limits is refused with the file, the size and the limit,
// before anything tries to parse or render it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, validateContent } from '~/lib/validation/index';
import { MAX_BODY_BYTES, MAX_FILE_BYTES } from '~/lib/validation/read';
import { materialise } from '../../helpers/content-cases';

function problemsAfter(edit: (dir: string) => void): string[] {
  const { dir, cleanup } = materialise(null);
  try {
    edit(dir);
    return validateContent(dir).problems.map((p) => formatProblem(p).split(`${dir}/`).join(''));
  } finally {
    cleanup();
  }
}

const PROFESSOR = 'professors/anna-novak.md';
const paragraph = 'A long paragraph of a biography, written again and again. ';

describe('size limits', () => {
  it('refuses a text under the front matter past the limit, naming its size and the limit', () => {
    const lines = problemsAfter((dir) => {
      const file = join(dir, PROFESSOR);
      writeFileSync(file, readFileSync(file, 'utf8') + paragraph.repeat(Math.ceil((MAX_BODY_BYTES + 1024) / paragraph.length)));
    });
    expect(lines).toEqual([`${PROFESSOR}: body: is 130 KB; the text under the front matter may be at most 128 KB: shorten it`]);
  });

  it('refuses a whole file past the limit without reading it', () => {
    const lines = problemsAfter((dir) => {
      const file = join(dir, PROFESSOR);
      writeFileSync(file, readFileSync(file, 'utf8') + paragraph.repeat(Math.ceil((11 * 1024 * 1024) / paragraph.length)));
    });
    expect(lines).toEqual([
      `${PROFESSOR}: -: is 11.0 MB; a content file may be at most ${MAX_FILE_BYTES / 1024} KB: shorten the text (a photo goes in its own file)`,
    ]);
  });

  it('accepts a long biography within the limits', () => {
    const lines = problemsAfter((dir) => {
      const file = join(dir, PROFESSOR);
      writeFileSync(file, readFileSync(file, 'utf8') + paragraph.repeat(Math.floor((MAX_BODY_BYTES - 2048) / paragraph.length)));
    });
    expect(lines).toEqual([]);
  });
});
