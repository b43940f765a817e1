/**
 * What an import would do, worked out before anything is written: rows of one
 * person become one professor (matched by ORCID, by the id the site's own
 * export carries, or by the name in any script together with the home
 * institution), each new visit goes to that professor, empty fields are
 * filled, and every value the sheet gives differently from a file is
 * reported and left as the editor wrote it. A row that cannot be used is
 * named with its column, its value and the fix, and nothing of it is written.
 */
import { basename } from 'node:path';
import type { ColumnKey } from './columns';
import type { ContentIndex } from './content-index';
import { header, readRow, type RowData } from './rows';
import type { SheetRow } from './sheet';
import type { ExistingProfessor, InstitutionOut, Localized, Plan, RowRef } from './types';
import { addProfessor } from './new-professor';
import { compareWithFile, sameVisit } from './update';
import { nameForms } from './values';

export type * from './types';
export { indexContent, type ContentIndex } from './content-index';

// ---------------------------------------------------------------------------------------------
// Rows into people

/** Groups rows that share an ORCID, an id, or a name (any script) at the same institution. */
function groupRows(rows: RowData[]): RowData[][] {
  const parent = rows.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const owner = new Map<string, number>();
  rows.forEach((d, i) => {
    const inst = d.institution ? ('id' in d.institution ? d.institution.id : `new:${d.institution.key}`) : '?';
    const keys = [
      ...(d.orcid ? [`orcid:${d.orcid}`] : []),
      ...(d.id ? [`id:${d.id}`] : []),
      ...[d.name, d.nameRu, d.nameKk].filter(Boolean).map((n) => `name:${nameForms(n!)[1]}|${inst}`),
    ];
    for (const k of keys) {
      const j = owner.get(k);
      if (j === undefined) owner.set(k, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, RowData[]>();
  rows.forEach((d, i) => {
    const g = find(i);
    groups.set(g, [...(groups.get(g) ?? []), d]);
  });
  return [...groups.values()];
}

function matchExisting(group: RowData[], institution: string | undefined, index: ContentIndex): ExistingProfessor | undefined {
  for (const d of group) {
    const p = (d.orcid && index.byOrcid.get(d.orcid)) || (d.id && index.byId.get(d.id));
    if (p) return p;
  }
  for (const d of group) {
    for (const n of [d.name, d.nameRu, d.nameKk]) {
      if (!n) continue;
      const candidates = index.byName.get(nameForms(n)[1]!) ?? [];
      const same = candidates.find((p) => p.data.institution === institution);
      if (same) return same;
    }
  }
  return undefined;
}

/** The first value the rows give for a field, and the rows that say otherwise. */
function agreed<T>(
  group: RowData[],
  get: (d: RowData) => T | undefined,
  field: string,
  notes: string[],
  same: (a: T, b: T) => boolean = (a, b) => JSON.stringify(a) === JSON.stringify(b),
): T | undefined {
  let value: T | undefined;
  let from: RowData | undefined;
  for (const d of group) {
    const v = get(d);
    if (v === undefined) continue;
    if (value === undefined) {
      value = v;
      from = d;
    } else if (!same(v, value)) {
      notes.push(
        `${d.row.file} row ${d.row.line}: ${field} ${JSON.stringify(v)} differs from ${JSON.stringify(value)} in row ${from!.row.line}; the first is used`,
      );
    }
  }
  return value;
}

const isoDate = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v);

const institutionKey = (i: NonNullable<RowData['institution']>) => ('id' in i ? i.id : i.key);
const sameName = (a: string, b: string) => nameForms(a)[0] === nameForms(b)[0];

/** Works out the plan for `rows` against the content in `index`. Nothing is written. */
/** What planning keeps across the sheet's people: the plan so far, the site's content, and what the sheet adds to it. */
export interface PlanContext {
  plan: Plan;
  index: ContentIndex;
  /** Professor ids taken, by the site or by earlier rows. */
  ids: Set<string>;
  newInstitutions: Map<string, InstitutionOut>;
  newCountries: Map<string, Localized>;
  /** The rows of a group, as the plan names them. */
  rowsOf(group: RowData[]): RowRef[];
  /** "visits.xlsx rows 4, 5", for messages. */
  rowsText(group: RowData[]): string;
  /** Records a problem on every row of a group, in one column. */
  fail(group: RowData[], key: ColumnKey, fix: string): void;
}

/** One person's visits from the sheet: copies joined, in date order, without those that overlap another visit of theirs. */
function visitsOf(group: RowData[], existing: ExistingProfessor | undefined, ctx: PlanContext) {
  const visits = group.filter((d) => d.visit).map((d) => ({ visit: d.visit!, rows: ctx.rowsOf([d]), from: [d] }));
  // The same visit twice in the sheet (a copied row) is one visit.
  const distinct: typeof visits = [];
  for (const v of visits) {
    const twin = distinct.find((x) => sameVisit(x.visit, v.visit));
    if (twin) {
      twin.rows.push(...v.rows);
      twin.from.push(...v.from);
    } else distinct.push(v);
  }
  distinct.sort((a, b) => (a.visit.start < b.visit.start ? -1 : a.visit.start > b.visit.start ? 1 : 0));
  // A person is in one place at a time: a visit that overlaps another is not imported.
  const taken: { start: string; end: string; where: string }[] = [];
  for (const v of (existing?.data.visits ?? []) as { start?: unknown; end?: unknown }[])
    taken.push({ start: String(isoDate(v.start)), end: String(isoDate(v.end)), where: `in ${existing!.display}` });
  for (let i = 0; i < distinct.length; i++) {
    const v = distinct[i]!;
    if (existing && ((existing.data.visits ?? []) as object[]).some((f) => sameVisit(f, v.visit))) continue;
    const clash = taken.find((t) => t.start <= v.visit.end && v.visit.start <= t.end);
    if (!clash) {
      taken.push({ start: v.visit.start, end: v.visit.end, where: `in ${ctx.rowsText(v.from)}` });
      continue;
    }
    for (const d of v.from)
      ctx.plan.problems.push({
        file: d.row.file,
        line: d.row.line,
        column: header(d.row, 'start'),
        value: `${v.visit.start} to ${v.visit.end}`,
        fix: `overlaps the visit of ${clash.start} to ${clash.end} ${clash.where}: fix the dates, or make the two one visit`,
      });
    distinct.splice(i--, 1);
  }
  return distinct;
}

/** What the rows of one person say, agreed across the rows (a disagreement becomes a notice). */
function personOf(group: RowData[], ctx: PlanContext) {
  const notes: string[] = [];
  const who = group.find((d) => d.name)?.name ?? group.find((d) => d.nameRu)?.nameRu ?? group[0]!.id ?? '?';
  const country = agreed(group, (d) => d.country, 'country', notes);
  const institutionRef = agreed(
    group,
    (d) => d.institution,
    'home institution',
    notes,
    (a, b) => JSON.stringify(institutionKey(a)) === JSON.stringify(institutionKey(b)),
  );
  // A new institution's city and website may be on any of the person's rows.
  if (institutionRef && !('id' in institutionRef))
    for (const d of group) {
      const other = d.institution;
      if (!other || 'id' in other || other.key !== institutionRef.key) continue;
      if (!institutionRef.city.en && other.city.en) institutionRef.city = other.city;
      if (!institutionRef.website && other.website) institutionRef.website = other.website;
    }
  const institutionId = institutionRef && 'id' in institutionRef ? institutionRef.id : undefined;
  const existing = matchExisting(group, institutionId, ctx.index);
  const visits = visitsOf(group, existing, ctx);
  const value = {
    name: agreed(group, (d) => d.name, 'name', notes, sameName),
    nameRu: agreed(group, (d) => d.nameRu, 'name in Russian', notes, sameName),
    nameKk: agreed(group, (d) => d.nameKk, 'name in Kazakh', notes, sameName),
    degree: agreed(group, (d) => d.degree, 'degree', notes),
    position: agreed(group, (d) => d.position, 'position', notes),
    fields: agreed(group, (d) => d.fields, 'fields', notes),
    summary: agreed(group, (d) => d.summary, 'summary', notes),
    sources: agreed(group, (d) => d.sources, 'source', notes),
    orcid: agreed(group, (d) => d.orcid, 'ORCID', notes),
  };
  ctx.plan.notices.push(...notes);
  return { who, country, institutionRef, institutionId, existing, visits, value };
}

export type Person = ReturnType<typeof personOf>;

export function planImport(sheetRows: SheetRow[], index: ContentIndex): Plan {
  const plan: Plan = {
    rows: sheetRows.length,
    newProfessors: [],
    newInstitutions: [],
    newCountries: [],
    updates: [],
    unchanged: 0,
    problems: [],
    notices: [],
  };
  const rows: RowData[] = [];
  for (const row of sheetRows) {
    const r = readRow(row, index);
    plan.problems.push(...r.problems);
    if (r.data) rows.push(r.data);
  }

  const severalFiles = new Set(sheetRows.map((r) => r.file)).size > 1;
  const rowsOf = (group: RowData[]): RowRef[] => group.map((d) => (severalFiles ? `${basename(d.row.file)}:${d.row.line}` : d.row.line));
  const ctx: PlanContext = {
    plan,
    index,
    ids: new Set(index.usedIds),
    newInstitutions: new Map(),
    newCountries: new Map(),
    rowsOf,
    rowsText: (group) =>
      `${severalFiles ? '' : `${group[0]!.row.file} `}${group.length === 1 ? 'row' : 'rows'} ${rowsOf(group).join(', ')}`,
    fail: (group, key, fix) => {
      for (const d of group) plan.problems.push({ file: d.row.file, line: d.row.line, column: header(d.row, key), fix });
    },
  };

  for (const group of groupRows(rows)) {
    const person = personOf(group, ctx);
    const { existing, institutionId, institutionRef } = person;
    if (!existing) {
      addProfessor(group, person, ctx);
      continue;
    }
    const update = compareWithFile(
      existing,
      {
        ...person.value,
        country: person.country,
        institution: institutionId ?? (institutionRef && !('id' in institutionRef) ? institutionRef.name.en : undefined),
        visits: person.visits,
      },
      rowsOf(group),
    );
    if (update.visits.length || update.fills.length || update.disagreements.length) plan.updates.push(update);
    const added = new Set(update.visits.flatMap((v) => v.rows));
    plan.unchanged += rowsOf(group).filter((r) => !added.has(r)).length;
  }
  plan.newInstitutions = [...ctx.newInstitutions.values()];
  plan.newCountries = [...ctx.newCountries].map(([code, name]) => ({ code, name }));
  plan.problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  return plan;
}
