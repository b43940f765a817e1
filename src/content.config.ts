// Wires each collection's files to its schema. Locations and schemas come
// from src/schemas/index.ts, the content folder and the entry ids from
// src/lib/content-files.ts; the validation CLI reads both too.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { join } from 'node:path';
import { COLLECTIONS, siteSchema } from './schemas/index';
import { SITE_FILE, contentDir, entryId, entryPattern } from './lib/content-files';
import { singleFileLoader } from './lib/loaders';

const root = contentDir();

/** One file per entry under the collection's folder (pages: in a language folder); files starting with _ are skipped, as the validator does. */
function entries(name: 'countries' | 'institutions' | 'programmes' | 'professors' | 'projects' | 'pages') {
  const { path } = COLLECTIONS[name];
  const pattern = entryPattern(name);
  // Pages show a body as rendered when the content is synced; its Markdown source would only double the store.
  return glob({ base: join(root, path), pattern, generateId: ({ entry }) => entryId(name, entry), retainBody: false });
}

export const collections = {
  site: defineCollection({ loader: singleFileLoader(join(root, SITE_FILE), 'site'), schema: siteSchema }),
  countries: defineCollection({ loader: entries('countries'), schema: COLLECTIONS.countries.schema }),
  institutions: defineCollection({ loader: entries('institutions'), schema: COLLECTIONS.institutions.schema }),
  programmes: defineCollection({ loader: entries('programmes'), schema: COLLECTIONS.programmes.schema }),
  fields: defineCollection({ loader: file(join(root, COLLECTIONS.fields.path)), schema: COLLECTIONS.fields.schema }),
  // Wrapped so the entry type carries Astro's image metadata rather than a plain path.
  professors: defineCollection({ loader: entries('professors'), schema: ({ image }) => COLLECTIONS.professors.schema({ image }) }),
  projects: defineCollection({ loader: entries('projects'), schema: COLLECTIONS.projects.schema }),
  pages: defineCollection({ loader: entries('pages'), schema: COLLECTIONS.pages.schema }),
};
