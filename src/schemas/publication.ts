/** A publication written together with colleagues at the host university. */
import { z } from 'astro/zod';
import { httpUrl, line, year } from './common';
import { doi } from './identifiers';

export const publicationSchema = z
  .object({
    title: line('Title as published.', 400),
    year: year('Year of publication.'),
    venue: line('Journal, conference or publisher.', 300).optional(),
    doi: doi.optional(),
    url: httpUrl('Web address of the publication when it has no DOI.').optional(),
  })
  .strict();

export type PublicationData = z.infer<typeof publicationSchema>;
