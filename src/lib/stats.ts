/**
 * The programme in numbers, computed once from the resolved content for the
 * statistics page, the map and the country pages. Pure functions over plain
 * objects, so tests can feed them small hand-made worlds.
 */
import type { Professor, Project } from './content';
import { activityHours, visitCount } from './derive';
import { today as buildDate } from './format';
import { PROJECT_STATUSES, type ProjectStatus } from '~/schemas/project';
import type { Format } from '~/schemas/visit';
import { FORMATS } from '~/schemas/visit';

export interface Count<K = string> {
  key: K;
  count: number;
}

/** Largest first; equal counts in key order, so charts are stable. */
function ranked<K extends string>(map: Map<K, number>): Count<K>[] {
  return [...map.entries()].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

function tally<K extends string>(keys: Iterable<K>): Map<K, number> {
  const map = new Map<K, number>();
  for (const k of keys) map.set(k, (map.get(k) ?? 0) + 1);
  return map;
}

/**
 * Visits that start in one year: those held (started on or before the build
 * date) and those planned (starting after it), each per programme id.
 */
export interface YearVisits {
  year: number;
  byProgramme: Record<string, number>;
  plannedByProgramme: Record<string, number>;
  held: number;
  planned: number;
  total: number;
}

export interface ProgrammeStats {
  /** Visits that started in each year, held and planned; years in order, with no gaps. */
  visitsPerYear: YearVisits[];
  professorsPerCountry: Count[];
  professorsPerField: Count[];
  /** Visits that included each form of cooperation, in the schema's order of forms. */
  formats: Count<Format>[];
  lectureHours: number;
  /** People who came more than once. */
  repeatVisitors: number;
  professors: number;
  visits: number;
  countries: number;
  projectsByStatus: Record<ProjectStatus, number>;
}

/** `today` is the build date (ISO): a visit starting after it is planned, not yet held. */
export function programmeStats(professors: readonly Professor[], projects: readonly Project[], today = buildDate()): ProgrammeStats {
  const visits = professors.flatMap((p) => p.visits);
  const years = visits.map((v) => Number(v.start.slice(0, 4)));
  // A loop, not Math.min(...years): spreading 300,000 visits overflows the call stack.
  let first = Infinity;
  let last = -Infinity;
  for (const year of years) {
    if (year < first) first = year;
    if (year > last) last = year;
  }
  const visitsPerYear = years.length
    ? Array.from({ length: last - first + 1 }, (_, i) => {
        const year = first + i;
        const inYear = visits.filter((v) => Number(v.start.slice(0, 4)) === year);
        const held = inYear.filter((v) => v.start <= today);
        const planned = inYear.filter((v) => v.start > today);
        return {
          year,
          byProgramme: Object.fromEntries(tally(held.map((v) => v.programme.id))),
          plannedByProgramme: Object.fromEntries(tally(planned.map((v) => v.programme.id))),
          held: held.length,
          planned: planned.length,
          total: inYear.length,
        };
      })
    : [];
  const formatTally = tally(visits.flatMap((v) => [...new Set(v.formats)]));
  return {
    visitsPerYear,
    professorsPerCountry: ranked(tally(professors.map((p) => p.country.id))),
    professorsPerField: ranked(tally(professors.flatMap((p) => p.fields.map((f) => f.id)))),
    formats: FORMATS.map((key) => ({ key, count: formatTally.get(key) ?? 0 })),
    lectureHours: activityHours(visits),
    repeatVisitors: professors.filter((p) => p.visits.length > 1).length,
    professors: professors.length,
    visits: visits.length,
    countries: new Set(professors.map((p) => p.country.id)).size,
    projectsByStatus: Object.fromEntries(
      PROJECT_STATUSES.map((status) => [status, projects.filter((p) => p.status === status).length]),
    ) as Record<ProjectStatus, number>,
  };
}

/** How many of the counted entries are invented examples (`example: true`), of how many. */
export interface ExampleCounts {
  professors: { examples: number; total: number };
  projects: { examples: number; total: number };
}

export function exampleCounts(professors: readonly Professor[], projects: readonly Project[]): ExampleCounts {
  return {
    professors: { examples: professors.filter((p) => p.example).length, total: professors.length },
    projects: { examples: projects.filter((p) => p.example).length, total: projects.length },
  };
}

/** A country's own figures for its page. */
export function countryStats(professors: readonly Professor[]): {
  years: number[];
  fields: Count[];
  visits: number;
} {
  return {
    years: [...new Set(professors.flatMap((p) => p.years))].sort((a, b) => a - b),
    fields: ranked(tally(professors.flatMap((p) => p.fields.map((f) => f.id)))),
    visits: visitCount(professors),
  };
}
