/**
 * Files put in place from a cache by hard link: no bytes are copied, and the
 * build never writes into a file it placed (Astro empties the output folder
 * first), so the cache's copy stays as it was. Where a link cannot be made
 * (another file system, or one without links), the file is copied.
 */
import { copyFileSync, linkSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function linkOrCopy(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** Every file under `from` placed at the same path under `to`. */
export function linkTree(from: string, to: string): void {
  for (const entry of readdirSync(from, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      linkOrCopy(path, join(to, path.slice(from.length)));
    }
}
