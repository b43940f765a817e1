// Wires each collection's files to its schema. Locations and schemas come
// from src/schemas/index.ts, which the validation CLI reads too.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { basename, extname, join } from 'node:path';
import { COLLECTIONS, siteSchema } from './schemas/index';
import { singleFileLoader } from './lib/loaders';
import { contentDir } from './lib/settings';

const root = contentDir();

// Ids are file names without extension, so a file moved into a sub-folder keeps its id
// (and two files with one name are a duplicate, which the validator reports).
const fileId = ({ entry }: { entry: string }) => basename(entry, extname(entry)).toLowerCase();
const pageId = ({ entry }: { entry: string }) => entry.replace(/\.mdx?$/, '').toLowerCase();

/** One file per entry under the collection's folder; files starting with _ are skipped, as the validator does. */
function entries(name: 'countries' | 'institutions' | 'programmes' | 'professors' | 'projects') {
  const { path, extensions } = COLLECTIONS[name];
  const names = extensions.map((ext) => ext.slice(1));
  const pattern = `**/[!_]*.${names.length > 1 ? `{${names.join(',')}}` : names[0]}`;
  return glob({ base: join(root, path), pattern, generateId: fileId });
}

export const collections = {
  site: defineCollection({ loader: singleFileLoader(join(root, 'site.yaml'), 'site'), schema: siteSchema }),
  countries: defineCollection({ loader: entries('countries'), schema: COLLECTIONS.countries.schema }),
  institutions: defineCollection({ loader: entries('institutions'), schema: COLLECTIONS.institutions.schema }),
  programmes: defineCollection({ loader: entries('programmes'), schema: COLLECTIONS.programmes.schema }),
  fields: defineCollection({ loader: file(join(root, COLLECTIONS.fields.path)), schema: COLLECTIONS.fields.schema }),
  // Wrapped so the entry type carries Astro's image metadata rather than a plain path.
  professors: defineCollection({ loader: entries('professors'), schema: ({ image }) => COLLECTIONS.professors.schema({ image }) }),
  projects: defineCollection({ loader: entries('projects'), schema: COLLECTIONS.projects.schema }),
  pages: defineCollection({
    loader: glob({ base: join(root, COLLECTIONS.pages.path), pattern: '{en,ru,kk}/[!_]*.{md,mdx}', generateId: pageId }),
    schema: COLLECTIONS.pages.schema,
  }),
};
