// The open data files in the built site: counts match the content, CSV is
// real RFC 4180 (read back by a CSV parser), JSON matches its published schema.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, inject, it } from 'vitest';
import { readContentTree } from '~/lib/validation/read';
import { CSV_COLUMNS, DATA_FILES, isJsonFile } from '~/lib/open-data';
import { ROOT } from '../helpers/run';

const dist = () => inject('dist');
const data = (file: string) => readFileSync(join(dist(), 'data', file), 'utf8');

// The expected numbers come from the content files, not from the site's own code.
const tree = readContentTree(join(ROOT, 'content')).files;
const published = <T>(collection: string) =>
  tree.filter((f) => f.collection === collection && !(f.data as { draft?: boolean }).draft).map((f) => ({ id: f.id, ...(f.data as T) }));
const professors = published<{ visits: unknown[]; country: string; example?: boolean }>('professors');
const projects = published<{ example?: boolean }>('projects');

function csv(file: string): Record<string, string>[] {
  return parseCsv(data(file), { columns: true, record_delimiter: '\r\n', strict: true } as never) as Record<string, string>[];
}

describe('open data', () => {
  it('has one record per professor, visit, project and country, each with its example flag', () => {
    expect(JSON.parse(data('professors.json'))).toHaveLength(professors.length);
    expect(csv('professors.csv')).toHaveLength(professors.length);
    expect(csv('visits.csv')).toHaveLength(professors.reduce((n, p) => n + p.visits.length, 0));
    expect(JSON.parse(data('projects.json'))).toHaveLength(projects.length);
    expect(csv('projects.csv')).toHaveLength(projects.length);
    expect(JSON.parse(data('countries.json'))).toHaveLength(new Set(professors.map((p) => p.country)).size);
    const examples = professors.filter((p) => p.example).map((p) => p.id);
    for (const row of csv('professors.csv')) expect(row.example).toBe(examples.includes(row.id!) ? 'true' : 'false');
    for (const row of csv('visits.csv')) expect(row.example).toMatch(/^(true|false)$/);
  });

  it('writes CSV a parser reads back exactly: header in the documented order, CRLF, quotes where needed', () => {
    for (const file of DATA_FILES.filter((f) => f.endsWith('.csv')) as (keyof typeof CSV_COLUMNS)[]) {
      const text = data(file);
      expect(text.split('\r\n')[0]).toBe(CSV_COLUMNS[file].join(','));
      expect(text.endsWith('\r\n')).toBe(true);
      const rows = parseCsv(text, { record_delimiter: '\r\n', strict: true } as never) as string[][];
      // Round trip: quoting the parsed cells again gives the same text.
      const again = rows.map((r) => r.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',') + '\r\n').join('');
      expect(again).toBe(text);
      for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS[file].length);
    }
    for (const row of csv('visits.csv')) {
      expect(row.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(row.end! >= row.start!).toBe(true);
    }
  });

  it('publishes JSON that validates against the JSON Schema published next to it', () => {
    const ajv = addFormats(new Ajv({ allErrors: true, strict: false }));
    for (const file of DATA_FILES.filter(isJsonFile)) {
      const schema = JSON.parse(data(file.replace(/\.json$/, '.schema.json')));
      const validate = ajv.compile(schema);
      const ok = validate(JSON.parse(data(file)));
      expect(validate.errors ?? [], file).toEqual([]);
      expect(ok).toBe(true);
      // The schema is not a formality: a record missing a field fails.
      const broken = JSON.parse(data(file)) as Record<string, unknown>[];
      if (broken.length) {
        delete broken[0]!.id;
        expect(validate(broken), file).toBe(false);
      }
    }
  });

  it('describes every file on the data page in each language, with links that resolve', () => {
    for (const locale of ['en', 'ru', 'kk']) {
      const page = readFileSync(join(dist(), locale, 'data/index.html'), 'utf8');
      for (const file of DATA_FILES) expect(page).toContain(`href="/data/${file}"`);
      expect(page).toContain('href="/data/professors.schema.json"');
    }
  });
});
