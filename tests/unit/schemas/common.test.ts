import { describe, expect, it } from 'vitest';
import { httpUrl, isoDate, line, localized } from '~/schemas/common';
import { problemsOf } from '../../helpers/schema';

describe('isoDate', () => {
  const date = isoDate('A date.');
  it('keeps YYYY-MM-DD strings and turns YAML dates back into them', () => {
    expect(date.parse('2023-04-10')).toBe('2023-04-10');
    expect(date.parse(new Date('2023-04-10'))).toBe('2023-04-10');
  });
  it('refuses days that do not exist', () => {
    expect(problemsOf(date, '2023-02-30')).toEqual(['-: "2023-02-30" is not a real calendar date: check the day and month']);
    expect(problemsOf(date, '2024-02-29')).toEqual([]);
  });
  it('refuses other formats, quoting what was written and giving the YYYY-MM-DD form when the day is clear', () => {
    expect(problemsOf(date, '17.10.2025')).toEqual(['-: "17.10.2025" is not written as YYYY-MM-DD: write 2025-10-17']);
    expect(problemsOf(date, '10.04.2023')).toEqual(['-: "10.04.2023" is not written as YYYY-MM-DD: write 2023-04-10']);
    expect(problemsOf(date, '1.3.2024')).toEqual(['-: "1.3.2024" is not written as YYYY-MM-DD: write 2024-03-01']);
    expect(problemsOf(date, '2025/10/17')).toEqual(['-: "2025/10/17" is not written as YYYY-MM-DD: write 2025-10-17']);
    expect(problemsOf(date, '17 October 2025')).toEqual(['-: "17 October 2025" is not written as YYYY-MM-DD: write 2025-10-17']);
    // Day and month could be either way round: no guess.
    expect(problemsOf(date, '03/04/2025')).toEqual(['-: "03/04/2025" is not a date written as YYYY-MM-DD: write it like 2023-04-10']);
    expect(problemsOf(date, '10/17/2025')).toEqual(['-: "10/17/2025" is not written as YYYY-MM-DD: write 2025-10-17']);
    // No such day: no suggestion of one.
    expect(problemsOf(date, '31.02.2025')).toEqual(['-: "31.02.2025" is not a date written as YYYY-MM-DD: write it like 2023-04-10']);
    expect(problemsOf(date, 2023)).toEqual(['-: "2023" is not a date written as YYYY-MM-DD: write it like 2023-04-10']);
  });
});

describe('localized text', () => {
  const text = localized('A title.');
  it('requires English and allows Russian and Kazakh', () => {
    expect(problemsOf(text, { en: 'Food', ru: 'Еда', kk: 'Тағам' })).toEqual([]);
    expect(problemsOf(text, { ru: 'Еда' })).toEqual(['en: is required but missing: add it. The English text; every entry needs it.']);
  });
  it('refuses an unknown language key and suggests the likely one', () => {
    expect(problemsOf(text, { en: 'Food', kz: 'Тағам' })).toEqual(['kz: unknown field: did you mean "kk"? Fix the spelling or remove it']);
  });
});

describe('line', () => {
  const name = line('A name.', 20);
  it('accepts names with apostrophes and diacritics', () => {
    for (const n of ["O'Brien", 'Łukasz Wróbel', 'Şahin Ćirić', 'Қасымұлы']) expect(problemsOf(name, n)).toEqual([]);
  });
  it('refuses bidi override characters, line breaks and over-long text', () => {
    expect(problemsOf(name, 'Anna\u202Eevil')).toEqual([
      '-: contains an invisible control or text-direction character: retype the text without it',
    ]);
    expect(problemsOf(name, 'Anna\nNovak')).toEqual(['-: must be on one line: remove the line break']);
    expect(problemsOf(name, 'x'.repeat(21))).toEqual(['-: is longer than 20 characters: shorten it']);
  });
});

describe('httpUrl', () => {
  const url = httpUrl('A link.');
  it('accepts https and http addresses only', () => {
    expect(problemsOf(url, 'https://example.org/a')).toEqual([]);
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'example.org', 'ftp://example.org/x']) {
      expect(problemsOf(url, bad)).toEqual(['-: is not a web address: write a full address starting with https://']);
    }
  });
});
