/**
 * Notice: an institution that is not the host and that no entry refers to is
 * not published. It is not an error, so that an editor in the browser can add
 * a new home institution first and then the professor who comes from it.
 */
import type { ContentModel } from '../model';
import type { Problem } from '../read';
import { references } from './references';

/** Every institution that is not the host and that no entry refers to. */
export function checkOrphanInstitutions(model: ContentModel): Problem[] {
  const used = new Set<string>(model.brokenValues);
  for (const r of references(model)) if (r.collection === 'institutions') used.add(r.id);
  return model.institutions
    .filter((i) => !used.has(i.id))
    .map((i) => ({
      file: i.file,
      field: '-',
      message: `not published yet: no professor, visit or project refers to institution "${i.id}"; it appears on the site once one does (delete the file if it is not needed)`,
    }));
}
