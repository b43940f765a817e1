/**
 * The content as the rules between files see it: every valid entry by
 * collection, every file found, the entries that failed their schema (as
 * written), and what could not be read. The rules in rules/ are pure
 * functions over it, each tested with small fixtures.
 */
import { COLLECTIONS, type CollectionName } from '~/schemas/index';
import type { CountryData } from '~/schemas/country';
import type { FieldData } from '~/schemas/field';
import type { InstitutionData } from '~/schemas/institution';
import type { PageData } from '~/schemas/page';
import type { ProfessorData } from '~/schemas/professor';
import type { ProgrammeData } from '~/schemas/programme';
import type { ProjectData } from '~/schemas/project';
import type { SiteData } from '~/schemas/site';
import { formatPath } from './messages';
import type { Problem } from './read';

export interface Entry<T> {
  id: string;
  /** File as shown to the editor. */
  file: string;
  /** Absolute path of the file, for rules that look beside it (photos). */
  path?: string;
  data: T;
  body?: string;
  bodyLine?: number;
  /** Position of the entry inside a list file, e.g. `[3]`. */
  prefix?: (string | number)[];
  lineOf?: (path: readonly (string | number)[]) => number | undefined;
}

/** Every file that was found, valid or not: the naming rules look at all of them. */
export interface FileRecord {
  collection: CollectionName;
  id: string;
  file: string;
  /** File name without extension, as written (for list entries, the id as written). */
  name: string;
  prefix?: (string | number)[];
}

export interface ContentModel {
  site?: Entry<SiteData>;
  countries: Entry<CountryData>[];
  institutions: Entry<InstitutionData>[];
  programmes: Entry<ProgrammeData>[];
  fields: Entry<FieldData>[];
  professors: Entry<ProfessorData>[];
  projects: Entry<ProjectData>[];
  pages: Entry<PageData>[];
  files: FileRecord[];
  /** Ids whose file exists but failed its schema: references to them are not reported a second time. */
  broken: Partial<Record<CollectionName, Set<string>>>;
  /** Every text value inside files that failed their schema: what they refer to is not reported as unused. */
  brokenValues?: Set<string>;
  /**
   * Entries that failed their schema, with their data as written. Rules that
   * can read such data safely (references, sources, visit dates, placeholders)
   * check them too, so one run reports every problem of a file; the validator
   * drops what a rule says about a field the schema already named.
   */
  unparsed: UnparsedEntry[];
}

/** An entry that failed its schema: its fields are as the editor wrote them, of any type. */
export interface UnparsedEntry extends Entry<Record<string, unknown>> {
  collection: CollectionName;
}

/** The entries of a collection for a rule that also reads entries as written: the valid ones, then the unparsed ones. */
export function entriesOf(model: ContentModel, collection: CollectionName): Entry<Record<string, unknown>>[] {
  return [...(model[collection] as Entry<Record<string, unknown>>[]), ...model.unparsed.filter((e) => e.collection === collection)];
}

export type Path = (string | number)[];

/** A problem at a field of an entry, with the line the field is on. */
export function problem(entry: Pick<Entry<unknown>, 'file' | 'prefix' | 'lineOf'>, path: Path, message: string, line?: number): Problem {
  const full = [...(entry.prefix ?? []), ...path];
  const found = line ?? entry.lineOf?.(path);
  return { file: entry.file, field: full.length ? formatPath(full) : '-', message, ...(found ? { line: found } : {}) };
}

/** One entry of a collection, as messages name it. */
export const singular = (collection: CollectionName) => COLLECTIONS[collection].singular;
