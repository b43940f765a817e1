/** What is on the site, as the import looks values up: every reference list by id and by name in any language. */
import enStrings from '~/i18n/en.json';
import kkStrings from '~/i18n/kk.json';
import ruStrings from '~/i18n/ru.json';
import { readContentTree, type SourceFile } from '~/lib/validation/read';
import { FORMATS, type Format } from '~/schemas/visit';
import type { ExistingProfessor } from './types';
import { formatLookup, Lookup } from './values';

export interface ContentIndex {
  countries: Lookup;
  institutions: Lookup;
  institutionCountry: Map<string, string>;
  fields: Lookup;
  programmes: Lookup;
  formats: Lookup;
  professors: ExistingProfessor[];
  usedIds: Set<string>;
}

const strings = (v: unknown): string[] =>
  v && typeof v === 'object' ? Object.values(v).filter((s): s is string => typeof s === 'string') : typeof v === 'string' ? [v] : [];

export function indexContent(root: string): ContentIndex {
  const tree = readContentTree(root, ['countries', 'institutions', 'programmes', 'fields', 'professors']);
  const of = (c: string) => tree.files.filter((f) => f.collection === c);
  const data = (f: SourceFile) => (f.data ?? {}) as Record<string, unknown>;
  const lookup = (what: string, collection: string, names: (d: Record<string, unknown>) => string[]) => {
    const l = new Lookup(what);
    for (const f of of(collection)) l.add(f.id, names(data(f)));
    return l;
  };
  const labels = Object.fromEntries(
    FORMATS.map((f) => [f, [enStrings, ruStrings, kkStrings].map((s) => (s as unknown as Record<string, string>)[`format.${f}`] ?? '')]),
  ) as Record<Format, string[]>;
  const institutionCountry = new Map<string, string>();
  for (const f of of('institutions')) if (typeof data(f).country === 'string') institutionCountry.set(f.id, data(f).country as string);
  return {
    countries: lookup('country', 'countries', (d) => strings(d.name)),
    institutions: lookup('institution', 'institutions', (d) => [...strings(d.name), ...strings(d.shortName)]),
    institutionCountry,
    fields: lookup('field', 'fields', (d) => strings(d.label)),
    programmes: lookup('programme', 'programmes', (d) => [...strings(d.name), ...strings(d.shortName)]),
    formats: formatLookup(labels),
    professors: of('professors').map((f) => ({ id: f.id, path: f.path, display: f.display, data: data(f) })),
    usedIds: new Set(of('professors').map((f) => f.id)),
  };
}
