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

/** How the browser editor (/admin/) offers a collection's entries. */
export interface EditorSpec {
  /** Place in the editor's list of collections: the ones editors change most come first. */
  position: number;
  /** The field an entry is listed by in the editor, and, when `create` is set, its new file name is made from. */
  identifier: string;
  /** Whether editors may add entries in the browser (else only change them). */
  create: boolean;
  /** Fields searched when an entry of this collection is chosen in another's form (short lists are offered as a plain choice instead). */
  search?: readonly string[];
  /** What the text under the front matter holds, as the form explains it (Markdown collections). */
  body?: string;
}

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
  /** In the browser editor, when present. */
  editor?: EditorSpec;
  /** Whether `npm run new <singular>` writes new files of it. */
  scaffold?: boolean;
}

const YAML = { format: 'yaml', extensions: ['.yaml', '.yml'] } as const;

/**
 * Every collection, once. Astro's content config, the validator, the JSON
 * Schemas, the browser editor and `npm run new` read it; references between
 * collections are declared in the schemas (`ref()` in common.ts). An entry's
 * id is its file name (see src/lib/content-files.ts).
 */
export const COLLECTIONS = {
  countries: {
    path: 'countries',
    ...YAML,
    singular: 'country',
    schema: () => countrySchema,
    // A country file is named by its ISO code, which the form cannot make from the name.
    editor: { position: 4, identifier: 'name.en', create: false },
    scaffold: true,
  },
  institutions: {
    path: 'institutions',
    ...YAML,
    singular: 'institution',
    schema: () => institutionSchema,
    editor: { position: 3, identifier: 'name.en', create: true, search: ['name.en', 'name.ru', 'name.kk'] },
    scaffold: true,
  },
  programmes: {
    path: 'programmes',
    ...YAML,
    singular: 'programme',
    schema: () => programmeSchema,
    editor: { position: 5, identifier: 'name.en', create: false },
  },
  fields: { path: 'fields.yaml', format: 'list', extensions: [], singular: 'field', schema: () => fieldSchema },
  professors: {
    path: 'professors',
    format: 'markdown',
    extensions: ['.md'],
    singular: 'professor',
    schema: professorSchema,
    editor: {
      position: 1,
      identifier: 'name',
      create: true,
      search: ['name', 'nameRu', 'nameKk'],
      body: 'The biography in English: education, research, and what the person did at the university.',
    },
    scaffold: true,
  },
  projects: {
    path: 'projects',
    format: 'markdown',
    extensions: ['.md'],
    singular: 'project',
    schema: () => projectSchema,
    editor: { position: 2, identifier: 'title.en', create: true, body: 'The question, the method, who does what, and the results so far.' },
    scaffold: true,
  },
  pages: { path: 'pages', format: 'markdown', extensions: ['.md', '.mdx'], singular: 'page', schema: () => pageSchema },
} as const satisfies Record<CollectionName, CollectionSpec>;

/** The collections, in the table's order, each with its spec (typed as the general spec, for code that handles any of them). */
export function collections(): [CollectionName, CollectionSpec][] {
  return Object.entries(COLLECTIONS) as [CollectionName, CollectionSpec][];
}

/** The collections `npm run new` writes files for. */
export type ScaffoldCollection = { [K in CollectionName]: (typeof COLLECTIONS)[K] extends { scaffold: true } ? K : never }[CollectionName];

/** Whether entries carry Markdown text under front matter. */
export const hasBody = (collection: CollectionName): boolean => COLLECTIONS[collection].format === 'markdown';

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
