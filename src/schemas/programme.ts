/** A programme that pays for or organises visits, e.g. "Foreign Scientist" or Erasmus+ ICM. */
import { z } from 'zod';
import { draft, example, httpUrl, localized, sources } from './common';

export const programmeSchema = z
  .object({
    name: localized('Full name of the programme.'),
    shortName: localized('Short name used on cards and filters.'),
    funder: localized('Who pays for the programme.'),
    since: z
      .number({ invalid_type_error: 'must be a year written as a number, e.g. 2021' })
      .int({ message: 'must be a whole year, e.g. 2021' })
      .min(1950, { message: 'must be a year after 1950' })
      .max(2100, { message: 'must be a year before 2100' })
      .optional()
      .describe('Year the programme started at the host university, e.g. 2021.'),
    summary: localized('One or two sentences on what the programme is.', 'prose', 600),
    website: httpUrl('Official page of the programme.').optional(),
    example,
    sources,
    draft,
  })
  .strict();

export type ProgrammeData = z.infer<typeof programmeSchema>;
