/** A university or research institute that professors come from, or that hosts visits. */
import { z } from 'astro/zod';
import { draft, example, httpUrl, localized, ref, sources } from './common';
import { ror } from './identifiers';

export const institutionSchema = z
  .object({
    name: localized('Official name of the institution.'),
    shortName: localized('Short name or acronym, e.g. ATU.').optional(),
    country: ref('countries', 'pl'),
    city: localized('City where the institution is.'),
    website: httpUrl('Official website, e.g. https://www.example.edu').optional(),
    ror: ror.optional(),
    example,
    sources,
    draft,
  })
  .strict();

export type InstitutionData = z.infer<typeof institutionSchema>;
