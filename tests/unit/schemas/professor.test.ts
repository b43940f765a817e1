import { describe, expect, it } from 'vitest';
import { professorSchema } from '~/schemas/professor';
import { imagePath } from '~/schemas/image';
import { problemsOf, variant } from '../../helpers/schema';

const schema = professorSchema({ image: imagePath });

const good = {
  name: 'Łukasz Wróbel',
  nameRu: 'Лукаш Врубель',
  degree: 'PhD',
  position: { en: 'Associate Professor', ru: 'Доцент' },
  photo: { src: './photos/lukasz-wrobel.jpg', alt: { en: 'Portrait of Łukasz Wróbel' } },
  country: 'pl',
  institution: 'vistula-institute',
  fields: ['food-technology'],
  teachingLanguages: ['en', 'ru'],
  links: { orcid: '0000-0002-1825-0097', scopus: '57193456789', website: 'https://www.example.edu/wrobel' },
  visits: [
    {
      programme: 'foreign-scientist',
      start: '2023-04-10',
      end: '2023-05-05',
      unit: { en: 'Department of Food Technology' },
      formats: ['lecture-course', 'joint-research'],
      activities: [{ type: 'lecture-course', title: { en: 'Food preservation' }, hours: 36 }],
    },
  ],
  publications: [{ title: 'A joint article', year: 2024, doi: '10.5555/123' }],
  summary: { en: 'Food engineer.' },
  example: true,
};

describe('professor schema', () => {
  it('accepts a complete entry and fills defaults', () => {
    const parsed = schema.parse(good);
    expect(parsed.draft).toBe(false);
    expect(parsed.sources).toEqual([]);
    expect(parsed.visits[0]?.activities[0]?.hours).toBe(36);
  });

  it('accepts a minimal entry', () => {
    const minimal = {
      name: 'Anna Novak',
      position: { en: 'Professor' },
      country: 'cz',
      institution: 'x-university',
      fields: ['design'],
      visits: [{ programme: 'erasmus-icm', start: '2022-01-10', end: '2022-01-10', formats: ['seminar'] }],
      summary: { en: 'Designer.' },
    };
    expect(problemsOf(schema, minimal)).toEqual([]);
  });

  // One bad fixture per rule; each asserts the exact line an editor reads.
  const cases: [string, (p: typeof good & Record<string, unknown>) => void, string[]][] = [
    [
      'missing required English name',
      (p) => delete (p as Partial<typeof good>).name,
      ['name: is required but missing: add it. Full name as the person writes it in Latin script, e.g. "Anna Novák".'],
    ],
    [
      'misspelt key',
      (p) => {
        p.nmae = 'x';
      },
      ['nmae: unknown field: did you mean "name"? Fix the spelling or remove it'],
    ],
    [
      'missing English position',
      (p) => {
        p.position = { ru: 'Доцент' } as never;
      },
      ['position.en: is required but missing: add it. The English text; every entry needs it.'],
    ],
    [
      'country is not an id',
      (p) => {
        p.country = 'Poland';
      },
      ['country: "Poland" is not the id of an entry in countries: write its file name without extension, e.g. pl'],
    ],
    [
      'no fields',
      (p) => {
        p.fields = [];
      },
      ['fields: needs at least one discipline from fields.yaml'],
    ],
    [
      'no visits',
      (p) => {
        p.visits = [];
      },
      ['visits: needs at least one visit: add one under visits'],
    ],
    [
      'visit end before start',
      (p) => {
        p.visits[0]!.end = '2023-03-01';
      },
      ['visits[0].end: 2023-03-01 is before start 2023-04-10: the last day cannot come before the first'],
    ],
    [
      'impossible date',
      (p) => {
        p.visits[0]!.start = '2023-02-30';
      },
      ['visits[0].start: "2023-02-30" is not a real calendar date: check the day and month'],
    ],
    [
      'unknown format',
      (p) => {
        p.visits[0]!.formats = ['lectures'];
      },
      ['visits[0].formats[0]: must be one of: lecture-course, internship, joint-research, seminar, supervision, consultation, other'],
    ],
    [
      'negative hours',
      (p) => {
        p.visits[0]!.activities[0]!.hours = -3;
      },
      ['visits[0].activities[0].hours: must be more than 0'],
    ],
    [
      'bad ORCID checksum',
      (p) => {
        p.links.orcid = '0000-0002-1825-0098';
      },
      ['links.orcid: has a wrong check digit: copy the iD again from the person\u2019s orcid.org page'],
    ],
    [
      'javascript: website',
      (p) => {
        p.links.website = 'javascript:alert(1)';
      },
      ['links.website: is not a web address: write a full address starting with https://'],
    ],
    [
      'photo without alt text',
      (p) => {
        p.photo = { src: './photos/x.jpg' } as never;
      },
      [
        'photo.alt: is required but missing: add it. What the picture shows, for people who cannot see it, e.g. "Portrait of Anna Novák". Give English as `en`, and Russian (`ru`) and Kazakh (`kk`) where you have them.',
      ],
    ],
    [
      'photo path leaving the content folder',
      (p) => {
        p.photo.src = '../../etc/passwd.jpg';
      },
      [
        'photo.src: must be a path to a .jpg, .png, .webp or .avif file next to this entry, e.g. ./photos/anna-novak.jpg',
        'photo.src: must not leave the content folder (no ..): put the image next to this entry',
      ],
    ],
    [
      'wrong type',
      (p) => {
        p.fields = 'food-technology' as never;
      },
      ['fields: must be a list, not text'],
    ],
    [
      'bad DOI',
      (p) => {
        p.publications[0]!.doi = 'not-a-doi';
      },
      ['publications[0].doi: must look like 10.1000/xyz123 or https://doi.org/10.1000/xyz123'],
    ],
    [
      'bad source URL',
      (p) => {
        (p as Record<string, unknown>).sources = ['www.example.org'];
      },
      ['sources[0]: is not a web address: write a full address starting with https://'],
    ],
    [
      'bidi override in a name',
      (p) => {
        p.name = 'Anna \u202Ekavon';
      },
      ['name: contains an invisible control or text-direction character: retype the text without it'],
    ],
  ];

  for (const [rule, change, expected] of cases) {
    it(`refuses: ${rule}`, () => {
      expect(problemsOf(schema, variant(good, change as (p: typeof good) => void))).toEqual(expected);
    });
  }

  it('reports every problem of one entry at once', () => {
    const bad = variant(good, (p) => {
      (p as Record<string, unknown>).nmae = 'x';
      p.links.orcid = '0000-0002-1825-0098';
      p.visits[0]!.formats = ['lectures'];
    });
    expect(problemsOf(schema, bad)).toHaveLength(3);
  });
});
