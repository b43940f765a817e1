/** A country that professors or institutions come from. The file name is its ISO code: `pl.yaml`. */
import { z } from 'astro/zod';
import { localized } from './common';

export const countrySchema = z
  .object({
    name: localized('Name of the country.'),
  })
  .strict();

export type CountryData = z.infer<typeof countrySchema>;
