/**
 * Where each collection lives under the content folder, how its files are
 * written, and which schema checks them. Astro's content config and the
 * validation CLI both read this table, so they cannot disagree.
 */
import type { z } from 'astro/zod';
import { countrySchema } from './country';
import { fieldSchema } from './field';
import type { RefTarget } from './common';
import type { ImageFn } from './image';
import { institutionSchema } from './institution';
import { pageSchema } from './page';
import { professorSchema } from './professor';
import { programmeSchema } from './programme';
import { projectSchema } from './project';

export type CollectionName = RefTarget | 'pages';

export interface CollectionSpec {
  /** Folder (or, for `list`, file) under the content folder. */
  path: string;
  /** `yaml`: one YAML file per entry; `markdown`: one Markdown file per entry; `list`: one YAML file holding a list. */
  format: 'yaml' | 'markdown' | 'list';
  /** File name extensions of its entries, the first being the one new files get (none for `list`). */
  extensions: readonly string[];
  /** One entry, as messages and editors name it. */
  singular: string;
  schema: (ctx: { image: ImageFn }) => z.ZodType;
}

/**
 * Every collection, once. Astro's content config, the validator, the JSON
 * Schemas, the browser editor and `npm run new` read it; references between
 * collections are declared in the schemas (`ref()` in common.ts).
 */
export const COLLECTIONS = {
  countries: { path: 'countries', format: 'yaml', extensions: ['.yaml', '.yml'], singular: 'country', schema: () => countrySchema },
  institutions: {
    path: 'institutions',
    format: 'yaml',
    extensions: ['.yaml', '.yml'],
    singular: 'institution',
    schema: () => institutionSchema,
  },
  programmes: { path: 'programmes', format: 'yaml', extensions: ['.yaml', '.yml'], singular: 'programme', schema: () => programmeSchema },
  fields: { path: 'fields.yaml', format: 'list', extensions: [], singular: 'field', schema: () => fieldSchema },
  professors: { path: 'professors', format: 'markdown', extensions: ['.md'], singular: 'professor', schema: professorSchema },
  projects: { path: 'projects', format: 'markdown', extensions: ['.md'], singular: 'project', schema: () => projectSchema },
  pages: { path: 'pages', format: 'markdown', extensions: ['.md', '.mdx'], singular: 'page', schema: () => pageSchema },
} as const satisfies Record<CollectionName, CollectionSpec>;

/** Where a collection's entries are, as an editor sees it from the repository: `content/professors/` or `content/fields.yaml`. */
export function whereIs(collection: CollectionName): string {
  const { path, format } = COLLECTIONS[collection];
  return format === 'list' ? `content/${path}` : `content/${path}/`;
}

/** The file a new entry of a collection gets, from the repository: `content/professors/anna-novak.md`. */
export function newFileOf(collection: CollectionName, id: string): string {
  const spec: CollectionSpec = COLLECTIONS[collection];
  return spec.format === 'list' ? whereIs(collection) : `${whereIs(collection)}${id}${spec.extensions[0]}`;
}

export { siteSchema } from './site';
export { LOCALES, type Locale } from './common';
