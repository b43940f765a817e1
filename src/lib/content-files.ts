/**
 * Where the content is and what an entry's id is, for Astro's content config
 * and for the validator alike (which runs without Astro), so that the site and
 * `npm run validate` always name the same files by the same ids.
 */
import { basename, extname, relative } from 'node:path';
import { COLLECTIONS, LOCALES, type CollectionName } from '~/schemas/index';

/** The site's settings, directly in the content folder. */
export const SITE_FILE = 'site.yaml';

/** The content folder in use: `CONTENT_DIR` when set, else `./content` (src/lib/settings.ts reads it). */
export { contentDir } from '~/lib/settings';

/**
 * An entry's id from its file, given relative to the collection's folder:
 * the file name without extension, lower-cased, so a file moved into a
 * sub-folder keeps its id (and two files with one name are a duplicate, which
 * the validator reports). A page's id is `<language folder>/<name>`.
 */
export function entryId(collection: CollectionName, file: string): string {
  const name = basename(file, extname(file));
  const id = collection === 'pages' ? `${file.split(/[\\/]/)[0]}/${name}` : name;
  return id.toLowerCase();
}

/** `entryId` for a file given by its absolute path, with the collection's folder. */
export function entryIdAt(collection: CollectionName, abs: string, folder: string): string {
  return entryId(collection, relative(folder, abs));
}

/**
 * The files of a collection for Astro's glob loader, relative to its folder:
 * every file with one of its extensions, in any sub-folder (pages: in a
 * language folder), except those starting with `_`, as the validator skips them.
 * `[^_]`, not `[!_]`: the dev server's watcher (picomatch) reads `[!_]` as a
 * class of `!` and `_`, so it matched no entry and reloaded no file.
 */
export function entryPattern(collection: Exclude<CollectionName, 'fields'>): string {
  const names = COLLECTIONS[collection].extensions.map((ext) => ext.slice(1));
  const where = collection === 'pages' ? `{${LOCALES.join(',')}}/` : '**/';
  return `${where}[^_]*.${names.length > 1 ? `{${names.join(',')}}` : names[0]}`;
}
