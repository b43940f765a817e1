/** What is on the site, as the import looks values up: every reference list by id and by name in any language. */
import enStrings from '~/i18n/en.json';
import kkStrings from '~/i18n/kk.json';
import ruStrings from '~/i18n/ru.json';
import { readContentTree, type SourceFile } from '~/lib/validation/read';
import { FORMATS, type Format } from '~/schemas/visit';
import type { ExistingProfessor } from './types';
import { formatLookup, Lookup, nameForms } from './values';

export interface ContentIndex {
  countries: Lookup;
  institutions: Lookup;
  institutionCountry: Map<string, string>;
  fields: Lookup;
  programmes: Lookup;
  formats: Lookup;
  professors: ExistingProfessor[];
  /** Professors by file name, by ORCID iD, and by each name's spelling skeleton (see nameForms). */
  byId: Map<string, ExistingProfessor>;
  byOrcid: Map<string, ExistingProfessor>;
  byName: Map<string, ExistingProfessor[]>;
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
  const professors = of('professors').map((f) => ({ id: f.id, path: f.path, display: f.display, data: data(f) }));
  const byOrcid = new Map<string, ExistingProfessor>();
  const byName = new Map<string, ExistingProfessor[]>();
  for (const p of professors) {
    const orcid = (p.data.links as { orcid?: unknown } | undefined)?.orcid;
    if (typeof orcid === 'string') byOrcid.set(orcid, p);
    for (const n of [p.data.name, p.data.nameRu, p.data.nameKk]) {
      if (typeof n !== 'string') continue;
      const key = nameForms(n)[1]!;
      const list = byName.get(key);
      if (list) list.push(p);
      else byName.set(key, [p]);
    }
  }
  return {
    countries: lookup('country', 'countries', (d) => strings(d.name)),
    institutions: lookup('institution', 'institutions', (d) => [...strings(d.name), ...strings(d.shortName)]),
    institutionCountry,
    fields: lookup('field', 'fields', (d) => strings(d.label)),
    programmes: lookup('programme', 'programmes', (d) => [...strings(d.name), ...strings(d.shortName)]),
    formats: formatLookup(labels),
    professors,
    byId: new Map(professors.map((p) => [p.id, p])),
    byOrcid,
    byName,
    usedIds: new Set(professors.map((p) => p.id)),
  };
}
