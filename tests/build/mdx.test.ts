// A prose page may be written in MDX (content/pages/<lang>/<name>.mdx): it is built like a
// Markdown page in every language, with the English text standing in where a translation is missing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { builtCase } from '../helpers/built-case';

describe('an MDX prose page', () => {
  const out = builtCase('mdx-page');
  const page = (lang: string) => parse(readFileSync(join(out, lang, 'guide', 'index.html'), 'utf8'));

  it('is built from its Markdown: heading, list, emphasis, link and escaped braces', () => {
    const prose = page('en').querySelector('main .prose')!;
    expect(page('en').querySelector('h1')?.text).toBe('Guide for hosts');
    expect(prose.querySelector('h2')?.text).toBe('Before the visit');
    expect(prose.querySelectorAll('li').map((li) => li.text.trim())).toEqual([
      'Agree on the dates with the department.',
      'Read the programme pages.',
    ]);
    expect(prose.querySelector('strong')?.text).toBe('dates');
    expect(prose.querySelector('a')?.getAttribute('href')).toBe('https://example.org/programmes');
    expect(prose.text).toContain('Curly braces are written as { and }, and 3 < 4 stays text.');
  });

  it('is shown in Russian where translated, and in English with the note in Kazakh', () => {
    expect(page('ru').querySelector('main .prose h2')?.text).toBe('До визита');
    const kk = page('kk');
    expect(kk.querySelector('main .prose')?.getAttribute('lang')).toBe('en');
    expect(kk.querySelector('main .prose h2')?.text).toBe('Before the visit');
    expect(kk.querySelector('main')?.text).toContain('Әзірге аударылмаған');
  });
});
