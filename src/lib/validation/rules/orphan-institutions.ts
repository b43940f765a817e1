/** Rule: every institution is the host or is referred to; an unused one is probably a leftover or a typo. */
import type { ContentModel } from '../model';
import type { Problem } from '../read';
import { references } from './references';

/** Every institution is the host or is referred to; an unused one is probably a leftover or a typo. */
export function checkOrphanInstitutions(model: ContentModel): Problem[] {
  const used = new Set<string>(model.brokenValues);
  for (const r of references(model)) if (r.collection === 'institutions') used.add(r.id);
  return model.institutions
    .filter((i) => !used.has(i.id))
    .map((i) => ({
      file: i.file,
      field: '-',
      message: `no professor, visit or project refers to institution "${i.id}": refer to it from an entry, or delete the file`,
    }));
}
