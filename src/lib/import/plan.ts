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
import { slugify } from '~/lib/editing/scaffold';
import type { ColumnKey } from './columns';
import type { ContentIndex } from './content-index';
import { header, readRow, type RowData } from './rows';
import type { SheetRow } from './sheet';
import type { ExistingProfessor, InstitutionOut, Localized, Plan, RowRef } from './types';
import { compareWithFile, sameVisit } from './update';
import { countryNames, nameForms } from './values';

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

  const newInstitutions = new Map<string, InstitutionOut>();
  const newCountries = new Map<string, Localized>();
  const ids = new Set(index.usedIds);
  const severalFiles = new Set(sheetRows.map((r) => r.file)).size > 1;
  const rowsOf = (group: RowData[]): RowRef[] => group.map((d) => (severalFiles ? `${basename(d.row.file)}:${d.row.line}` : d.row.line));
  const rowsText = (group: RowData[]) =>
    `${severalFiles ? '' : `${group[0]!.row.file} `}${group.length === 1 ? 'row' : 'rows'} ${rowsOf(group).join(', ')}`;
  const fail = (group: RowData[], key: ColumnKey, fix: string) => {
    for (const d of group) plan.problems.push({ file: d.row.file, line: d.row.line, column: header(d.row, key), fix });
  };

  for (const group of groupRows(rows)) {
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
    const existing = matchExisting(group, institutionId, index);
    const visits = group.filter((d) => d.visit).map((d) => ({ visit: d.visit!, rows: rowsOf([d]), from: [d] }));
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
        taken.push({ start: v.visit.start, end: v.visit.end, where: `in ${rowsText(v.from)}` });
        continue;
      }
      for (const d of v.from)
        plan.problems.push({
          file: d.row.file,
          line: d.row.line,
          column: header(d.row, 'start'),
          value: `${v.visit.start} to ${v.visit.end}`,
          fix: `overlaps the visit of ${clash.start} to ${clash.end} ${clash.where}: fix the dates, or make the two one visit`,
        });
      distinct.splice(i--, 1);
    }
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
    plan.notices.push(...notes);

    if (existing) {
      const update = compareWithFile(
        existing,
        {
          ...value,
          country,
          institution: institutionId ?? (institutionRef && !('id' in institutionRef) ? institutionRef.name.en : undefined),
          visits: distinct,
        },
        rowsOf(group),
      );
      if (update.visits.length || update.fills.length || update.disagreements.length) plan.updates.push(update);
      const added = new Set(update.visits.flatMap((v) => v.rows));
      plan.unchanged += rowsOf(group).filter((r) => !added.has(r)).length;
      continue;
    }

    // A new professor: everything the site requires must be in the rows.
    for (const n of [value.name, value.nameRu, value.nameKk]) {
      const namesake = n && index.byName.get(nameForms(n)[1]!)?.[0];
      if (namesake) {
        plan.notices.push(
          `${rowsText(group)}: ${n} has the name of ${namesake.display}, whose home institution is another; imported as a new professor. If it is the same person, write "${namesake.id}" in a column "id"`,
        );
        break;
      }
    }
    const missing: [ColumnKey, string][] = [];
    if (!value.name) missing.push(['name', `${who}: a new professor needs the name in Latin letters`]);
    if (!value.position) missing.push(['position', `${who}: a new professor needs the position at the home institution (in English)`]);
    if (!country) missing.push(['country', `${who}: a new professor needs the country of the home institution`]);
    if (!institutionRef) missing.push(['institution', `${who}: a new professor needs the home institution`]);
    if (!value.fields?.length)
      missing.push(['fields', `${who}: a new professor needs at least one field (ids or names from content/fields.yaml)`]);
    if (!value.summary)
      missing.push(['summary', `${who}: a new professor needs a one- or two-sentence summary in English, shown on the cards`]);
    const example = group.some((d) => d.example);
    if (!value.sources?.length && !example)
      missing.push(['sources', `${who}: a new professor needs a public web page where the facts can be checked`]);
    if (!distinct.length)
      missing.push(['start', `${who}: a new professor needs at least one visit (programme, first day, last day, forms of cooperation)`]);

    let institution = institutionId;
    if (institutionRef && !('id' in institutionRef)) {
      const known = newInstitutions.get(institutionRef.key);
      const id = known?.id ?? slugify(institutionRef.name.en!);
      if (known) known.rows.push(...rowsOf(group));
      else if (index.institutions.has(id)) institution = id;
      else {
        if (!institutionRef.city.en)
          missing.push(['city', `${who}: the home institution "${institutionRef.name.en}" is new: write its city (in English)`]);
        if (!institutionRef.website && !example)
          missing.push([
            'website',
            `${who}: the home institution "${institutionRef.name.en}" is new: write its official website, where its name can be checked`,
          ]);
        if (country && !missing.length)
          newInstitutions.set(institutionRef.key, {
            id,
            name: institutionRef.name,
            country,
            city: institutionRef.city,
            ...(institutionRef.website ? { website: institutionRef.website } : {}),
            sources: institutionRef.website ? [institutionRef.website] : [],
            example,
            rows: rowsOf(group),
          });
      }
      institution = id;
    }
    if (missing.length) {
      for (const [key, fix] of missing) fail(group, key, fix);
      continue;
    }
    if (!index.countries.has(country!) && !newCountries.has(country!)) {
      const name = countryNames(country!);
      if (name) newCountries.set(country!, name);
    }
    let id = group.find((d) => d.id)?.id ?? slugify(value.name!);
    for (let n = 2; ids.has(id); n++) id = `${slugify(value.name!)}-${n}`;
    ids.add(id);
    plan.newProfessors.push({
      id,
      rows: rowsOf(group),
      data: {
        name: value.name!,
        ...(value.nameRu ? { nameRu: value.nameRu } : {}),
        ...(value.nameKk ? { nameKk: value.nameKk } : {}),
        ...(value.degree ? { degree: value.degree } : {}),
        position: value.position!,
        country: country!,
        institution: institution!,
        fields: value.fields!,
        links: value.orcid ? { orcid: value.orcid } : {},
        visits: distinct.map((v) => v.visit),
        summary: value.summary!,
        sources: value.sources ?? [],
        example,
      },
    });
  }
  plan.newInstitutions = [...newInstitutions.values()];
  plan.newCountries = [...newCountries].map(([code, name]) => ({ code, name }));
  plan.problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  return plan;
}
