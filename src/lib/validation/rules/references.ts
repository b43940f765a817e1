/**
 * Rule: every id an entry names exists, is not a draft (unless the entry is), and is no example when the entry is real.
 * Entries that failed their schema are checked too, for the references written as text, so an unknown id is reported
 * in the same run as the file's other problems; an entry's name typed in place of its id gets the id as a suggestion.
 */
import { KEBAB_CASE, type RefTarget } from '~/schemas/common';
import { COUNTRY_CODES } from '~/schemas/country';
import { imagePath } from '~/schemas/image';
import { COLLECTIONS, newFileOf, siteSchema, whereIs, type CollectionName } from '~/schemas/index';
import { referencesIn } from '~/schemas/introspect';
import { countryCodeOf, idByLabel, labelIndex } from '../labels';
import { closest } from '../messages';
import { entriesOf, problem, singular, type ContentModel, type Entry, type Path } from '../model';
import type { Problem } from '../read';

const REF_TARGETS: readonly RefTarget[] = ['countries', 'institutions', 'programmes', 'fields', 'professors', 'projects'];

interface Target {
  ids: Set<string>;
  drafts: Set<string>;
  examples: Set<string>;
  broken: Set<string>;
  /** Every entry by its names, for an unknown id that is one of them; built when first needed. */
  labels: () => Map<string, string>;
}

function targets(model: ContentModel, collection: CollectionName): Target {
  const entries = model[collection] as Entry<{ draft?: boolean; example?: boolean }>[];
  let labels: Map<string, string> | undefined;
  return {
    ids: new Set(entries.map((e) => e.id)),
    drafts: new Set(entries.filter((e) => e.data.draft).map((e) => e.id)),
    examples: new Set(entries.filter((e) => e.data.example).map((e) => e.id)),
    broken: model.broken[collection] ?? new Set(),
    labels: () => (labels ??= labelIndex(entries)),
  };
}

/** Whether to offer creating a file for an unknown id: only for a valid file name, and for a country only for a real ISO code. */
function creatable(collection: RefTarget, id: string): boolean {
  if (collection === 'fields' || !KEBAB_CASE.test(id)) return false;
  return collection !== 'countries' || COUNTRY_CODES.has(id);
}

/** What to say about an id that names no entry: the id probably meant, and whether to create the file. */
function unknownId(r: RefCheck, t: Target): string {
  const kind = singular(r.collection);
  const where = whereIs(r.collection);
  const create = creatable(r.collection, r.id) ? ` or create ${newFileOf(r.collection, r.id)}` : '';
  // An entry's name typed instead of its id, then a typo in the id.
  const guess = idByLabel(r.id, t.labels()) ?? closest(r.id, t.ids);
  if (guess !== undefined) return `unknown ${kind} "${r.id}": did you mean "${guess}"? use an id from ${where}${create}`;
  if (r.collection === 'countries') {
    // A country written by name, or by its three-letter code, that has no file yet.
    const code = countryCodeOf(r.id);
    if (code !== undefined && code !== r.id) {
      return t.ids.has(code)
        ? `unknown country "${r.id}": did you mean "${code}"? write the country\u2019s two-letter code, an id from ${where}`
        : `unknown country "${r.id}": did you mean "${code}"? write the country\u2019s two-letter code and create ${newFileOf('countries', code)}`;
    }
    if (!create) return `unknown country "${r.id}": write the country\u2019s two-letter code, an id from ${where}`;
  }
  return `unknown ${kind} "${r.id}": use an id from ${where}${create}`;
}

interface RefCheck {
  from: Entry<{ draft?: boolean; example?: boolean }>;
  path: Path;
  collection: RefTarget;
  id: string;
}

/**
 * Every reference in the model's entries, valid or not (a reference written as
 * text): the fields each schema declares with ref(), so adding a reference to a
 * schema adds it to the checks.
 */
export function references(model: ContentModel): RefCheck[] {
  const refs: RefCheck[] = [];
  const add = (from: RefCheck['from'], schema: Parameters<typeof referencesIn>[0]) => {
    for (const r of referencesIn(schema, from.data)) refs.push({ from, path: r.path as Path, collection: r.collection, id: r.id });
  };
  for (const collection of Object.keys(COLLECTIONS) as CollectionName[]) {
    const schema = COLLECTIONS[collection].schema({ image: imagePath });
    for (const e of entriesOf(model, collection) as RefCheck['from'][]) add(e, schema);
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
      out.push(problem(r.from, r.path, unknownId(r, t)));
      continue;
    }
    if (t.drafts.has(r.id) && r.from.data.draft !== true) {
      out.push(
        problem(
          r.from,
          r.path,
          `${kind} "${r.id}" is a draft and will not be published: publish it (remove draft: true) or remove this reference`,
        ),
      );
      continue;
    }
    if (t.examples.has(r.id) && r.from.data.example !== true) {
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
