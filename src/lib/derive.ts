/**
 * Orders, groups and counts computed from resolved content. Pure functions
 * (no Astro imports), so they are unit-tested directly; pages reach them
 * through lib/content.
 */
import type { LocalizedText } from '~/schemas/common';
import type { Professor, Project, SiteContent, VisitOfProfessor } from './content';
import type { Locale } from './i18n';
import { displayName, displayedSurname } from './names';

/** Professors per page of the static list (the page that works without JavaScript). */
export const DIRECTORY_PAGE_SIZE = 60;

/** How many visits the professors made, or how many of them match `where`. */
export function visitCount(professors: readonly Professor[], where: (visit: Professor['visits'][number]) => boolean = () => true): number {
  let n = 0;
  for (const p of professors) for (const v of p.visits) if (where(v)) n++;
  return n;
}

/** Hours of teaching and other activities over the visits (activities without hours count none). */
export function activityHours(visits: readonly Professor['visits'][number][]): number {
  let hours = 0;
  for (const v of visits) for (const a of v.activities) hours += a.hours ?? 0;
  return hours;
}

/** Visits hosted by an institution (the host university's page shows it). */
export const hostedVisitCount = (professors: readonly Professor[], institutionId: string) =>
  visitCount(professors, (v) => v.host.id === institutionId);

/** Headline numbers computed from the content (never the university's own figures). */
export function headlineCounts(content: SiteContent) {
  return {
    professors: content.professors.length,
    countries: content.professorsByCountry.size,
    visits: visitCount(content.professors),
    projects: content.projects.length,
  };
}

/**
 * Visits under way on `today` (on campus now), visits that started on or
 * before `today`, newest first, and visits still to come, soonest first.
 * Counted at build time: a daily build keeps them true.
 */
export function recentAndUpcoming(content: SiteContent, today: string, limit = 6) {
  const all: VisitOfProfessor[] = content.professors.flatMap((professor) => professor.visits.map((visit) => ({ professor, visit })));
  const now = all.filter((x) => x.visit.start <= today && x.visit.end >= today).sort((a, b) => a.visit.end.localeCompare(b.visit.end));
  const recent = all
    .filter((x) => x.visit.start <= today)
    .sort((a, b) => b.visit.start.localeCompare(a.visit.start))
    .slice(0, limit);
  const upcoming = all
    .filter((x) => x.visit.start > today)
    .sort((a, b) => a.visit.start.localeCompare(b.visit.start))
    .slice(0, limit);
  return { now, recent, upcoming };
}

/** Sorts items by a localized label in the reader's language. */
export function byLabel<T>(items: Iterable<T>, label: (item: T) => LocalizedText, locale: Locale): T[] {
  const c = collator(locale);
  return [...items].sort((a, b) => c.compare(label(a)[locale] ?? label(a).en, label(b)[locale] ?? label(b).en));
}

const collators = new Map<Locale, Intl.Collator>();
function collator(locale: Locale): Intl.Collator {
  let c = collators.get(locale);
  if (!c) collators.set(locale, (c = new Intl.Collator(locale, { sensitivity: 'base' })));
  return c;
}

const sortedCache = new WeakMap<readonly Professor[], Partial<Record<Locale, Professor[]>>>();

/**
 * Professors in the reader's alphabet: by family name as it is shown in
 * `locale` (Cyrillic on the Russian and Kazakh pages), then by full name.
 * Cached per list and language, so every page shares one sort.
 */
export function inReadingOrder(professors: readonly Professor[], locale: Locale): Professor[] {
  let byLocale = sortedCache.get(professors);
  if (!byLocale) sortedCache.set(professors, (byLocale = {}));
  const cached = byLocale[locale];
  if (cached) return cached;
  const c = collator(locale);
  const keyed = professors.map((p) => ({ p, surname: displayedSurname(p, locale), full: displayName(p, locale).primary }));
  keyed.sort((a, b) => c.compare(a.surname, b.surname) || c.compare(a.full, b.full));
  return (byLocale[locale] = keyed.map((k) => k.p));
}

/** The directory's filter values for one professor; the profile page gives Pagefind exactly these. */
export function professorFilters(professor: Professor): Record<'country' | 'programme' | 'field' | 'format' | 'year', string[]> {
  return {
    country: [professor.country.id],
    programme: [...new Set(professor.visits.map((v) => v.programme.id))],
    field: professor.fields.map((f) => f.id),
    format: [...new Set(professor.visits.flatMap((v) => v.formats))],
    year: professor.years.map(String),
  };
}

/** How many professors each filter value selects with nothing else chosen: the directory's counts before the index loads. */
export function directoryCounts(professors: readonly Professor[]): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const professor of professors) {
    for (const [name, values] of Object.entries(professorFilters(professor))) {
      const group = (counts[name] ??= {});
      for (const value of values) group[value] = (group[value] ?? 0) + 1;
    }
  }
  return counts;
}

/** How many professors a country, field or programme page lists before it sends readers to the directory. */
export const LIST_LIMIT = 24;

/**
 * The professors a page lists: all of them in reading order when they fit,
 * otherwise the LIST_LIMIT who visited most recently (the directory, filtered,
 * has the rest). Keeps those pages small however large the programme grows.
 */
export function listed(professors: readonly Professor[], locale: Locale): { shown: Professor[]; total: number } {
  if (professors.length <= LIST_LIMIT) return { shown: inReadingOrder(professors, locale), total: professors.length };
  const shown = [...professors].sort((a, b) => b.latestVisit.localeCompare(a.latestVisit) || a.id.localeCompare(b.id)).slice(0, LIST_LIMIT);
  return { shown, total: professors.length };
}

/** Groups professors (already in reading order) under the first letter of their displayed family name. */
export function byInitial(professors: readonly Professor[], locale: Locale): { letter: string; professors: Professor[] }[] {
  const groups: { letter: string; professors: Professor[] }[] = [];
  for (const p of professors) {
    const letter = displayedSurname(p, locale).charAt(0).toLocaleUpperCase(locale);
    const last = groups.at(-1);
    if (last && collator(locale).compare(last.letter, letter) === 0) last.professors.push(p);
    else groups.push({ letter, professors: [p] });
  }
  return groups;
}

export type TimelineEvent =
  | { kind: 'start' | 'end'; date: string }
  | { kind: 'visit'; date: string; end: string; professor: Professor }
  | { kind: 'output'; date: string; label: string; outputType: Project['outputs'][number]['type'] };

/** The dated events of a project in order: start, participants' visits during it, outputs by year, end. */
export function projectTimeline(project: Project): TimelineEvent[] {
  const until = project.end ?? '9999-12-31';
  const events: TimelineEvent[] = [{ kind: 'start', date: project.start }];
  for (const p of project.professors) {
    for (const v of p.visits) {
      if (v.end >= project.start && v.start <= until) events.push({ kind: 'visit', date: v.start, end: v.end, professor: p });
    }
  }
  for (const o of project.outputs) events.push({ kind: 'output', date: `${o.year}-12-31`, label: o.title, outputType: o.type });
  if (project.end) events.push({ kind: 'end', date: project.end });
  const rank = { start: 0, visit: 1, output: 2, end: 3 } as const;
  return events.sort((a, b) => a.date.localeCompare(b.date) || rank[a.kind] - rank[b.kind]);
}
