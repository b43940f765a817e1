/**
 * One spreadsheet row read into the values a content file holds, or the list
 * of its cells that cannot be used, each with its column, value and fix.
 */
import { LOCALES } from '~/schemas/common';
import { isValidOrcid } from '~/schemas/identifiers';
import { FORMATS, type Format } from '~/schemas/visit';
import { COLUMNS, type ColumnKey } from './columns';
import type { ContentIndex } from './content-index';
import type { Cell, SheetRow } from './sheet';
import type { Localized, RowProblem, VisitOut } from './types';
import { cellText, countryCode, Lookup, nameForms, readBoolean, readDate, readHours, splitList, type Read } from './values';

export interface RowData {
  row: SheetRow;
  id?: string;
  name?: string;
  nameRu?: string;
  nameKk?: string;
  orcid?: string;
  country?: string;
  /** An institution on the site, or the key of a new one. */
  institution?: { id: string } | { key: string; name: Localized; city: Localized; website?: string };
  degree?: string;
  position?: Localized;
  fields?: string[];
  summary?: Localized;
  sources?: string[];
  example: boolean;
  visit?: VisitOut;
}

const CYRILLIC = /[\u0400-\u04ff]/;
const LATIN = /[A-Za-z\u00c0-\u024f]/;
const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;

export const header = (row: SheetRow, key: ColumnKey) => row.headers[key] ?? COLUMNS.find((c) => c.key === key)!.en;

class RowReader {
  problems: RowProblem[] = [];
  constructor(readonly row: SheetRow) {}

  problem(key: ColumnKey, fix: string, value?: Cell): void {
    this.problems.push({
      file: this.row.file,
      line: this.row.line,
      column: header(this.row, key),
      ...(value !== undefined ? { value: cellText(value) } : {}),
      fix,
    });
  }

  text(key: ColumnKey): string | undefined {
    const c = this.row.cells[key];
    return c === undefined ? undefined : cellText(c);
  }

  read<T>(key: ColumnKey, reader: (c: Cell) => Read<T>): T | undefined {
    const c = this.row.cells[key];
    if (c === undefined) return undefined;
    const r = reader(c);
    if (r.ok) return r.value;
    this.problem(key, r.fix, c);
    return undefined;
  }

  /** Text in the site's languages; the column without a language must be English (the site's reference language). */
  localized(key: ColumnKey): Localized | undefined {
    const texts = this.row.texts[key];
    if (!texts) return undefined;
    const out: Localized = {};
    for (const l of LOCALES) if (texts[l]) out[l] = texts[l];
    // A column that does not name its language holds English; Cyrillic in it is Russian, or Kazakh by its letters.
    if (out.en && CYRILLIC.test(out.en) && !LATIN.test(out.en)) {
      const language = KAZAKH_LETTERS.test(out.en) ? 'kk' : 'ru';
      out[language] ??= out.en;
      delete out.en;
    }
    if (!out.en) {
      const english = COLUMNS.find((c) => c.key === key)!.en;
      this.problem(
        key,
        `has no English text: the site needs it (it is shown where a translation is missing); add a column "${english} (en)" with the English, or write the English in this one and the Russian in "${english} (ru)"`,
        Object.values(out)[0],
      );
      return undefined;
    }
    return out;
  }

  /** Ids of a list column (fields, forms of cooperation). */
  ids(key: ColumnKey, lookup: Lookup, what: string, choices: string): string[] | undefined {
    const c = this.row.cells[key];
    if (c === undefined) return undefined;
    const out: string[] = [];
    for (const item of splitList(c)) {
      const found = lookup.find(item);
      if (found?.ok) {
        if (!out.includes(found.value)) out.push(found.value);
      } else this.problem(key, found ? found.fix : `"${item}" is not a ${what} of the site: use one of ${choices}`, c);
    }
    return out;
  }
}

export function readRow(row: SheetRow, index: ContentIndex): { data?: RowData; problems: RowProblem[] } {
  const r = new RowReader(row);
  const data: RowData = { row, example: row.cells.example !== undefined && readBoolean(row.cells.example) };

  data.id = r.text('id');
  data.name = r.text('name');
  data.nameRu = r.text('nameRu');
  data.nameKk = r.text('nameKk');
  if (data.name && CYRILLIC.test(data.name) && !LATIN.test(data.name)) {
    r.problem(
      'name',
      'is in Cyrillic: write the name in Latin letters as the person writes it (e.g. in their passport or papers), and the Cyrillic one under "Name in Russian"',
      data.name,
    );
  }
  if (!data.name && !data.nameRu && !data.nameKk && !data.id) r.problem('name', 'is empty: every row needs the person\u2019s name');

  const orcid = r.text('orcid');
  if (orcid) {
    const bare = orcid.replace(/^https?:\/\/orcid\.org\//, '');
    if (isValidOrcid(bare)) data.orcid = bare;
    else r.problem('orcid', 'is not an ORCID iD: copy it from the person\u2019s orcid.org page, e.g. 0000-0002-1825-0097', orcid);
  }

  data.country = r.read('country', (c) => countryCode(cellText(c), index.countries));

  const institutionTexts = row.texts.institution;
  if (institutionTexts) {
    let found: Read<string> | undefined;
    for (const text of Object.values(institutionTexts)) if (!found?.ok) found = index.institutions.find(text!) ?? found;
    if (found?.ok) data.institution = { id: found.value };
    else if (found) r.problem('institution', found.fix, Object.values(institutionTexts)[0]);
    else {
      const name = r.localized('institution');
      const city = r.localized('city');
      const website = r.text('website');
      if (name) {
        const fallback = nameForms(name.en!)[1]!;
        data.institution = { key: fallback, name, city: city ?? {}, ...(website ? { website } : {}) };
      }
    }
  }

  data.degree = r.text('degree');
  data.position = r.localized('position');
  data.summary = r.localized('summary');
  const fieldChoices = 'the ids or names in content/fields.yaml';
  data.fields = r.ids('fields', index.fields, 'field', fieldChoices);
  if (row.cells.sources !== undefined) {
    data.sources = splitList(row.cells.sources);
    for (const s of data.sources)
      if (!/^https?:\/\/[^\s/]+\.[^\s]+$/.test(s))
        r.problem('sources', 'is not a web address: write a full address starting with https://', s);
  }

  // The visit: a row with any of its columns is a visit row.
  const visitKeys: ColumnKey[] = ['programme', 'start', 'end', 'formats', 'hours', 'topic', 'audience', 'unit', 'note'];
  if (visitKeys.some((k) => row.cells[k] !== undefined || row.texts[k])) {
    const programme = r.read('programme', (c) => {
      const found = index.programmes.find(cellText(c));
      return found ?? { ok: false, fix: `"${cellText(c)}" is not a programme of the site: write ${index.programmes.list().join(' or ')}` };
    });
    if (row.cells.programme === undefined)
      r.problem('programme', `is empty: write the programme of the visit (${index.programmes.list().join(' or ')})`);
    const start = r.read('start', readDate);
    const end = r.read('end', readDate);
    if (row.cells.start === undefined) r.problem('start', 'is empty: write the first day of the visit, e.g. 10.03.2025');
    if (row.cells.end === undefined)
      r.problem('end', 'is empty: write the last day of the visit (the first day again for a one-day visit)');
    if (start && end && end < start) r.problem('end', `is before the first day ${start}: check the two dates`, row.cells.end);
    const formats = r.ids('formats', index.formats, 'form of cooperation', FORMATS.join(', ')) as Format[] | undefined;
    if (!formats) r.problem('formats', `is empty: write one or more of ${FORMATS.join(', ')}`);
    const hours = r.read('hours', readHours);
    const topic = r.localized('topic');
    if (hours !== undefined && !topic)
      r.problem('hours', 'is given without a topic: write the topic of the course the hours are for', row.cells.hours);
    const audience = r.localized('audience');
    const unit = r.localized('unit');
    const note = r.localized('note');
    if (programme && start && end && formats?.length) {
      const type: Format = formats.includes('lecture-course') ? 'lecture-course' : formats[0]!;
      data.visit = {
        programme,
        start,
        end,
        ...(unit ? { unit } : {}),
        formats,
        activities: topic ? [{ type, title: topic, ...(hours !== undefined ? { hours } : {}), ...(audience ? { audience } : {}) }] : [],
        ...(note ? { note } : {}),
      };
    }
  }
  return r.problems.length ? { problems: r.problems } : { data, problems: [] };
}
