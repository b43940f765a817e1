/** What an import plan holds: the files it would write and the changes it would make, row by row. */
import type { Locale } from '~/schemas/common';
import type { Format } from '~/schemas/visit';

export type Localized = Partial<Record<Locale, string>>;

/** A row as messages name it: its number, or `file:number` when several files are read. */
export type RowRef = number | string;

export interface RowProblem {
  file: string;
  line: number;
  /** Header of the column, as written in the sheet. */
  column: string;
  value?: string;
  fix: string;
}

export interface VisitOut {
  programme: string;
  start: string;
  end: string;
  unit?: Localized;
  formats: Format[];
  activities: { type: Format; title: Localized; hours?: number; audience?: Localized }[];
  note?: Localized;
}

export interface ProfessorOut {
  name: string;
  nameRu?: string;
  nameKk?: string;
  degree?: string;
  position: Localized;
  country: string;
  institution: string;
  fields: string[];
  links: { orcid?: string };
  visits: VisitOut[];
  summary: Localized;
  sources: string[];
  example: boolean;
}

export interface InstitutionOut {
  id: string;
  name: Localized;
  country: string;
  city: Localized;
  website?: string;
  sources: string[];
  example: boolean;
  rows: RowRef[];
}

export interface Change {
  /** Field path as in the file, e.g. `nameKk` or `visits`. */
  field: string;
  value: unknown;
  rows: RowRef[];
}

export interface Disagreement {
  field: string;
  file: unknown;
  sheet: unknown;
  rows: RowRef[];
}

/** A professor file already in the content folder, as read (not validated). */
export interface ExistingProfessor {
  id: string;
  path: string;
  display: string;
  data: Record<string, unknown>;
}

export interface Plan {
  rows: number;
  newProfessors: { id: string; data: ProfessorOut; rows: RowRef[] }[];
  newInstitutions: InstitutionOut[];
  newCountries: { code: string; name: Localized }[];
  updates: {
    professor: ExistingProfessor;
    visits: { visit: VisitOut; rows: RowRef[] }[];
    fills: Change[];
    disagreements: Disagreement[];
  }[];
  /** Rows whose every value is on the site already. */
  unchanged: number;
  problems: RowProblem[];
  /** Things worth knowing that change nothing, e.g. a column that is not read. */
  notices: string[];
}
