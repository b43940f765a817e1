/** One stay of a professor at the host (or another Kazakh) university. Lives inside a professor file. */
import { z } from 'astro/zod';
import { ALWAYS, endNotBeforeStart, isoDate, localized, ref, typeError } from './common';

/** Forms of cooperation the programmes fund. */
export const FORMATS = ['lecture-course', 'internship', 'joint-research', 'seminar', 'supervision', 'consultation', 'other'] as const;
export type Format = (typeof FORMATS)[number];

const format = z.enum(FORMATS, { error: `must be one of: ${FORMATS.join(', ')}` });

export const activitySchema = z
  .object({
    type: format.describe(`Kind of activity: one of ${FORMATS.join(', ')}.`),
    title: localized('Title of the course, seminar or activity.'),
    hours: z
      .number({ error: typeError('must be a number of hours, e.g. 36') })
      .positive({ message: 'must be more than 0' })
      .max(2000, { message: 'must be at most 2000 hours' })
      .optional()
      .describe('Contact hours, e.g. 36.'),
    audience: localized('Who attended, e.g. "Master\u2019s students in food technology".').optional(),
  })
  .strict();

export const visitSchema = z
  .object({
    programme: ref('programmes', 'foreign-scientist'),
    start: isoDate('First day of the visit.'),
    end: isoDate('Last day of the visit (the same as start for a one-day visit).'),
    host: ref('institutions', 'almaty-technological-university')
      .optional()
      .describe('Id of the institution visited; leave out for the site\u2019s host university.'),
    unit: localized('Department or faculty that hosted the visit.').optional(),
    formats: z
      .array(format.describe(`One of ${FORMATS.join(', ')}.`))
      .min(1, { message: `needs at least one form of cooperation: ${FORMATS.join(', ')}` })
      .describe('Forms of cooperation during the visit.'),
    activities: z.array(activitySchema).default([]).describe('Courses, seminars and other activities during the visit.'),
    note: localized('A short public note on the visit, e.g. that the dates may still change.').optional(),
  })
  .strict()
  .superRefine(endNotBeforeStart('the last day cannot come before the first'), ALWAYS)
  .describe('One stay at the host university: programme, dates and what was done.');

export type VisitData = z.infer<typeof visitSchema>;
