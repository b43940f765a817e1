/**
 * What the sheet adds to a professor already on the site: visits it does not
 * have yet and fields it leaves empty. A value the file gives differently is
 * a disagreement, reported and never written: the editor's word stands.
 */
import { LOCALES } from '~/schemas/common';
import { nameForms } from './values';
import type { Change, Disagreement, ExistingProfessor, Localized, Plan, RowRef, VisitOut } from './types';

/** What the rows of one person say, merged. */
export interface SheetPerson {
  name?: string;
  nameRu?: string;
  nameKk?: string;
  degree?: string;
  position?: Localized;
  fields?: string[];
  summary?: Localized;
  orcid?: string;
  country?: string;
  /** Id of the home institution, or the name of a new one. */
  institution?: string;
  visits: { visit: VisitOut; rows: RowRef[] }[];
}

export const sameVisit = (a: { programme?: unknown; start?: unknown }, b: VisitOut) =>
  a.programme === b.programme && (a.start instanceof Date ? a.start.toISOString().slice(0, 10) : a.start) === b.start;

const isoOf = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v);

/** The changes the sheet makes to `existing`. */
export function compareWithFile(existing: ExistingProfessor, sheet: SheetPerson, rows: RowRef[]): Plan['updates'][number] {
  const update = {
    professor: existing,
    visits: [] as { visit: VisitOut; rows: RowRef[] }[],
    fills: [] as Change[],
    disagreements: [] as Disagreement[],
  };
  const fileVisits = Array.isArray(existing.data.visits) ? (existing.data.visits as Record<string, unknown>[]) : [];
  for (const v of sheet.visits) {
    const there = fileVisits.find((f) => sameVisit(f, v.visit));
    if (!there) update.visits.push(v);
    else if (isoOf(there.end) !== v.visit.end)
      update.disagreements.push({ field: `visit of ${v.visit.start}: end`, file: isoOf(there.end), sheet: v.visit.end, rows: v.rows });
  }
  const compare = (
    field: string,
    fileValue: unknown,
    sheetValue: unknown,
    same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b),
  ) => {
    if (sheetValue === undefined) return;
    if (fileValue === undefined || fileValue === null || fileValue === '') update.fills.push({ field, value: sheetValue, rows });
    else if (!same(fileValue, sheetValue)) update.disagreements.push({ field, file: fileValue, sheet: sheetValue, rows });
  };
  // A name written without its accents ("Wrobel" for "Wróbel") says the same.
  const sameName = (a: unknown, b: unknown) => typeof a === 'string' && typeof b === 'string' && nameForms(a)[0] === nameForms(b)[0];
  const d = existing.data;
  compare('name', d.name, sheet.name, sameName);
  compare('nameRu', d.nameRu, sheet.nameRu, sameName);
  compare('nameKk', d.nameKk, sheet.nameKk, sameName);
  if (typeof d.degree !== 'object' || !sheet.degree) compare('degree', d.degree, sheet.degree);
  compare('links.orcid', (d.links as { orcid?: string } | undefined)?.orcid, sheet.orcid);
  compare('country', d.country, sheet.country);
  compare('institution', d.institution, sheet.institution);
  for (const [field, v] of [
    ['position', sheet.position],
    ['summary', sheet.summary],
  ] as const) {
    if (!v) continue;
    const fileText = (d[field] ?? {}) as Localized;
    for (const l of LOCALES) compare(`${field}.${l}`, fileText[l], v[l]);
  }
  if (sheet.fields && JSON.stringify(d.fields) !== JSON.stringify(sheet.fields)) {
    const missing = sheet.fields.filter((f) => !(d.fields as string[] | undefined)?.includes(f));
    if (missing.length) update.disagreements.push({ field: 'fields', file: d.fields, sheet: sheet.fields, rows });
  }
  return update;
}
