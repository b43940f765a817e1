/** A publication written together with colleagues at the host university. */
import { z } from 'zod';
import { httpUrl, line } from './common';
import { doi } from './identifiers';

export const publicationSchema = z
  .object({
    title: line('Title as published.', 400),
    year: z
      .number({ invalid_type_error: 'must be a year written as a number, e.g. 2023' })
      .int()
      .min(1950, { message: 'must be a year after 1950' })
      .max(2100, { message: 'must be a year before 2100' })
      .describe('Year of publication.'),
    venue: line('Journal, conference or publisher.', 300).optional(),
    doi: doi.optional(),
    url: httpUrl('Web address of the publication when it has no DOI.').optional(),
  })
  .strict();

export type PublicationData = z.infer<typeof publicationSchema>;
