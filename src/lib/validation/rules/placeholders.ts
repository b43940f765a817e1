/**
 * Rule: no entry keeps a placeholder of the templates or of `npm run new`
 * ("Write the biography here…", "Department of ...", "Title of the joint
 * article"), and no real entry keeps their sample identifiers and addresses
 * (ORCID 0000-0002-1825-0097, DOI 10.1000/xyz123, https://www.example.edu/…),
 * which would be published as if they were facts. Invented example entries
 * may use sample identifiers: they need some, and none leads anywhere real.
 * The list is in src/shared/placeholders.ts.
 */
import { PLACEHOLDER_OPENINGS, placeholderKind } from '~/shared/placeholders';
import { quoted } from '~/schemas/common';
import { COLLECTIONS, type CollectionName } from '~/schemas/index';
import { entriesOf, problem, type ContentModel, type Entry, type Path } from '../model';
import type { Problem } from '../read';

/** Every text in a value, with its path. */
function texts(value: unknown, path: Path = []): { path: Path; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => texts(v, [...path, k]));
  return [];
}

/** Where a placeholder's opening stands in a Markdown text: an editor may write under it and forget to delete it. */
function inBody(body: string): { text: string; offset: number } | undefined {
  const flat = body.replace(/\s/g, ' ').toLowerCase();
  for (const opening of PLACEHOLDER_OPENINGS) {
    const offset = flat.indexOf(opening.toLowerCase());
    if (offset >= 0) return { text: body.slice(offset).split('\n')[0]!, offset };
  }
  return undefined;
}

function checkEntry(e: Entry<Record<string, unknown>>): Problem[] {
  const real = e.data.example !== true;
  const out: Problem[] = [];
  for (const { path, text } of texts(e.data)) {
    const kind = placeholderKind(text);
    if (kind === 'text') out.push(problem(e, path, `still holds the template's placeholder ${quoted(text)}: write the real text here`));
    else if (kind === 'sample' && real)
      out.push(
        problem(
          e,
          path,
          `is the template's sample value ${quoted(text)}: replace it with the real value, or remove it if the field is optional`,
        ),
      );
  }
  if (e.body !== undefined) {
    const found = inBody(e.body);
    if (found) {
      const line = (e.bodyLine ?? 1) + (e.body.slice(0, found.offset).match(/\n/g)?.length ?? 0);
      out.push(problem(e, ['body'], `still holds the template's placeholder ${quoted(found.text)}: replace it with the real text`, line));
    }
  }
  return out;
}

/** No entry keeps a placeholder text; no real entry keeps a sample identifier or address. */
export function checkPlaceholders(model: ContentModel): Problem[] {
  return (Object.keys(COLLECTIONS) as CollectionName[]).flatMap((c) => entriesOf(model, c).flatMap(checkEntry));
}
