// The statistics page and the map, against the content files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { readContentTree } from '~/lib/validation/read';
import { ROOT } from '../helpers/run';

const professors = readContentTree(join(ROOT, 'content'))
  .files.filter((f) => f.collection === 'professors' && !(f.data as { draft?: boolean }).draft)
  .map((f) => f.data as { country: string; visits: unknown[] });
const page = (locale: string, path: string) => parse(readFileSync(join(inject('dist'), locale, path, 'index.html'), 'utf8'));

describe('statistics page', () => {
  it('shows the numbers of the content, in every language', () => {
    for (const locale of ['en', 'ru', 'kk']) {
      const numbers = page(locale, 'stats')
        .querySelectorAll('main ul.grid li')
        .map((li) => Number(/\d[\d\s,]*/.exec(li.text)![0].replace(/\D/g, '')));
      expect(numbers.slice(0, 2)).toEqual([professors.length, professors.reduce((n, p) => n + p.visits.length, 0)]);
    }
  });

  it('draws a map where every country with professors links to its page and says how many came', () => {
    const doc = page('en', 'stats');
    const map = doc.querySelector('svg[role="group"]')!;
    expect(map.getAttribute('aria-label')).toBeTruthy();
    const counts = new Map<string, number>();
    for (const p of professors) counts.set(p.country, (counts.get(p.country) ?? 0) + 1);
    for (const [country, n] of counts) {
      const link = map.querySelector(`a[href="/en/countries/${country}/"]`);
      expect(link, country).not.toBeNull();
      expect(link!.querySelector('title')!.text).toMatch(new RegExp(`: ${n} professors?$`));
    }
    // Shaded countries are the only links; Almaty is marked.
    expect(map.querySelectorAll('a')).toHaveLength(counts.size);
    expect(map.text).toContain('Almaty');
  });

  it('gives every chart a table with the same figures', () => {
    const doc = page('en', 'stats');
    const charts = doc.querySelectorAll('figure svg[role="img"]');
    expect(charts.length).toBeGreaterThanOrEqual(5);
    expect(doc.querySelectorAll('figure details table')).toHaveLength(charts.length);
    const perCountry = doc.querySelector('#per-country')!.parentNode!.querySelectorAll('tbody tr');
    expect(perCountry).toHaveLength(new Set(professors.map((p) => p.country)).size);
  });

  it('puts a country\u2019s own figures on its page', () => {
    const pl = page('en', 'countries/pl');
    expect(pl.querySelector('#in-numbers')?.text).toContain('Poland in numbers');
    expect(pl.querySelectorAll('#in-numbers ~ ul a.chip, section:has(#in-numbers) a.chip').length).toBeGreaterThan(0);
  });
});
