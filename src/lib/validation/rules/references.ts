/** Rule: every id an entry names exists, is not a draft (unless the entry is), and is no example when the entry is real. */
import { type RefTarget } from '~/schemas/common';
import { imagePath } from '~/schemas/image';
import { COLLECTIONS, newFileOf, siteSchema, whereIs, type CollectionName } from '~/schemas/index';
import { referencesIn } from '~/schemas/introspect';
import { closest } from '../messages';
import { problem, singular, type ContentModel, type Entry, type Path } from '../model';
import type { Problem } from '../read';

const REF_TARGETS: readonly RefTarget[] = ['countries', 'institutions', 'programmes', 'fields', 'professors', 'projects'];

interface Target {
  ids: Set<string>;
  drafts: Set<string>;
  examples: Set<string>;
  broken: Set<string>;
}

function targets(model: ContentModel, collection: CollectionName): Target {
  const entries = model[collection] as Entry<{ draft?: boolean; example?: boolean }>[];
  return {
    ids: new Set(entries.map((e) => e.id)),
    drafts: new Set(entries.filter((e) => e.data.draft).map((e) => e.id)),
    examples: new Set(entries.filter((e) => e.data.example).map((e) => e.id)),
    broken: model.broken[collection] ?? new Set(),
  };
}

interface RefCheck {
  from: Entry<{ draft?: boolean; example?: boolean }>;
  path: Path;
  collection: RefTarget;
  id: string;
}

/**
 * Every reference in the model's valid entries: the fields each schema declares
 * with ref(), so adding a reference to a schema adds it to the checks.
 */
export function references(model: ContentModel): RefCheck[] {
  const refs: RefCheck[] = [];
  const add = (from: RefCheck['from'], schema: Parameters<typeof referencesIn>[0]) => {
    for (const r of referencesIn(schema, from.data)) refs.push({ from, path: r.path as Path, collection: r.collection, id: r.id });
  };
  for (const collection of Object.keys(COLLECTIONS) as CollectionName[]) {
    const schema = COLLECTIONS[collection].schema({ image: imagePath });
    for (const e of model[collection] as RefCheck['from'][]) add(e, schema);
  }
  if (model.site) add(model.site as unknown as RefCheck['from'], siteSchema);
  return refs;
}

/** Every id a file names exists, is not a draft (unless the file is), and is not an example when the file is not. */
export function checkReferences(model: ContentModel): Problem[] {
  const index = Object.fromEntries(REF_TARGETS.map((c) => [c, targets(model, c)])) as Record<RefTarget, Target>;
  const refs = references(model);

  const out: Problem[] = [];
  for (const r of refs) {
    const t = index[r.collection];
    const kind = singular(r.collection);
    if (t.broken.has(r.id)) continue;
    if (!t.ids.has(r.id)) {
      const guess = closest(r.id, t.ids);
      const where = whereIs(r.collection);
      out.push(
        problem(
          r.from,
          r.path,
          `unknown ${kind} "${r.id}": ${guess ? `did you mean "${guess}"? ` : ''}use an id from ${where}${r.collection === 'fields' ? '' : ` or create ${newFileOf(r.collection, r.id)}`}`,
        ),
      );
      continue;
    }
    if (t.drafts.has(r.id) && !r.from.data.draft) {
      out.push(
        problem(
          r.from,
          r.path,
          `${kind} "${r.id}" is a draft and will not be published: publish it (remove draft: true) or remove this reference`,
        ),
      );
      continue;
    }
    if (t.examples.has(r.id) && r.from.data.example === false) {
      out.push(
        problem(
          r.from,
          r.path,
          `${kind} "${r.id}" is an invented example entry; a real entry cannot rely on it: refer to a real entry or mark this one example: true`,
        ),
      );
    }
  }
  return out;
}
