/**
 * The single door to content for pages: reads every collection once per
 * build, drops drafts, resolves references into plain objects, builds the
 * indexes pages need (by country, field, programme, institution) and sorts.
 * Pages and components receive these objects and never call getCollection.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { LocalizedText } from '~/schemas/common';
import type { SiteData } from '~/schemas/site';
import type { Locale } from './i18n';
import { renderMarkdown } from './markdown';

export interface Country {
  id: string;
  name: LocalizedText;
}

export interface Field {
  id: string;
  label: LocalizedText;
}

export interface Institution {
  id: string;
  name: LocalizedText;
  shortName?: LocalizedText;
  city: LocalizedText;
  country: Country;
  website?: string;
  ror?: string;
  example: boolean;
  sources: string[];
}

export interface Programme {
  id: string;
  name: LocalizedText;
  shortName: LocalizedText;
  funder: LocalizedText;
  summary: LocalizedText;
  since?: number;
  website?: string;
  example: boolean;
  sources: string[];
}

type RawProfessor = CollectionEntry<'professors'>;
type RawVisit = RawProfessor['data']['visits'][number];
type RawProject = CollectionEntry<'projects'>;

export interface Visit extends Omit<RawVisit, 'programme' | 'host'> {
  programme: Programme;
  host: Institution;
}

export interface Professor extends Omit<RawProfessor['data'], 'country' | 'institution' | 'fields' | 'visits'> {
  id: string;
  country: Country;
  institution: Institution;
  fields: Field[];
  /** Oldest first. */
  visits: Visit[];
  /** Start date of the most recent visit, for sorting. */
  latestVisit: string;
  /** Every calendar year a visit spans. */
  years: number[];
  entry: RawProfessor;
}

export interface Project extends Omit<RawProject['data'], 'professors' | 'partners' | 'fields' | 'programme'> {
  id: string;
  professors: Professor[];
  partners: Institution[];
  fields: Field[];
  programme?: Programme;
  entry: RawProject;
}

/** A visit with the person who made it, for lists of visits across people. */
export interface VisitOfProfessor {
  professor: Professor;
  visit: Visit;
}

export interface ProsePage {
  /** Name of the page, the same in every language, e.g. `faq`. */
  name: string;
  /** The entry in each language that has one. */
  byLocale: Partial<Record<Locale, CollectionEntry<'pages'>>>;
}

export interface SiteContent {
  site: SiteData;
  host: Institution;
  countries: Map<string, Country>;
  fields: Map<string, Field>;
  institutions: Map<string, Institution>;
  programmes: Map<string, Programme>;
  /** Sorted by name. */
  professors: Professor[];
  professorsById: Map<string, Professor>;
  /** Sorted by start date, newest first. */
  projects: Project[];
  projectsById: Map<string, Project>;
  pages: Map<string, ProsePage>;
  /** Indexes from an id to the professors or projects that belong to it, in list order. */
  professorsByCountry: Map<string, Professor[]>;
  professorsByField: Map<string, Professor[]>;
  professorsByProgramme: Map<string, Professor[]>;
  professorsByInstitution: Map<string, Professor[]>;
  projectsByProfessor: Map<string, Project[]>;
  projectsByField: Map<string, Project[]>;
  projectsByInstitution: Map<string, Project[]>;
  projectsByCountry: Map<string, Project[]>;
  institutionsByCountry: Map<string, Institution[]>;
}

function must<T>(map: Map<string, T>, id: string, what: string): T {
  const value = map.get(id);
  // The validator refuses unresolved references before the build starts; this guards the invariant.
  if (value === undefined) throw new Error(`Unresolved ${what} "${id}"; run npm run validate`);
  return value;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

function yearsOf(visits: readonly { start: string; end: string }[]): number[] {
  const years = new Set<number>();
  for (const v of visits) for (let y = Number(v.start.slice(0, 4)); y <= Number(v.end.slice(0, 4)); y++) years.add(y);
  return [...years].sort((a, b) => a - b);
}

async function load(): Promise<SiteContent> {
  const siteEntries = await getCollection('site');
  const site = siteEntries[0]?.data;
  if (!site) throw new Error('content/site.yaml is missing; run npm run validate');

  const published = <T extends { data: { draft?: boolean } }>(entries: T[]) => entries.filter((e) => !e.data.draft);

  const countries = new Map<string, Country>((await getCollection('countries')).map((c) => [c.id, { id: c.id, name: c.data.name }]));
  const fields = new Map<string, Field>((await getCollection('fields')).map((f) => [f.id, { id: f.id, label: f.data.label }]));
  const institutions = new Map<string, Institution>(
    published(await getCollection('institutions')).map((i) => {
      const { country, draft: _draft, ...rest } = i.data;
      return [i.id, { id: i.id, ...rest, country: must(countries, country, 'country') }];
    }),
  );
  const programmes = new Map<string, Programme>(
    published(await getCollection('programmes')).map((p) => {
      const { draft: _draft, ...rest } = p.data;
      return [p.id, { id: p.id, ...rest }];
    }),
  );
  const host = must(institutions, site.host, 'host institution');

  const professors = published(await getCollection('professors'))
    .map((entry): Professor => {
      const { country, institution, fields: fieldIds, visits, ...rest } = entry.data;
      const resolved = visits
        .map((v) => ({
          ...v,
          programme: must(programmes, v.programme, 'programme'),
          host: v.host ? must(institutions, v.host, 'institution') : host,
        }))
        .sort((a, b) => a.start.localeCompare(b.start));
      return {
        ...rest,
        id: entry.id,
        country: must(countries, country, 'country'),
        institution: must(institutions, institution, 'institution'),
        fields: fieldIds.map((f) => must(fields, f, 'field')),
        visits: resolved,
        latestVisit: resolved.at(-1)?.start ?? '',
        years: yearsOf(resolved),
        entry,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
  const professorsById = new Map(professors.map((p) => [p.id, p]));

  const projects = published(await getCollection('projects'))
    .map((entry): Project => {
      const { professors: ids, partners, fields: fieldIds, programme, ...rest } = entry.data;
      return {
        ...rest,
        id: entry.id,
        professors: ids.map((id) => must(professorsById, id, 'professor')),
        partners: partners.map((id) => must(institutions, id, 'institution')),
        fields: fieldIds.map((f) => must(fields, f, 'field')),
        ...(programme ? { programme: must(programmes, programme, 'programme') } : {}),
        entry,
      };
    })
    .sort((a, b) => b.start.localeCompare(a.start) || a.id.localeCompare(b.id));
  const projectsById = new Map(projects.map((p) => [p.id, p]));
  // An institution that nothing published refers to is not shown yet (npm run validate says so):
  // an editor may add a new home institution before the professor who comes from it.
  const used = new Set<string>([host.id, ...projects.flatMap((p) => p.partners.map((i) => i.id))]);
  for (const p of professors) for (const i of [p.institution, ...p.visits.map((v) => v.host)]) used.add(i.id);
  for (const id of [...institutions.keys()]) if (!used.has(id)) institutions.delete(id);

  const pages = new Map<string, ProsePage>();
  for (const entry of published(await getCollection('pages'))) {
    const [locale, name] = entry.id.split('/') as [Locale, string];
    const page = pages.get(name) ?? { name, byLocale: {} };
    page.byLocale[locale] = entry;
    pages.set(name, page);
  }

  const professorsByCountry = new Map<string, Professor[]>();
  const professorsByField = new Map<string, Professor[]>();
  const professorsByProgramme = new Map<string, Professor[]>();
  const professorsByInstitution = new Map<string, Professor[]>();
  for (const p of professors) {
    push(professorsByCountry, p.country.id, p);
    push(professorsByInstitution, p.institution.id, p);
    for (const f of p.fields) push(professorsByField, f.id, p);
    for (const v of p.visits) push(professorsByProgramme, v.programme.id, p);
  }
  const projectsByProfessor = new Map<string, Project[]>();
  const projectsByField = new Map<string, Project[]>();
  const projectsByInstitution = new Map<string, Project[]>();
  const projectsByCountry = new Map<string, Project[]>();
  for (const project of projects) {
    for (const p of project.professors) {
      push(projectsByProfessor, p.id, project);
      push(projectsByCountry, p.country.id, project);
      push(projectsByInstitution, p.institution.id, project);
    }
    for (const i of project.partners) {
      push(projectsByInstitution, i.id, project);
      push(projectsByCountry, i.country.id, project);
    }
    for (const f of project.fields) push(projectsByField, f.id, project);
  }
  const institutionsByCountry = new Map<string, Institution[]>();
  for (const i of [...institutions.values()].sort((a, b) => a.name.en.localeCompare(b.name.en, 'en')))
    push(institutionsByCountry, i.country.id, i);

  return {
    site,
    host,
    countries,
    fields,
    institutions,
    programmes,
    professors,
    professorsById,
    projects,
    projectsById,
    pages,
    professorsByCountry,
    professorsByField,
    professorsByProgramme,
    professorsByInstitution,
    projectsByProfessor,
    projectsByField,
    projectsByInstitution,
    projectsByCountry,
    institutionsByCountry,
  };
}

let cache: Promise<SiteContent> | undefined;

/** All content, loaded and resolved once per build and shared by every page and locale. */
export function siteContent(): Promise<SiteContent> {
  cache ??= load();
  return cache;
}

/** The rendered Markdown (or MDX) body of an entry, as a component. */
export function renderEntry(entry: CollectionEntry<'pages' | 'professors' | 'projects'>) {
  return render(entry);
}

/**
 * An entry's Markdown body in `locale`: the translation from the front matter
 * as HTML, or else the English body of the file as a component; undefined when
 * there is neither.
 */
async function bodyIn(entry: CollectionEntry<'professors' | 'projects'>, translations: Partial<Record<Locale, string>>, locale: Locale) {
  const translated = locale === 'en' ? undefined : translations[locale];
  if (translated) return { lang: locale, html: await renderMarkdown(translated) };
  // The store keeps the rendered body, not its source (content.config.ts): an empty body renders to nothing.
  if (!entry.rendered?.html.trim()) return undefined;
  return { lang: 'en' as Locale, Content: (await render(entry)).Content };
}

/** A professor's biography in `locale` (see bodyIn). */
export const biography = (professor: Professor, locale: Locale) => bodyIn(professor.entry, professor.biography, locale);

/** A project's text in `locale` (see bodyIn). */
export const projectText = (project: Project, locale: Locale) => bodyIn(project.entry, project.about, locale);
