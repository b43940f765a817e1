/**
 * The open data files under /data/: JSON records and RFC 4180 CSV tables
 * made from the same resolved content as the pages, with the JSON Schema of
 * each JSON file. Column lists are defined once here and used by the files,
 * the data page and the tests.
 */
import { z } from 'astro/zod';
import type { LocalizedText } from '~/schemas/common';
import { countryRecord, institutionRecord, professorRecord, projectRecord } from '~/schemas/open-data';
import type { Professor, Project, SiteContent, VisitOfProfessor } from './content';
import { visitCount } from './derive';
import { LOCALES, type Locale, type MessageKey } from './i18n';
import { absoluteUrl } from './seo';

type ProfessorRecord = z.infer<typeof professorRecord>;
type ProjectRecord = z.infer<typeof projectRecord>;

/** Localized text without empty languages, as published. */
function text(value: LocalizedText): { en: string; ru?: string; kk?: string } {
  return { en: value.en, ...(value.ru ? { ru: value.ru } : {}), ...(value.kk ? { kk: value.kk } : {}) };
}

function pages(site: URL | undefined, path: string): Record<Locale, string> {
  return Object.fromEntries(LOCALES.map((l) => [l, absoluteUrl(site, l, path)])) as Record<Locale, string>;
}

export function professorRecords(content: SiteContent, site: URL | undefined): ProfessorRecord[] {
  return content.professors.map((p) => ({
    id: p.id,
    name: p.name,
    ...(p.nameRu ? { nameRu: p.nameRu } : {}),
    ...(p.nameKk ? { nameKk: p.nameKk } : {}),
    position: text(p.position),
    country: p.country.id,
    institution: p.institution.id,
    fields: p.fields.map((f) => f.id),
    visits: p.visits.map((v) => ({
      programme: v.programme.id,
      start: v.start,
      end: v.end,
      host: v.host.id,
      formats: [...v.formats],
      ...(v.unit ? { unit: text(v.unit) } : {}),
    })),
    summary: text(p.summary),
    ...(p.links.orcid ? { orcid: p.links.orcid } : {}),
    url: pages(site, `professors/${p.id}`),
    sources: [...p.sources],
    example: p.example,
  }));
}

export function projectRecords(content: SiteContent, site: URL | undefined): ProjectRecord[] {
  return content.projects.map((p: Project) => ({
    id: p.id,
    title: text(p.title),
    status: p.status,
    start: p.start,
    ...(p.end ? { end: p.end } : {}),
    professors: p.professors.map((x) => x.id),
    partners: p.partners.map((x) => x.id),
    fields: p.fields.map((x) => x.id),
    ...(p.programme ? { programme: p.programme.id } : {}),
    summary: text(p.summary),
    url: pages(site, `projects/${p.id}`),
    sources: [...p.sources],
    example: p.example,
  }));
}

export function countryRecords(content: SiteContent, site: URL | undefined): z.infer<typeof countryRecord>[] {
  return [...content.professorsByCountry.entries()]
    .map(([id, professors]) => ({
      id,
      name: text(content.countries.get(id)!.name),
      professors: professors.length,
      visits: visitCount(professors),
      url: pages(site, `countries/${id}`),
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

export function institutionRecords(content: SiteContent, site: URL | undefined): z.infer<typeof institutionRecord>[] {
  return [...content.institutions.values()]
    .map((i) => ({
      id: i.id,
      name: text(i.name),
      country: i.country.id,
      city: text(i.city),
      ...(i.website ? { website: i.website } : {}),
      ...(i.ror ? { ror: i.ror } : {}),
      professors: content.professorsByInstitution.get(i.id)?.length ?? 0,
      url: pages(site, `institutions/${i.id}`),
      example: i.example,
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** A CSV column's header: one the data page describes (`data.col.<name>` in the UI strings). */
type ColumnName = MessageKey extends infer K ? (K extends `data.col.${infer C}` ? C : never) : never;

/** One CSV column: its header and how to read it from a row. */
interface Column<T> {
  name: ColumnName;
  value: (row: T) => string | number | boolean | undefined;
}

const list = (values: readonly string[]) => values.join(';');

const PROFESSOR_COLUMNS: Column<Professor>[] = [
  { name: 'id', value: (p) => p.id },
  { name: 'name', value: (p) => p.name },
  { name: 'name_ru', value: (p) => p.nameRu },
  { name: 'name_kk', value: (p) => p.nameKk },
  { name: 'country', value: (p) => p.country.id },
  { name: 'institution', value: (p) => p.institution.id },
  { name: 'fields', value: (p) => list(p.fields.map((f) => f.id)) },
  { name: 'programmes', value: (p) => list([...new Set(p.visits.map((v) => v.programme.id))]) },
  { name: 'visits', value: (p) => p.visits.length },
  { name: 'first_visit', value: (p) => p.visits[0]?.start },
  { name: 'latest_visit', value: (p) => p.latestVisit },
  { name: 'position_en', value: (p) => p.position.en },
  { name: 'orcid', value: (p) => p.links.orcid },
  { name: 'summary_en', value: (p) => p.summary.en },
  { name: 'sources', value: (p) => list(p.sources) },
  { name: 'example', value: (p) => p.example },
];

type VisitRow = VisitOfProfessor;

const VISIT_COLUMNS: Column<VisitRow>[] = [
  { name: 'professor', value: (r) => r.professor.id },
  { name: 'name', value: (r) => r.professor.name },
  { name: 'country', value: (r) => r.professor.country.id },
  { name: 'institution', value: (r) => r.professor.institution.id },
  { name: 'programme', value: (r) => r.visit.programme.id },
  { name: 'start', value: (r) => r.visit.start },
  { name: 'end', value: (r) => r.visit.end },
  { name: 'host', value: (r) => r.visit.host.id },
  { name: 'formats', value: (r) => list(r.visit.formats) },
  { name: 'unit_en', value: (r) => r.visit.unit?.en },
  { name: 'example', value: (r) => r.professor.example },
];

const PROJECT_COLUMNS: Column<Project>[] = [
  { name: 'id', value: (p) => p.id },
  { name: 'title_en', value: (p) => p.title.en },
  { name: 'status', value: (p) => p.status },
  { name: 'start', value: (p) => p.start },
  { name: 'end', value: (p) => p.end },
  { name: 'professors', value: (p) => list(p.professors.map((x) => x.id)) },
  { name: 'partners', value: (p) => list(p.partners.map((x) => x.id)) },
  { name: 'fields', value: (p) => list(p.fields.map((x) => x.id)) },
  { name: 'programme', value: (p) => p.programme?.id },
  { name: 'example', value: (p) => p.example },
];

/** A CSV field per RFC 4180: quoted when it holds a comma, a quote or a line break. */
function csvField(value: string | number | boolean | undefined): string {
  const s = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A CSV table per RFC 4180: a header row, CRLF line ends, UTF-8. */
export function toCsv<T>(columns: readonly Column<T>[], rows: readonly T[]): string {
  return [columns.map((c) => c.name), ...rows.map((r) => columns.map((c) => c.value(r)))]
    .map((cells) => cells.map((v) => csvField(v)).join(','))
    .map((line) => `${line}\r\n`)
    .join('');
}

export const CSV_COLUMNS = {
  'professors.csv': PROFESSOR_COLUMNS.map((c) => c.name),
  'visits.csv': VISIT_COLUMNS.map((c) => c.name),
  'projects.csv': PROJECT_COLUMNS.map((c) => c.name),
} as const;

const JSON_FILES = {
  'professors.json': professorRecord,
  'projects.json': projectRecord,
  'countries.json': countryRecord,
  'institutions.json': institutionRecord,
} as const;

/** Every file under /data/, in the order the data page lists them. */
export const DATA_FILES = [
  'professors.json',
  'professors.csv',
  'visits.csv',
  'projects.json',
  'projects.csv',
  'countries.json',
  'institutions.json',
] as const;
export type DataFile = (typeof DATA_FILES)[number];

export function isJsonFile(file: DataFile): file is keyof typeof JSON_FILES {
  return file in JSON_FILES;
}

/** The JSON Schema of a JSON file: an array of its records. */
export function dataSchema(file: keyof typeof JSON_FILES): string {
  const schema = z.toJSONSchema(JSON_FILES[file].array(), { target: 'draft-07' });
  return `${JSON.stringify({ ...schema, title: file }, null, 2)}\n`;
}

/** The text of one data file. */
export function dataFile(file: DataFile, content: SiteContent, site: URL | undefined): string {
  switch (file) {
    case 'professors.json':
      return `${JSON.stringify(professorRecords(content, site), null, 1)}\n`;
    case 'projects.json':
      return `${JSON.stringify(projectRecords(content, site), null, 1)}\n`;
    case 'countries.json':
      return `${JSON.stringify(countryRecords(content, site), null, 1)}\n`;
    case 'institutions.json':
      return `${JSON.stringify(institutionRecords(content, site), null, 1)}\n`;
    case 'professors.csv':
      return toCsv(PROFESSOR_COLUMNS, content.professors);
    case 'visits.csv':
      return toCsv(
        VISIT_COLUMNS,
        content.professors.flatMap((professor) => professor.visits.map((visit) => ({ professor, visit }))),
      );
    case 'projects.csv':
      return toCsv(PROJECT_COLUMNS, content.projects);
  }
}

/** Rows (CSV) or records (JSON) in a data file, for the data page. */
export function rowCount(file: DataFile, content: SiteContent): number {
  switch (file) {
    case 'professors.json':
    case 'professors.csv':
      return content.professors.length;
    case 'visits.csv':
      return visitCount(content.professors);
    case 'projects.json':
    case 'projects.csv':
      return content.projects.length;
    case 'countries.json':
      return content.professorsByCountry.size;
    case 'institutions.json':
      return content.institutions.size;
  }
}
