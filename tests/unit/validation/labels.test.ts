// "Did you mean" for a name typed where an id belongs: a country by its name in
// English, Russian or Kazakh, and an entry by its own name in any language.
import { describe, expect, it } from 'vitest';
import { checkReferences } from '~/lib/validation/rules/references';
import { countryCodeOf, idByLabel, labelIndex } from '~/lib/validation/labels';
import type { ContentModel, Entry } from '~/lib/validation/model';
import type { ProfessorData } from '~/schemas/professor';

describe('country names', () => {
  it('finds the code of a country written in English, Russian or Kazakh', () => {
    expect(countryCodeOf('Bulgaria')).toBe('bg');
    expect(countryCodeOf('Болгария')).toBe('bg'); // Russian and Kazakh alike
    expect(countryCodeOf('Germany')).toBe('de');
    expect(countryCodeOf('Германия')).toBe('de');
    expect(countryCodeOf('Түркия')).toBe('tr'); // Kazakh only
    expect(countryCodeOf('Турция')).toBe('tr');
    expect(countryCodeOf('Turkey')).toBe('tr');
    expect(countryCodeOf('Türkiye')).toBe('tr');
    expect(countryCodeOf('turkiye')).toBe('tr');
    expect(countryCodeOf('Ресей')).toBe('ru');
    expect(countryCodeOf('Қырғызстан')).toBe('kg');
  });

  it('knows common variants, three-letter codes and near misses', () => {
    expect(countryCodeOf('Czech Republic')).toBe('cz');
    expect(countryCodeOf('Czechia')).toBe('cz');
    expect(countryCodeOf('Белоруссия')).toBe('by');
    expect(countryCodeOf('Kyrgyz Republic')).toBe('kg');
    expect(countryCodeOf('the United Kingdom')).toBe('gb');
    expect(countryCodeOf('BGR')).toBe('bg');
    expect(countryCodeOf('Bulgria')).toBe('bg');
  });

  it('does not guess for what is no country', () => {
    expect(countryCodeOf('Narnia')).toBeUndefined();
    expect(countryCodeOf('Almaty')).toBeUndefined();
    expect(countryCodeOf('xx')).toBeUndefined();
  });
});

describe('entries by name', () => {
  const entries = [
    {
      id: 'almaty-technological-university',
      data: {
        name: {
          en: 'Almaty Technological University',
          ru: 'Алматинский технологический университет',
          kk: 'Алматы технологиялық университеті',
        },
        shortName: { en: 'ATU', ru: 'АТУ' },
      },
    },
    { id: 'food-technology', data: { label: { en: 'Food technology', ru: 'Технология пищевых продуктов' } } },
  ];
  const index = labelIndex(entries);

  it('finds an entry by its name in any language, or by its short name', () => {
    expect(idByLabel('Almaty Technological University', index)).toBe('almaty-technological-university');
    expect(idByLabel('Алматы технологиялық университеті', index)).toBe('almaty-technological-university');
    expect(idByLabel('АТУ', index)).toBe('almaty-technological-university');
    expect(idByLabel('технология пищевых продуктов', index)).toBe('food-technology');
    expect(idByLabel('Physics', index)).toBeUndefined();
  });

  it('the reference rule suggests the id, and offers a country file only for a real ISO code', () => {
    const professor = (country: string): Entry<ProfessorData> =>
      ({
        id: 'x',
        file: 'professors/x.md',
        data: {
          country,
          institution: 'almaty-technological-university',
          fields: [],
          visits: [],
          publications: [],
          example: true,
          draft: false,
        },
      }) as unknown as Entry<ProfessorData>;
    const model = {
      countries: [{ id: 'bg', file: 'countries/bg.yaml', data: { name: { en: 'Bulgaria', ru: 'Болгария', kk: 'Болгария' } } }],
      institutions: [{ id: 'almaty-technological-university', file: 'i.yaml', data: { ...entries[0]!.data, example: true, draft: false } }],
      programmes: [],
      fields: [],
      professors: ['Bulgaria', 'Болгария', 'Германия', 'bu', 'jp'].map(professor),
      projects: [],
      pages: [],
      files: [],
      broken: {},
      unparsed: [],
    } as unknown as ContentModel;
    expect(checkReferences(model).map((p) => p.message)).toEqual([
      'unknown country "Bulgaria": did you mean "bg"? use an id from content/countries/',
      'unknown country "Болгария": did you mean "bg"? use an id from content/countries/',
      'unknown country "Германия": did you mean "de"? write the country\u2019s two-letter code and create content/countries/de.yaml',
      'unknown country "bu": did you mean "bg"? use an id from content/countries/',
      'unknown country "jp": use an id from content/countries/ or create content/countries/jp.yaml',
    ]);
  });
});
