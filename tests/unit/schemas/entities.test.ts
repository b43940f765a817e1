import { describe, expect, it } from 'vitest';
import { countrySchema } from '~/schemas/country';
import { fieldSchema } from '~/schemas/field';
import { institutionSchema } from '~/schemas/institution';
import { pageSchema } from '~/schemas/page';
import { programmeSchema } from '~/schemas/programme';
import { siteSchema } from '~/schemas/site';
import { problemsOf, variant } from '../../helpers/schema';

describe('country', () => {
  it('needs its name in English', () => {
    expect(problemsOf(countrySchema, { name: { en: 'Poland', ru: 'Польша', kk: 'Польша' } })).toEqual([]);
    expect(problemsOf(countrySchema, { name: { ru: 'Польша' } })).toEqual([
      'name.en: is required but missing: add it. The English text; every entry needs it.',
    ]);
  });
});

describe('field', () => {
  it('needs a kebab-case id and a label', () => {
    expect(problemsOf(fieldSchema, { id: 'food-technology', label: { en: 'Food technology' } })).toEqual([]);
    expect(problemsOf(fieldSchema, { id: 'Food Technology', label: { en: 'Food technology' } })).toEqual([
      'id: must be lower-case words joined by hyphens, e.g. food-technology',
    ]);
  });
});

describe('institution', () => {
  const good = {
    name: { en: 'Vistula Institute' },
    country: 'pl',
    city: { en: 'Kraków' },
    ror: 'https://ror.org/03yrm5c26',
    example: true,
  };
  it('accepts a good entry and stores the bare ROR id', () => {
    expect(institutionSchema.parse(good).ror).toBe('03yrm5c26');
  });
  it('refuses a malformed ROR id and a website that is not a web address', () => {
    expect(
      problemsOf(
        institutionSchema,
        variant(good, (i) => {
          i.ror = 'ror-123';
        }),
      ),
    ).toEqual(['ror: must look like 03yrm5c26 or https://ror.org/03yrm5c26']);
    expect(problemsOf(institutionSchema, { ...good, website: 'data:text/html,hi' })).toEqual([
      'website: is not a web address: write a full address starting with https://',
    ]);
  });
});

describe('programme', () => {
  const good = {
    name: { en: 'Foreign Scientist programme' },
    shortName: { en: 'Foreign Scientist' },
    funder: { en: 'Ministry' },
    summary: { en: 'A programme.' },
    since: 2021,
  };
  it('accepts a good entry', () => expect(problemsOf(programmeSchema, good)).toEqual([]));
  it('refuses a year written as text', () => {
    expect(problemsOf(programmeSchema, { ...good, since: '2021' })).toEqual(['since: must be a year written as a number, e.g. 2024']);
  });
});

describe('page', () => {
  it('needs a one-line title and description, and the facts it relies on', () => {
    const good = {
      title: 'About',
      description: 'What this is.',
      reliesOn: ['site', 'https://atu.edu.kz/en/cooperation/academic-cooperation/'],
    };
    expect(problemsOf(pageSchema, good)).toEqual([]);
    expect(problemsOf(pageSchema, { ...good, description: undefined })).toEqual([
      'description: is required but missing: add it. One sentence for search engines and link previews.',
    ]);
    expect(problemsOf(pageSchema, { ...good, reliesOn: [] })).toEqual([
      'reliesOn: is empty: name at least one fact or source the page relies on',
    ]);
  });
});

describe('site settings', () => {
  const good = {
    title: { en: 'Visiting Professors' },
    tagline: { en: 'Who came' },
    baseUrl: 'https://example.org/',
    host: 'host-university',
    contact: { office: { en: 'International office' }, url: 'https://example.org/contact' },
    programmeFigures: { professors: 300, countries: 14, since: 2021 },
  };
  it('accepts good settings', () => expect(problemsOf(siteSchema, good)).toEqual([]));
  it('refuses a malformed e-mail address', () => {
    expect(
      problemsOf(
        siteSchema,
        variant(good, (s) => {
          (s.contact as Record<string, unknown>).email = 'office at example';
        }),
      ),
    ).toEqual(['contact.email: must be an e-mail address, e.g. international@example.kz']);
  });
});
