/** Rule: no two entries of a collection share an id. */
import { formatPath } from '../messages';
import { singular, type ContentModel, type FileRecord } from '../model';
import type { Problem } from '../read';

/** No two entries of a collection share an id (Astro would silently keep only one). */
export function checkDuplicateIds(model: ContentModel): Problem[] {
  const out: Problem[] = [];
  const seen = new Map<string, FileRecord>();
  for (const f of model.files) {
    const key = `${f.collection}\u0000${f.id.toLowerCase()}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, f);
      continue;
    }
    const where =
      first.file === f.file ? `earlier in this file${first.prefix ? ` at ${formatPath(first.prefix)}` : ''}` : `by ${first.file}`;
    out.push({
      file: f.file,
      field: f.prefix ? formatPath([...f.prefix, 'id']) : '-',
      message: `duplicate ${singular(f.collection)} id "${f.id}", already used ${where}: give one of them another name`,
    });
  }
  return out;
}
