/**
 * Writes an import plan into the content folder: new files laid out as the
 * repository's own (keys in schema order, lists of ids on one line, dates
 * unquoted), and changes to existing professor files made in the parsed
 * document, so every comment, quote and line the editor wrote stays as it was.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Document, isMap, isSeq, parseDocument, type Node, type YAMLSeq } from 'yaml';
import { COLLECTIONS } from '~/schemas/index';
import type { InstitutionOut, Localized, Plan, ProfessorOut, VisitOut } from './plan';

/** How the repository's YAML is written; parsing and writing a file with these gives it back byte for byte. */
const STYLE = { lineWidth: 0, flowCollectionPadding: false } as const;

/** Lists of ids and forms stay on one line, as editors write them. */
const FLOW_KEYS = new Set(['fields', 'formats']);

function flowLists(node: unknown): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = String((pair.key as { value?: unknown })?.value ?? pair.key);
      if (FLOW_KEYS.has(key) && isSeq(pair.value)) (pair.value as YAMLSeq).flow = true;
      flowLists(pair.value);
    }
  } else if (isSeq(node)) for (const item of node.items) flowLists(item);
}

function yamlOf(value: unknown): string {
  const doc = new Document(value);
  flowLists(doc.contents);
  return doc.toString(STYLE);
}

const localized = (t: Localized) => Object.fromEntries((['en', 'ru', 'kk'] as const).filter((l) => t[l]).map((l) => [l, t[l]]));

function visitData(v: VisitOut): Record<string, unknown> {
  return {
    programme: v.programme,
    start: v.start,
    end: v.end,
    ...(v.unit ? { unit: localized(v.unit) } : {}),
    formats: v.formats,
    ...(v.activities.length
      ? {
          activities: v.activities.map((a) => ({
            type: a.type,
            title: localized(a.title),
            ...(a.hours !== undefined ? { hours: a.hours } : {}),
            ...(a.audience ? { audience: localized(a.audience) } : {}),
          })),
        }
      : {}),
    ...(v.note ? { note: localized(v.note) } : {}),
  };
}

export function professorText(p: ProfessorOut): string {
  const data = {
    name: p.name,
    ...(p.nameRu ? { nameRu: p.nameRu } : {}),
    ...(p.nameKk ? { nameKk: p.nameKk } : {}),
    ...(p.degree ? { degree: p.degree } : {}),
    position: localized(p.position),
    country: p.country,
    institution: p.institution,
    fields: p.fields,
    ...(p.links.orcid ? { links: { orcid: p.links.orcid } } : {}),
    visits: p.visits.map(visitData),
    summary: localized(p.summary),
    ...(p.sources.length ? { sources: p.sources } : {}),
    ...(p.example ? { example: true } : {}),
  };
  return `---\n${yamlOf(data)}---\n`;
}

export function institutionText(i: InstitutionOut): string {
  return yamlOf({
    name: localized(i.name),
    country: i.country,
    city: localized(i.city),
    ...(i.website ? { website: i.website } : {}),
    ...(i.sources.length ? { sources: i.sources } : {}),
    ...(i.example ? { example: true } : {}),
  });
}

export function countryText(name: Localized): string {
  return yamlOf({ name: localized(name) });
}

const FRONT = /^(---\r?\n)([\s\S]*?\r?\n)(---(?:\r?\n[\s\S]*)?)$/;

/** An existing professor file with visits added (in date order) and empty fields filled; nothing else changes. */
export function updateProfessorText(text: string, update: Plan['updates'][number]): string {
  const m = FRONT.exec(text);
  if (!m) throw new Error('the file does not start with its fields between --- lines');
  const [, open, front, rest] = m as unknown as [string, string, string, string];
  const doc = parseDocument(front);
  if (doc.errors.length) throw new Error(`its fields are not valid YAML: ${doc.errors[0]!.message}`);
  for (const fill of update.fills) doc.setIn(fill.field.split('.'), fill.value);
  if (update.visits.length) {
    let seq = doc.get('visits', true) as Node | undefined;
    if (!isSeq(seq)) {
      doc.set('visits', doc.createNode([]));
      seq = doc.get('visits', true) as Node;
    }
    const items = (seq as YAMLSeq).items;
    for (const { visit } of update.visits) {
      const node = doc.createNode(visitData(visit));
      flowLists(node);
      // Oldest first: before the first visit that starts later.
      const at = items.findIndex((item) => {
        const start = (item as { get?: (k: string) => unknown }).get?.('start');
        const iso = start instanceof Date ? start.toISOString().slice(0, 10) : String(start);
        return iso > visit.start;
      });
      items.splice(at < 0 ? items.length : at, 0, node as never);
    }
  }
  return open + doc.toString(STYLE) + rest;
}

/** Writes every file of the plan; returns the paths written. */
export function writePlan(plan: Plan, root: string): string[] {
  const written: string[] = [];
  const put = (path: string, text: string, flag: 'wx' | 'w') => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text, { flag });
    written.push(path);
  };
  for (const c of plan.newCountries) put(join(root, COLLECTIONS.countries.path, `${c.code}.yaml`), countryText(c.name), 'wx');
  for (const i of plan.newInstitutions) put(join(root, COLLECTIONS.institutions.path, `${i.id}.yaml`), institutionText(i), 'wx');
  for (const p of plan.newProfessors) put(join(root, COLLECTIONS.professors.path, `${p.id}.md`), professorText(p.data), 'wx');
  for (const u of plan.updates) {
    if (!u.visits.length && !u.fills.length) continue;
    put(u.professor.path, updateProfessorText(readFileSync(u.professor.path, 'utf8'), u), 'w');
  }
  return written;
}
