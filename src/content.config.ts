// Wires each collection's files to its schema. Locations and schemas come
// from src/schemas/index.ts, which the validation CLI reads too.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { basename, extname, join, resolve } from 'node:path';
import { COLLECTIONS, siteSchema } from './schemas/index';
import { singleFileLoader } from './lib/loaders';

const root = resolve(process.env.CONTENT_DIR || 'content');
const fileId = ({ entry }: { entry: string }) => basename(entry, extname(entry)).toLowerCase();
const pageId = ({ entry }: { entry: string }) => entry.replace(/\.md$/, '').toLowerCase();

export const collections = {
  site: defineCollection({ loader: singleFileLoader(join(root, 'site.yaml'), 'site'), schema: siteSchema }),
  countries: defineCollection({
    loader: glob({ base: join(root, COLLECTIONS.countries.path), pattern: '**/[!_]*.{yaml,yml}', generateId: fileId }),
    schema: COLLECTIONS.countries.schema,
  }),
  institutions: defineCollection({
    loader: glob({ base: join(root, COLLECTIONS.institutions.path), pattern: '**/[!_]*.{yaml,yml}', generateId: fileId }),
    schema: COLLECTIONS.institutions.schema,
  }),
  programmes: defineCollection({
    loader: glob({ base: join(root, COLLECTIONS.programmes.path), pattern: '**/[!_]*.{yaml,yml}', generateId: fileId }),
    schema: COLLECTIONS.programmes.schema,
  }),
  fields: defineCollection({ loader: file(join(root, COLLECTIONS.fields.path)), schema: COLLECTIONS.fields.schema }),
  professors: defineCollection({
    loader: glob({ base: join(root, COLLECTIONS.professors.path), pattern: '**/[!_]*.md', generateId: fileId }),
    schema: COLLECTIONS.professors.schema,
  }),
  projects: defineCollection({
    loader: glob({ base: join(root, COLLECTIONS.projects.path), pattern: '**/[!_]*.md', generateId: fileId }),
    schema: COLLECTIONS.projects.schema,
  }),
  pages: defineCollection({
    loader: glob({ base: join(root, COLLECTIONS.pages.path), pattern: '{en,ru,kk}/[!_]*.md', generateId: pageId }),
    schema: COLLECTIONS.pages.schema,
  }),
};
