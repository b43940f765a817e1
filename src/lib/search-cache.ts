/**
 * Which search indexes a routine build can take from the last build. Pagefind
 * has no incremental mode, but it writes the same index for the same pages:
 * so each language's index is kept in the cache with a key of what Pagefind
 * reads of that language's pages, and a build whose key is the same copies the
 * index instead of reading every page again.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** Change when what the key covers changes, so older cached indexes are not used. */
const KEY_VERSION = 1;
/** Pagefind's version: a new one may write other files. (Its package exports no package.json, so it is looked up.) */
function pagefindVersion(): string {
  const file = (createRequire(import.meta.url).resolve.paths('pagefind') ?? [])
    .map((dir) => join(dir, 'pagefind', 'package.json'))
    .find((file) => existsSync(file));
  if (!file) throw new Error('Pagefind is not installed: run npm ci');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/**
 * What Pagefind reads of a page: everything but the head. The head changes
 * often without touching the index (descriptions, JSON-LD, alternates); the
 * language is on <html>, before it, and titles come from the page's h1. A head
 * that carries Pagefind's own attributes is read whole.
 */
export function indexedPart(html: string): string {
  const start = html.indexOf('<head');
  const end = html.indexOf('</head>');
  if (start < 0 || end < start) return html;
  const head = html.slice(start, end);
  return head.includes('data-pagefind') ? html : html.slice(0, start) + html.slice(end);
}

/**
 * The key of one language's pages: their paths and what Pagefind reads of
 * each, in path order. Pages are read one at a time, so a language of
 * thousands of pages is never in memory at once.
 */
export function indexKey(paths: readonly string[], read: (path: string) => string): string {
  const hash = createHash('sha256').update(`${KEY_VERSION}\0${pagefindVersion()}\0`);
  for (const path of [...paths].sort())
    hash
      .update(path)
      .update('\0')
      .update(indexedPart(read(path)))
      .update('\0');
  return hash.digest('hex');
}
