import { describe, expect, it } from 'vitest';
import { projectSchema } from '~/schemas/project';
import { problemsOf, variant } from '../../helpers/schema';

const good = {
  title: { en: 'Dried fruit quality', ru: 'Качество сухофруктов' },
  status: 'completed',
  start: '2023-01-15',
  end: '2024-12-31',
  professors: ['anna-novak'],
  localLeads: [{ name: 'Aigerim Example', unit: { en: 'Department of Food Technology' } }],
  partners: ['vistula-institute'],
  fields: ['food-technology'],
  programme: 'foreign-scientist',
  grantNumber: 'AP00000000',
  outputs: [{ type: 'article', title: 'Drying apricots', year: 2024, doi: '10.5555/1' }],
  summary: { en: 'How drying changes fruit.' },
  example: true,
};

describe('project schema', () => {
  it('accepts a complete entry', () => {
    expect(problemsOf(projectSchema, good)).toEqual([]);
  });

  const cases: [string, (p: typeof good) => void, string[]][] = [
    [
      'unknown status',
      (p) => {
        p.status = 'finished';
      },
      ['status: must be one of: planned, active, completed'],
    ],
    [
      'end before start',
      (p) => {
        p.end = '2022-12-31';
      },
      ['end: 2022-12-31 is before start 2023-01-15: the end cannot come before the start'],
    ],
    [
      'completed without end',
      (p) => {
        delete (p as Partial<typeof good>).end;
      },
      ['end: is missing: a completed project needs its end date'],
    ],
    [
      'no professors',
      (p) => {
        p.professors = [];
      },
      ['professors: needs at least one visiting professor (their file name, e.g. anna-novak)'],
    ],
    [
      'unknown output type',
      (p) => {
        p.outputs[0]!.type = 'paper';
      },
      ['outputs[0].type: must be one of: article, conference-paper, book, patent, dataset, software, prototype, other'],
    ],
    [
      'year as text',
      (p) => {
        (p.outputs[0] as Record<string, unknown>).year = 'last year';
      },
      ['outputs[0].year: must be a year written as a number, e.g. 2024'],
    ],
    [
      'misspelt key in a nested object',
      (p) => {
        (p.localLeads[0] as Record<string, unknown>).unti = 'x';
      },
      ['localLeads[0].unti: unknown field: did you mean "unit"? Fix the spelling or remove it'],
    ],
    [
      'missing summary',
      (p) => {
        delete (p as Partial<typeof good>).summary;
      },
      [
        'summary: is required but missing: add it. One or two sentences about the project, shown on cards. Give English as `en`, and Russian (`ru`) and Kazakh (`kk`) where you have them.',
      ],
    ],
  ];
  for (const [rule, change, expected] of cases) {
    it(`refuses: ${rule}`, () => expect(problemsOf(projectSchema, variant(good, change))).toEqual(expected));
  }
});
