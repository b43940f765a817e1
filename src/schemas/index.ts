/**
 * Where each collection lives under the content folder, how its files are
 * written, and which schema checks them. Astro's content config and the
 * validation CLI both read this table, so they cannot disagree.
 */
import type { z } from 'astro/zod';
import { countrySchema } from './country';
import { fieldSchema } from './field';
import type { ImageFn } from './image';
import { institutionSchema } from './institution';
import { pageSchema } from './page';
import { professorSchema } from './professor';
import { programmeSchema } from './programme';
import { projectSchema } from './project';

export type CollectionName = 'countries' | 'institutions' | 'programmes' | 'fields' | 'professors' | 'projects' | 'pages';

export interface CollectionSpec {
  /** Folder (or, for `list`, file) under the content folder. */
  path: string;
  /** `yaml`: one .yaml file per entry; `markdown`: one .md file per entry; `list`: one YAML file holding a list. */
  format: 'yaml' | 'markdown' | 'list';
  schema: (ctx: { image: ImageFn }) => z.ZodType;
}

export const COLLECTIONS = {
  countries: { path: 'countries', format: 'yaml', schema: () => countrySchema },
  institutions: { path: 'institutions', format: 'yaml', schema: () => institutionSchema },
  programmes: { path: 'programmes', format: 'yaml', schema: () => programmeSchema },
  fields: { path: 'fields.yaml', format: 'list', schema: () => fieldSchema },
  professors: { path: 'professors', format: 'markdown', schema: professorSchema },
  projects: { path: 'projects', format: 'markdown', schema: () => projectSchema },
  pages: { path: 'pages', format: 'markdown', schema: () => pageSchema },
} as const satisfies Record<CollectionName, CollectionSpec>;

export { siteSchema } from './site';
export { LOCALES, type Locale } from './common';
