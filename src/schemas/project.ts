/** A joint research project, one file per project: `projects/<slug>.md`, the description in the body. */
import { z } from 'astro/zod';
import {
  ALWAYS,
  bodyTranslations,
  draft,
  endNotBeforeStart,
  englishOnly,
  example,
  httpUrl,
  isoDate,
  line,
  localized,
  ref,
  sources,
  year,
} from './common';
import { doi } from './identifiers';

/** A project's statuses, in the order of its life. */
export const PROJECT_STATUSES = ['planned', 'active', 'completed'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
export const OUTPUT_TYPES = ['article', 'conference-paper', 'book', 'patent', 'dataset', 'software', 'prototype', 'other'] as const;

export const outputSchema = z
  .object({
    type: z
      .enum(OUTPUT_TYPES, { error: `must be one of: ${OUTPUT_TYPES.join(', ')}` })
      .describe(`Kind of result: one of ${OUTPUT_TYPES.join(', ')}.`),
    title: line('Title of the result.', 400),
    year: year('Year of the result.'),
    doi: doi.optional(),
    url: httpUrl('Web address of the result when it has no DOI.').optional(),
  })
  .strict();

export const projectSchema = z
  .object({
    title: localized('Title of the project.', 'line', 300),
    status: z.enum(PROJECT_STATUSES, { error: `must be one of: ${PROJECT_STATUSES.join(', ')}` }).describe('planned, active or completed.'),
    start: isoDate('When the project started (or will start).'),
    end: isoDate('When the project ended or is planned to end.').optional(),
    professors: z
      .array(ref('professors', 'anna-novak'))
      .min(1, { message: 'needs at least one visiting professor (their file name, e.g. anna-novak)' })
      .describe('Visiting professors taking part: their file names.'),
    localLeads: z
      .array(
        z
          .object({
            name: line('Name of the colleague at the host university in Latin script.', 120),
            nameRu: line('The name in Russian Cyrillic.', 120).optional(),
            nameKk: line('The name in Kazakh Cyrillic.', 120).optional(),
            unit: localized('Their department.').optional(),
          })
          .strict(),
      )
      .default([])
      .describe('Colleagues at the host university who lead the project.'),
    partners: z.array(ref('institutions', 'warsaw-university-of-life-sciences')).default([]).describe('Partner institutions.'),
    fields: z
      .array(ref('fields', 'food-technology'))
      .min(1, { message: 'needs at least one discipline from fields.yaml' })
      .describe('Disciplines.'),
    programme: ref('programmes', 'foreign-scientist').optional().describe('Programme that made the cooperation possible.'),
    funder: localized('Who funds the project, if not the programme.').optional(),
    grantNumber: line('Grant or contract number.', 80).optional(),
    outputs: z.array(outputSchema).default([]).describe('Publications, patents and other results.'),
    summary: localized('One or two sentences about the project, shown on cards.', 'prose', 500),
    about: bodyTranslations('Project text'),
    example,
    englishOnly,
    sources,
    draft,
  })
  .strict()
  .superRefine(endNotBeforeStart('the end cannot come before the start'), ALWAYS)
  .superRefine((p, ctx) => {
    if (p.status === 'completed' && p.end === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: 'is missing: a completed project needs its end date',
      });
    }
  }, ALWAYS);

export type ProjectData = z.infer<typeof projectSchema>;
