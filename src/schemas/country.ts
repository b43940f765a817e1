/** A country that professors or institutions come from. The file name is its ISO code: `pl.yaml`. */
import countries from 'i18n-iso-countries';
import { z } from 'astro/zod';
import { localized } from './common';

export const countrySchema = z
  .object({
    name: localized('Name of the country.'),
  })
  .strict();

export type CountryData = z.infer<typeof countrySchema>;

/**
 * ISO 3166-1 two-letter codes, lower case: the only valid country file names.
 * From i18n-iso-countries, which also has XK (Kosovo), as the EU's programmes use it.
 */
export const COUNTRY_CODES: ReadonlySet<string> = new Set(Object.keys(countries.getAlpha2Codes()).map((code) => code.toLowerCase()));
