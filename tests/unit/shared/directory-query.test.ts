// The directory's filtering, counting, name search and ordering, on a small hand-made index.
import { describe, expect, it } from 'vitest';
import {
  answer,
  closestRows,
  nameRows,
  nameRowsIn,
  nameShards,
  queryTerms,
  rowsWith,
  scores,
  searchable,
  shardsFor,
  valuesNamed,
  type QueryIndex,
} from '~/shared/directory-query';
import { nameWords } from '~/lib/directory-index';

// Rows in reading order. Groups: country (0 pl, 1 de, 2 tr), field (0 food, 1 energy, 2 textiles), year (0 2024, 1 2023).
const index: QueryIndex = {
  total: 5,
  facets: {
    country: [[0], [0], [1], [2], [1]],
    field: [[0, 1], [0], [2], [1], [0]],
    year: [[1], [0], [0, 1], [1], [0]],
  },
};
const recent = [1, 3, 3, 0, 2];
const groups = [
  { name: 'country', size: 3 },
  { name: 'field', size: 3 },
  { name: 'year', size: 2 },
];
const names = {
  words: [
    'Anna Kowalska Анна Ковальская',
    'Łukasz Wróbel Лукаш Врубель',
    'Jens Müller',
    'Ayşe Şahin Айше Шахин',
    'Eva Braun Ева Браун Ева Браун',
  ],
  institution: [0, 1, 2, 3, 2],
  institutions: ['Gdańsk University of Technology', 'Warsaw University of Life Sciences', 'TU Dresden', 'Ege University'],
};
const words = searchable(names, {
  country: ['Poland', 'Germany', 'Türkiye'],
  field: ['Food technology', 'Energy', 'Textiles'],
  year: ['2024', '2023'],
});
const none = { country: [], field: [], year: [] };
const run = (selected: Record<string, number[]>, sort: 'name' | 'recent' | 'relevance' = 'name', text = '') =>
  answer(index, { selected: { ...none, ...selected }, sort }, groups, { score: text ? scores(index, words, text) : undefined, recent });

describe('directory query', () => {
  it('lists everyone in reading order with nothing chosen, counting every value', () => {
    const r = run({});
    expect(r.rows).toEqual([0, 1, 2, 3, 4]);
    expect(r.counts).toEqual({ country: [2, 2, 1], field: [3, 2, 1], year: [3, 3] });
  });

  it('combines values of a group with OR and groups with AND', () => {
    expect(run({ country: [0, 1] }).rows).toEqual([0, 1, 2, 4]);
    expect(run({ country: [0, 1], field: [0] }).rows).toEqual([0, 1, 4]);
    expect(run({ country: [0, 1], field: [0], year: [1] }).rows).toEqual([0]);
  });

  it("counts each value as the list it would give if ticked too, so chosen values' counts add up to the list", () => {
    const r = run({ country: [0, 1], field: [0] });
    // Country counts ignore the country choice but keep the field choice.
    expect(r.counts.country).toEqual([2, 1, 0]);
    expect(r.counts.country![0]! + r.counts.country![1]!).toBe(r.rows.length);
    // Field counts ignore the field choice but keep the countries.
    expect(r.counts.field).toEqual([3, 1, 1]);
    // Year counts apply both.
    expect(r.counts.year).toEqual([2, 1]);
  });

  it('orders by most recent visit, equal dates in reading order', () => {
    expect(run({}, 'recent').rows).toEqual([1, 2, 4, 0, 3]);
  });

  it('finds names in any script, folded and transliterated', () => {
    expect(run({}, 'name', 'wrobel').rows).toEqual([1]);
    expect(run({}, 'name', 'Врубель').rows).toEqual([1]);
    expect(run({}, 'name', 'vrubel').rows).toEqual([1]);
    expect(run({}, 'name', 'SAHIN').rows).toEqual([3]);
    expect(run({}, 'name', 'muller').rows).toEqual([2]);
    // A word typed partly finds names that start with it.
    expect(run({}, 'name', 'kowal').rows).toEqual([0]);
    expect(run({}, 'name', 'zzz').rows).toEqual([]);
  });

  it('finds institutions, countries and fields by their words, every query word applying', () => {
    expect(run({}, 'name', 'dresden').rows).toEqual([2, 4]);
    expect(run({}, 'name', 'poland').rows).toEqual([0, 1]);
    expect(run({}, 'name', 'textiles').rows).toEqual([2]);
    expect(run({}, 'name', 'dresden braun').rows).toEqual([4]);
    expect(run({ field: [0] }, 'name', 'dresden').rows).toEqual([4]);
  });

  it('ranks a whole name word above its start, and a name above an institution, ties in reading order', () => {
    const idx: QueryIndex = { total: 4, facets: {} };
    const w = searchable(
      {
        words: ['Bob Smith', 'Anatoly Petrov', 'Ana Lopez', 'Ana Ruiz'].map((n) => nameWords([n])),
        institution: [0, 1, 1, 1],
        institutions: ['Anadolu University', 'MIT'],
      },
      {},
    );
    const ask = (sort: 'name' | 'relevance', text: string) => answer(idx, { selected: {}, sort }, [], { score: scores(idx, w, text) }).rows;
    expect(ask('relevance', 'ana')).toEqual([2, 3, 1, 0]);
    expect(ask('name', 'ana')).toEqual([0, 1, 2, 3]);
    expect(ask('relevance', 'anad')).toEqual([0]);
  });

  it('keeps each name word once, in Latin letters, whatever script the content wrote it in', () => {
    expect(nameWords(['Łukasz Wróbel', 'Лукаш Врубель', 'Лукаш Врубель'])).toBe('lukasz wrobel lukash vrubel');
    expect(nameWords(['Aigerim Kasymova', 'Айгерим Касымова', 'Әйгерім Қасымова'])).toBe('aigerim kasymova');
    expect(() => answer(index, { selected: none, sort: 'recent' }, groups)).toThrow(/recent/);
  });

  it('finds a name written in another romanisation or in Kazakh Latin letters', () => {
    // Ковальская is indexed as kovalskaya; people also write Kovalskaia or Kowalskaja.
    expect(run({}, 'relevance', 'Kovalskaia').rows).toEqual([0]);
    expect(run({}, 'relevance', 'Shakhin').rows).toEqual([3]);
    expect(run({}, 'relevance', 'Şahin').rows).toEqual([3]);
  });

  it('offers the nearest names for a query that found nothing, within a likely typo', () => {
    expect(closestRows(names, 'Vrubell')).toEqual([1]);
    expect(closestRows(names, 'Wrobell')).toEqual([1]);
    expect(closestRows(names, 'Kovalskaja')).toEqual([0]);
    expect(closestRows(names, 'Zzyzx')).toEqual([]);
    expect(closestRows(names, 'ab')).toEqual([]);
  });

  it('answers the search page from the names alone: every word in the name, whole words before starts', () => {
    expect(nameRows(names, 'Vrubel')).toEqual([1]);
    expect(nameRows(names, 'Врубель')).toEqual([1]);
    expect(nameRows(names, 'kovalskaia')).toEqual([0]);
    // "Bra" starts Braun; "Eva Braun" matches both words, "Anna Braun" does not.
    expect(nameRows(names, 'bra')).toEqual([4]);
    expect(nameRows(names, 'anna braun')).toEqual([]);
    // Institutions and fields are not names: the search page reads them in the text.
    expect(nameRows(names, 'Dresden')).toEqual([]);
    expect(nameRows(names, 'Energy')).toEqual([]);
    expect(nameRows(names, ' , ')).toEqual([]);
    // A whole name word ranks before a name that only starts with it.
    const two = { ...names, words: ['Anna Annaeva', 'Anna Ivanova', 'Annika Berg'] };
    expect(nameRows(two, 'anna')).toEqual([0, 1]);
    expect(nameRows(two, 'ann')).toEqual([0, 1, 2]);
    expect(nameRows({ ...names, words: ['Annabel Berg', 'Anna Ivanova'] }, 'anna')).toEqual([1, 0]);
  });

  it('finds the same people in the name shards a query names as in all the names', () => {
    const shards = nameShards(names.words);
    // Every row is in the shard of each of its words' first letters, in every searched form (Wróbel: w; vrubel: v).
    expect(shards.get('w')!.rows).toContain(1);
    expect(shards.get('v')!.rows).toContain(1);
    expect(shardsFor('Врубель')).toEqual(['_', 'v']);
    const queries = names.words.flatMap((w) => w.split(' ').flatMap((word) => [word, word.slice(0, 2), word.toUpperCase(), `${word} x`]));
    for (const q of [...queries, 'Vrubel', 'Kovalskaia', 'Sahin', 'eva braun', 'bra', 'zzz', ''])
      expect(
        nameRowsIn(
          shardsFor(q).flatMap((k) => shards.get(k) ?? []),
          q,
        ),
        q,
      ).toEqual(nameRows(names, q));
  });

  it('splits the query and gives each its transliterated form and its skeleton', () => {
    expect(queryTerms('  Қасымұлы, Wróbel ')).toEqual([['касымулы', 'kasymuly', 'kasimuli'], ['wrobel']]);
    expect(queryTerms('Qyrğyzstan')).toEqual([['qyrgyzstan', 'kirgizstan']]);
  });

  it('knows a country by any of its names, in any script or romanisation, and lists its rows', () => {
    // A country's words: its names in every language (as directory-index gives them).
    const countries = ['Poland Польша', 'Germany Германия', 'Kyrgyzstan Кыргызстан Қырғызстан'];
    for (const q of ['Poland', 'польша', 'Polsha', 'POL']) expect(valuesNamed(countries, q), q).toEqual([0]);
    for (const q of ['Qyrğyzstan', 'Qyrgyzstan', 'Кыргызстан', 'Қырғызстан', 'Kirgizstan'])
      expect(valuesNamed(countries, q), q).toEqual([2]);
    // Every word must name it; a one- or two-letter word only as a whole word; names of people name no country.
    for (const q of ['Poland Germany', 'po', 'Wróbel', '']) expect(valuesNamed(countries, q), q).toEqual([]);
    expect(rowsWith(index, 'country', [0])).toEqual([0, 1]);
    expect(rowsWith(index, 'country', [1, 2])).toEqual([2, 3, 4]);
  });
});
