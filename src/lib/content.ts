/**
 * The single door to content for pages: reads every collection once per
 * build, drops drafts, resolves references into plain objects and sorts.
 * Pages and components receive these objects and never call getCollection.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { LocalizedText } from '../schemas/common';
import type { SiteData } from '../schemas/site';

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
}

export interface Programme {
  id: string;
  name: LocalizedText;
  shortName: LocalizedText;
  summary: LocalizedText;
  example: boolean;
}

type RawProfessor = CollectionEntry<'professors'>;
type RawVisit = RawProfessor['data']['visits'][number];

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
  entry: RawProfessor;
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
  projectCount: number;
}

function must<T>(map: Map<string, T>, id: string, what: string): T {
  const value = map.get(id);
  // The validator refuses unresolved references before the build starts; this guards the invariant.
  if (value === undefined) throw new Error(`Unresolved ${what} "${id}"; run npm run validate`);
  return value;
}

async function load(): Promise<SiteContent> {
  const siteEntry = await getEntry('site', 'site');
  if (!siteEntry) throw new Error('content/site.yaml is missing; run npm run validate');
  const site = siteEntry.data;

  const published = <T extends { data: { draft?: boolean } }>(entries: T[]) => entries.filter((e) => !e.data.draft);

  const countries = new Map<string, Country>((await getCollection('countries')).map((c) => [c.id, { id: c.id, name: c.data.name }]));
  const fields = new Map<string, Field>((await getCollection('fields')).map((f) => [f.id, { id: f.id, label: f.data.label }]));
  const institutions = new Map<string, Institution>(
    published(await getCollection('institutions')).map((i) => {
      const { country, draft: _draft, sources: _sources, ...rest } = i.data;
      return [i.id, { id: i.id, ...rest, country: must(countries, country, 'country') }];
    }),
  );
  const programmes = new Map<string, Programme>(
    published(await getCollection('programmes')).map((p) => [
      p.id,
      { id: p.id, name: p.data.name, shortName: p.data.shortName, summary: p.data.summary, example: p.data.example },
    ]),
  );
  const host = must(institutions, site.host, 'host institution');

  const professors = published(await getCollection('professors'))
    .map((entry): Professor => {
      const { country, institution, fields: fieldIds, visits, ...rest } = entry.data;
      const resolved = visits
        .map((v) => ({ ...v, programme: must(programmes, v.programme, 'programme'), host: v.host ? must(institutions, v.host, 'institution') : host }))
        .sort((a, b) => a.start.localeCompare(b.start));
      return {
        ...rest,
        id: entry.id,
        country: must(countries, country, 'country'),
        institution: must(institutions, institution, 'institution'),
        fields: fieldIds.map((f) => must(fields, f, 'field')),
        visits: resolved,
        latestVisit: resolved.at(-1)?.start ?? '',
        entry,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));

  const projectCount = published(await getCollection('projects')).length;
  return { site, host, countries, fields, institutions, programmes, professors, projectCount };
}

let cache: Promise<SiteContent> | undefined;

/** All content, loaded and resolved once per build and shared by every page and locale. */
export function siteContent(): Promise<SiteContent> {
  cache ??= load();
  return cache;
}

/** Headline numbers computed from the content (never the university's own figures). */
export function headlineCounts(content: SiteContent) {
  return {
    professors: content.professors.length,
    countries: new Set(content.professors.map((p) => p.country.id)).size,
    visits: content.professors.reduce((n, p) => n + p.visits.length, 0),
    projects: content.projectCount,
  };
}
