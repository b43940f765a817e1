import { describe, expect, it } from 'vitest';
import { editDistance } from '~/shared/distance';
import { closest, formatPath } from '~/lib/validation/messages';

describe('error-message helpers', () => {
  it('formats field paths the way editors read them', () => {
    expect(formatPath(['visits', 1, 'end'])).toBe('visits[1].end');
    expect(formatPath([2, 'id'])).toBe('[2].id');
  });

  it('counts a swapped pair of letters as one typo', () => {
    expect(editDistance('nmae', 'name')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('suggests a close match and nothing when nothing is close', () => {
    expect(closest('instituion', ['institution', 'country'])).toBe('institution');
    expect(closest('xx', ['kz', 'pl'])).toBeUndefined();
  });
});
