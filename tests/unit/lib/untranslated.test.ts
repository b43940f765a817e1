// Where a page says that text is shown in English: per block, or once for a page that is mostly English.
import { describe, expect, it } from 'vitest';
import { anyInEnglish, inEnglish, notePlan } from '~/lib/untranslated';

const both = { en: 'Food', ru: 'Еда', kk: 'Тағам' };
const onlyEn = { en: 'Food' };
const noKk = { en: 'Food', ru: 'Еда' };

describe('inEnglish', () => {
  it('is true only where the page language has no text of its own', () => {
    expect(inEnglish(onlyEn, 'ru')).toBe(true);
    expect(inEnglish(noKk, 'ru')).toBe(false);
    expect(inEnglish(noKk, 'kk')).toBe(true);
    expect(inEnglish(onlyEn, 'en')).toBe(false);
    expect(inEnglish(undefined, 'ru')).toBe(false);
    // A rendered text by its language: an English biography on a Kazakh page.
    expect(inEnglish('en', 'kk')).toBe(true);
    expect(inEnglish('kk', 'kk')).toBe(false);
    expect(anyInEnglish([both, undefined, noKk], 'kk')).toBe(true);
    expect(anyInEnglish([both, undefined, noKk], 'ru')).toBe(false);
  });
});

describe('notePlan', () => {
  it('notes each block that shows English text while most of the page is translated', () => {
    const plan = notePlan('ru', [[both, onlyEn], [both], [both, both]], [both]);
    expect(plan).toEqual({ page: false, blocks: [true, false, false] });
  });

  it('notes the page once, and no block, when more than half of its texts are English', () => {
    const plan = notePlan('ru', [[onlyEn, onlyEn], [both], ['en']], [onlyEn]);
    expect(plan).toEqual({ page: true, blocks: [false, false, false] });
  });

  it('counts card texts towards the page but never notes them, and leaves missing fields out', () => {
    expect(notePlan('kk', [[both, undefined, undefined]], [onlyEn, onlyEn])).toEqual({ page: true, blocks: [false] });
    expect(notePlan('kk', [[both, both, undefined]], [onlyEn])).toEqual({ page: false, blocks: [false] });
    // Exactly half is not most.
    expect(notePlan('ru', [[both], [onlyEn]])).toEqual({ page: false, blocks: [false, true] });
    expect(notePlan('en', [[onlyEn]])).toEqual({ page: false, blocks: [false] });
  });
});
