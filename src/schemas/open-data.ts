/**
 * Records of the open data files under /data/. These schemas describe what
 * the site publishes (not what editors write): each JSON file is an array of
 * one of these, and its JSON Schema is published next to it.
 */
import { z } from 'astro/zod';
import { PROJECT_STATUSES } from './project';

const text = z
  .object({
    en: z.string().describe('English text.'),
    ru: z.string().optional().describe('Russian text, when there is one.'),
    kk: z.string().optional().describe('Kazakh text, when there is one.'),
  })
  .strict();
const pages = z.object({ en: z.url(), ru: z.url(), kk: z.url() }).strict().describe('Address of the page in each language.');
const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('ISO 8601 date, YYYY-MM-DD.');
const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const example = z.boolean().describe('True for an invented entry that only shows how the site works; leave these out of any analysis.');

export const visitRecord = z
  .object({
    programme: id.describe('Programme id (see programmes in the site).'),
    start: date,
    end: date,
    host: id.describe('Id of the institution visited.'),
    formats: z
      .array(z.string())
      .describe('Forms of cooperation: lecture-course, internship, joint-research, seminar, supervision, consultation, other.'),
    unit: text.optional().describe('Department or faculty that hosted the visit.'),
  })
  .strict();

export const professorRecord = z
  .object({
    id: id.describe('Stable identifier, also the last part of the profile address.'),
    name: z.string().describe('Name in Latin script.'),
    nameRu: z.string().optional().describe('Name in Russian Cyrillic.'),
    nameKk: z.string().optional().describe('Name in Kazakh Cyrillic.'),
    position: text.describe('Position at the home institution.'),
    country: z.string().length(2).describe('ISO 3166-1 alpha-2 code of the home country, lower case.'),
    institution: id.describe('Id of the home institution (see institutions.json).'),
    fields: z.array(id).describe('Ids of the fields of science.'),
    visits: z.array(visitRecord).describe('Every visit, oldest first.'),
    summary: text,
    orcid: z.string().optional().describe('ORCID iD.'),
    url: pages,
    sources: z.array(z.url()).describe('Public pages where the facts can be checked.'),
    example,
  })
  .strict();

export const projectRecord = z
  .object({
    id,
    title: text,
    status: z.enum(PROJECT_STATUSES),
    start: date,
    end: date.optional(),
    professors: z.array(id).describe('Ids of the visiting professors taking part (see professors.json).'),
    partners: z.array(id).describe('Ids of partner institutions.'),
    fields: z.array(id),
    programme: id.optional(),
    summary: text,
    url: pages,
    sources: z.array(z.url()),
    example,
  })
  .strict();

export const countryRecord = z
  .object({
    id: z.string().length(2).describe('ISO 3166-1 alpha-2 code, lower case.'),
    name: text,
    professors: z.number().int().describe('Number of visiting professors from this country.'),
    visits: z.number().int().describe('Number of their visits.'),
    url: pages,
  })
  .strict();

export const institutionRecord = z
  .object({
    id,
    name: text,
    country: z.string().length(2),
    city: text,
    website: z.url().optional(),
    ror: z.string().optional().describe('Research Organization Registry id.'),
    professors: z.number().int().describe('Number of visiting professors from this institution.'),
    url: pages,
    example,
  })
  .strict();
