/** A joint research project, one file per project: `projects/<slug>.md`, the description in the body. */
import { z } from 'zod';
import { draft, example, httpUrl, isoDate, line, localized, ref, sources } from './common';
import { doi } from './identifiers';

export const PROJECT_STATUSES = ['planned', 'active', 'completed'] as const;
export const OUTPUT_TYPES = ['article', 'conference-paper', 'book', 'patent', 'dataset', 'software', 'prototype', 'other'] as const;

export const outputSchema = z
  .object({
    type: z
      .enum(OUTPUT_TYPES, { errorMap: () => ({ message: `must be one of: ${OUTPUT_TYPES.join(', ')}` }) })
      .describe(`Kind of result: one of ${OUTPUT_TYPES.join(', ')}.`),
    title: line('Title of the result.', 400),
    year: z
      .number({ invalid_type_error: 'must be a year written as a number, e.g. 2024' })
      .int()
      .min(1950, { message: 'must be a year after 1950' })
      .max(2100, { message: 'must be a year before 2100' })
      .describe('Year of the result.'),
    doi: doi.optional(),
    url: httpUrl('Web address of the result when it has no DOI.').optional(),
  })
  .strict();

export const projectSchema = z
  .object({
    title: localized('Title of the project.', 'line', 300),
    status: z
      .enum(PROJECT_STATUSES, { errorMap: () => ({ message: `must be one of: ${PROJECT_STATUSES.join(', ')}` }) })
      .describe('planned, active or completed.'),
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
            name: line('Name of the colleague at the host university.', 120),
            unit: localized('Their department.').optional(),
          })
          .strict(),
      )
      .default([])
      .describe('Colleagues at the host university who lead the project.'),
    partners: z.array(ref('institutions', 'warsaw-university-of-life-sciences')).default([]).describe('Partner institutions.'),
    fields: z.array(ref('fields', 'food-technology')).min(1, { message: 'needs at least one discipline from fields.yaml' }).describe('Disciplines.'),
    programme: ref('programmes', 'foreign-scientist').optional().describe('Programme that made the cooperation possible.'),
    funder: localized('Who funds the project, if not the programme.').optional(),
    grantNumber: line('Grant or contract number.', 80).optional(),
    outputs: z.array(outputSchema).default([]).describe('Publications, patents and other results.'),
    summary: localized('One or two sentences about the project, shown on cards.', 'prose', 500),
    example,
    sources,
    draft,
  })
  .strict()
  .superRefine((p, ctx) => {
    if (typeof p.end === 'string' && typeof p.start === 'string' && p.end < p.start) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['end'],
        message: `${p.end} is before start ${p.start}: the end cannot come before the start`,
      });
    }
    if (p.status === 'completed' && p.end === undefined) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['end'],
        message: 'is missing: a completed project needs its end date',
      });
    }
  });

export type ProjectData = z.infer<typeof projectSchema>;
