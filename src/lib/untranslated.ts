/**
 * Where a page says that some of its text is shown in English for want of a
 * translation. Every English stand-in is marked `lang="en"` where it is shown
 * (Text, Prose); the note that says so appears once per block of text (a
 * page's lead, a visit, the biography, a project's text), never on a card, or
 * once at the top of the page when most of the page's texts are in English.
 */
import type { Professor, Project, Visit } from './content';
import type { Locale } from './i18n';
import type { LocalizedText } from '~/schemas/common';

/** A text a page shows: a localized field, or the language a rendered text (a biography, a project's body) is in. */
export type Shown = LocalizedText | Locale | undefined;

/** Whether `text` is shown in English on a page in `locale` because its translation is missing. */
export function inEnglish(text: Shown, locale: Locale): boolean {
  if (text === undefined || locale === 'en') return false;
  if (typeof text === 'string') return text !== locale;
  return text[locale] === undefined;
}

export function anyInEnglish(texts: readonly Shown[], locale: Locale): boolean {
  return texts.some((text) => inEnglish(text, locale));
}

export interface NotePlan {
  /** One note at the top of the page, and none in its blocks. */
  page: boolean;
  /** Per block, in the order given: whether the block ends (or opens) with the note. */
  blocks: boolean[];
}

/**
 * Where the notes go on a page made of `blocks`; `alsoShown` are texts the page shows outside any block
 * (cards), which count towards "most of the page" but never carry a note.
 */
export function notePlan(locale: Locale, blocks: readonly (readonly Shown[])[], alsoShown: readonly Shown[] = []): NotePlan {
  const all = [...blocks.flat(), ...alsoShown].filter((text) => text !== undefined);
  const english = all.filter((text) => inEnglish(text, locale)).length;
  const page = english * 2 > all.length;
  return { page, blocks: blocks.map((texts) => !page && anyInEnglish(texts, locale)) };
}

/** The lead of a profile: position, degree, institution, country and summary. */
export function profileLeadTexts(professor: Professor): Shown[] {
  const degree = typeof professor.degree === 'string' ? undefined : professor.degree;
  return [professor.position, degree, professor.institution.name, professor.country.name, professor.summary];
}

/** One visit as a profile shows it (the host university's name is not repeated). */
export function visitTexts(visit: Visit, hostId: string): Shown[] {
  return [
    visit.programme.shortName,
    visit.host.id === hostId ? undefined : visit.host.name,
    visit.unit,
    ...visit.activities.flatMap((a) => [a.title, a.audience]),
    visit.note,
  ];
}

/** The texts of a project's card. */
export function projectCardTexts(project: Project): Shown[] {
  return [project.title, project.summary];
}

/** A profile's blocks: its lead, each visit in the order given, and the biography (by its language, if any). */
export function profileNotes(
  professor: Professor,
  opts: { locale: Locale; hostId: string; biography?: Locale; projects: readonly Project[] },
): { page: boolean; lead: boolean; visits: boolean[]; biography: boolean } {
  const visits = professor.visits.map((v) => visitTexts(v, opts.hostId));
  const plan = notePlan(opts.locale, [profileLeadTexts(professor), [opts.biography], ...visits], opts.projects.flatMap(projectCardTexts));
  const [lead = false, biography = false, ...visitNotes] = plan.blocks;
  return { page: plan.page, lead, visits: visitNotes, biography };
}

/** A project page's blocks: its lead (title and summary), its facts and its text (by the language it is shown in, if any). */
export function projectNotes(
  project: Project,
  locale: Locale,
  text?: Locale,
): { page: boolean; lead: boolean; facts: boolean; body: boolean } {
  const facts: Shown[] = [project.programme?.shortName, project.funder, ...project.localLeads.map((l) => l.unit)];
  const body: Shown[] = [text];
  const plan = notePlan(locale, [projectCardTexts(project), facts, body]);
  const [lead = false, factsNote = false, bodyNote = false] = plan.blocks;
  return { page: plan.page, lead, facts: factsNote, body: bodyNote };
}
