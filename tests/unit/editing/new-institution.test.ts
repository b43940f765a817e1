// A home institution added from the professor form (src/lib/editing/new-institution.ts):
// the file it writes is one the validator accepts, and what the validator would refuse
// is refused in the small form first, naming the box.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFile } from '~/lib/editing/form-data';
import {
  DETAIL_BOXES,
  EMPTY_DETAILS,
  INSTITUTION_ORDER,
  detailProblems,
  detailsOf,
  institutionFile,
  type InstitutionDetails,
} from '~/lib/editing/new-institution';
import { institutionSchema } from '~/schemas/institution';
import { shapeOf } from '~/schemas/introspect';

const PLOVDIV: InstitutionDetails = {
  ...EMPTY_DETAILS,
  nameEn: 'University of Plovdiv Paisii Hilendarski',
  nameRu: 'Пловдивский университет имени Паисия Хилендарского',
  country: 'bg',
  cityEn: 'Plovdiv',
  cityRu: 'Пловдив',
  website: 'https://uni-plovdiv.bg/',
  source: 'https://uni-plovdiv.bg/en/',
};

const accepted = (d: InstitutionDetails) => institutionSchema.safeParse(parse(institutionFile(d, 'content/institutions').text)).success;

describe('a new institution from the professor form', () => {
  it('is written as its own file, named by its English name, with nothing empty, in the schema’s order', () => {
    const file = institutionFile(PLOVDIV, 'content/institutions');
    expect(file.path).toBe('content/institutions/university-of-plovdiv-paisii-hilendarski.yaml');
    expect(file.text).toBe(
      [
        'name:',
        '  en: University of Plovdiv Paisii Hilendarski',
        '  ru: Пловдивский университет имени Паисия Хилендарского',
        'country: bg',
        'city:',
        '  en: Plovdiv',
        '  ru: Пловдив',
        'website: https://uni-plovdiv.bg/',
        'sources: [https://uni-plovdiv.bg/en/]',
        '',
      ].join('\n'),
    );
    expect(detailProblems(PLOVDIV)).toEqual([]);
    expect(accepted(PLOVDIV)).toBe(true);
    expect(INSTITUTION_ORDER).toEqual(Object.keys(shapeOf(institutionSchema)));
  });

  it('names a name with accents by its letters: Université de Lorraine → universite-de-lorraine', () => {
    expect(institutionFile({ ...PLOVDIV, nameEn: 'Université de Lorraine' }, 'content/institutions').id).toBe('universite-de-lorraine');
  });

  it('is read back into the same boxes when the form is opened again', () => {
    expect(detailsOf(readFile(institutionFile(PLOVDIV, 'x').text, false))).toEqual({ ...PLOVDIV, nameKk: '' });
  });

  it('refuses, naming the box, each required box left empty; the validator would refuse the file too', () => {
    for (const box of DETAIL_BOXES.filter((b) => b.required)) {
      const details = { ...PLOVDIV, [box.key]: '' };
      expect(detailProblems(details), box.key).toEqual([`Заполните поле «${box.label.split(' / ')[0]}».`]);
      // The source is required by the validator's rule for real entries, the rest by the schema.
      if (box.key !== 'source') expect(accepted(details), box.key).toBe(false);
    }
    expect(detailProblems(EMPTY_DETAILS)).toHaveLength(DETAIL_BOXES.filter((b) => b.required).length);
  });

  it('refuses Cyrillic in the English boxes, and web addresses without https://', () => {
    expect(detailProblems({ ...PLOVDIV, nameEn: 'Пловдивский университет' })).toEqual([
      '«Название по-английски»: напишите по-английски, латиницей; русский вариант — в соседнем поле.',
    ]);
    expect(detailProblems({ ...PLOVDIV, cityEn: 'Пловдив' })[0]).toMatch(/^«Город по-английски»: напишите по-английски/);
    const website = { ...PLOVDIV, website: 'uni-plovdiv.bg' };
    expect(detailProblems(website)).toEqual([
      '«Сайт»: нужен полный адрес, начинающийся с https:// (например, https://www.uni-plovdiv.bg/).',
    ]);
    expect(accepted(website)).toBe(false);
    expect(detailProblems({ ...PLOVDIV, source: 'see the website' })[0]).toMatch(
      /^«Источник»: нужен полный адрес, начинающийся с https:\/\//,
    );
  });

  it('refuses an institution already on the site, so the list’s entry is chosen instead', () => {
    expect(detailProblems(PLOVDIV, new Set(['university-of-plovdiv-paisii-hilendarski']))).toEqual([
      '«Название по-английски»: организация с таким названием уже есть на сайте. Нажмите «Отмена» и выберите её из списка; если её там нет, отметьте «Показать организации всех стран».',
    ]);
  });
});
