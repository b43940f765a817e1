/** Research identifiers: format and checksum rules, each usable on its own. */
import { z } from 'astro/zod';

/** ISO 7064 MOD 11-2 check character of the first 15 digits of an ORCID iD. */
export function orcidCheckCharacter(digits15: string): string {
  let total = 0;
  for (const ch of digits15) total = (total + Number(ch)) * 2;
  const result = (12 - (total % 11)) % 11;
  return result === 10 ? 'X' : String(result);
}

const ORCID_SHAPE = /^(?:https:\/\/orcid\.org\/)?(\d{4}-\d{4}-\d{4}-\d{3}[\dX])$/;

/** True when `value` is an ORCID iD (bare or as https://orcid.org/ URL) whose check character is right. */
export function isValidOrcid(value: string): boolean {
  const m = ORCID_SHAPE.exec(value);
  if (!m) return false;
  const digits = m[1]!.replace(/-/g, '');
  return orcidCheckCharacter(digits.slice(0, 15)) === digits[15];
}

export const orcid = z
  .string()
  .trim()
  .regex(ORCID_SHAPE, { message: 'must look like 0000-0002-1825-0097 (four groups of four digits; the last may be X)' })
  .refine((v) => !ORCID_SHAPE.test(v) || isValidOrcid(v), {
    message: 'has a wrong check digit: copy the iD again from the person\u2019s orcid.org page',
  })
  .transform((v) => ORCID_SHAPE.exec(v)![1]!)
  .describe('ORCID iD, e.g. `0000-0002-1825-0097` (the https://orcid.org/ address is accepted too).');

// ROR ids: a leading 0, six characters of Crockford base32 (no i, l, o, u), two check digits.
const ROR_SHAPE = /^(?:https:\/\/ror\.org\/)?(0[0-9a-hjkmnp-tv-z]{6}[0-9]{2})$/;

export const ror = z
  .string()
  .trim()
  .regex(ROR_SHAPE, { message: 'must look like 03yrm5c26 or https://ror.org/03yrm5c26' })
  .transform((v) => ROR_SHAPE.exec(v)![1]!)
  .describe('Research Organization Registry id, e.g. `03yrm5c26` (the https://ror.org/ address is accepted too).');

const DOI_SHAPE = /^(?:https:\/\/doi\.org\/)?(10\.\d{4,9}\/\S+)$/;

export const doi = z
  .string()
  .trim()
  .max(300, { message: 'is longer than 300 characters: check it' })
  .regex(DOI_SHAPE, { message: 'must look like 10.1000/xyz123 or https://doi.org/10.1000/xyz123' })
  .transform((v) => DOI_SHAPE.exec(v)![1]!)
  .describe('Digital Object Identifier, e.g. `10.1016/j.foodchem.2023.135001`.');

export const scopusAuthorId = z
  .string()
  .trim()
  .regex(/^\d{9,11}$/, { message: 'must be the Scopus author number, 9 to 11 digits, e.g. 57193456789' })
  .describe('Scopus author id: the number in the author\u2019s Scopus profile address, e.g. `57193456789`.');

export const googleScholarId = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{12}$/, {
    message: 'must be the 12-character user id from the Google Scholar profile address (the part after user=)',
  })
  .describe('Google Scholar user id: the 12 characters after `user=` in the profile address, e.g. `qc6CJjYAAAAJ`.');

export const languageCode = z
  .string()
  .regex(/^[a-z]{2,3}$/, { message: 'must be a two-letter language code in lower case, e.g. en, ru, kk, de' })
  .describe('Language as an ISO 639-1 code, e.g. `en`, `ru`, `kk`, `de`, `tr`.');
