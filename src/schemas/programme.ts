/** A programme that pays for or organises visits, e.g. "Foreign Scientist" or Erasmus+ ICM. */
import { z } from 'astro/zod';
import { draft, example, httpUrl, localized, sources, year } from './common';

export const programmeSchema = z
  .object({
    name: localized('Full name of the programme.'),
    shortName: localized('Short name used on cards and filters.'),
    funder: localized('Who pays for the programme.'),
    since: year('Year the programme started at the host university, e.g. 2021.').optional(),
    summary: localized('One or two sentences on what the programme is.', 'prose', 600),
    website: httpUrl('Official page of the programme.').optional(),
    example,
    sources,
    draft,
  })
  .strict();

export type ProgrammeData = z.infer<typeof programmeSchema>;
