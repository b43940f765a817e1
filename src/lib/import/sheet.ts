/**
 * Reads a spreadsheet into rows of cells by column: an .xlsx workbook (its
 * first sheet, through exceljs) or a .csv file (csv-parse; comma, semicolon
 * or tab, as Excel writes it in different countries). Merged cells give every
 * row they span the merged value; blank rows are skipped; each row keeps the
 * number the spreadsheet shows, so messages can point at it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Locale } from '~/schemas/common';
import { matchHeader, type ColumnKey } from './columns';

/** A cell as read: text, a number, a date (from a date-formatted spreadsheet cell) or a boolean. */
export type Cell = string | number | Date | boolean;

export interface SheetRow {
  /** File name, for messages. */
  file: string;
  /** Row number as the spreadsheet shows it (the header is row 1). */
  line: number;
  /** Non-empty cells by column; localized columns by language. */
  cells: Partial<Record<ColumnKey, Cell>>;
  texts: Partial<Record<ColumnKey, Partial<Record<Locale, string>>>>;
  /** Header of each column read, for messages. */
  headers: Partial<Record<ColumnKey, string>>;
}

export interface Sheet {
  file: string;
  rows: SheetRow[];
  /** Headers that are not read, for one notice each. */
  ignored: string[];
  /** Problems with the file as a whole (no header row, unreadable). */
  problems: string[];
}

export class SheetError extends Error {}

function cellValue(value: ExcelJS.CellValue): Cell | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return value;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : cellValue(value.text as ExcelJS.CellValue);
    if ('formula' in value || 'sharedFormula' in value) return cellValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('error' in value) return undefined;
  }
  return String(value as unknown);
}

async function readXlsx(path: string): Promise<Cell[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (e) {
    throw new SheetError(`cannot be read as an Excel workbook (${(e as Error).message}): save it again as .xlsx, or as CSV UTF-8`);
  }
  const sheet = workbook.worksheets.find((w) => w.state === 'visible' && w.actualRowCount > 0);
  if (!sheet) throw new SheetError('has no sheet with data');
  const out: Cell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      const v = cellValue(cell.value);
      if (v !== undefined) cells[col - 1] = v;
    });
    out[n - 1] = cells;
  });
  return out;
}

function readCsv(path: string): Cell[][] {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  // Excel writes ";" where the decimal separator is a comma (Russia, Kazakhstan, most of Europe).
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length] as const);
  const delimiter = counts.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  try {
    return parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false, bom: true }) as string[][];
  } catch (e) {
    throw new SheetError(`cannot be read as CSV: ${(e as Error).message}`);
  }
}

const isBlank = (c: Cell | undefined) => c === undefined || (typeof c === 'string' && c.trim() === '');

/** Reads `path` (.xlsx or .csv); `display` is the name used in messages. */
export async function readSheet(path: string, display = path): Promise<Sheet> {
  if (!existsSync(path)) throw new SheetError('does not exist: check the path and the name of the file');
  const ext = extname(path).toLowerCase();
  let grid: Cell[][];
  if (ext === '.xlsx') grid = await readXlsx(path);
  else if (ext === '.csv' || ext === '.txt') grid = readCsv(path);
  else throw new SheetError(`is not a spreadsheet this import reads: save it as .xlsx or as .csv (UTF-8)`);

  // The header is the first row with text in it (a title row above it is allowed when it has one cell only).
  let headerAt = grid.findIndex((r) => r && r.filter((c) => !isBlank(c)).length > 1);
  if (headerAt < 0) headerAt = grid.findIndex((r) => r && r.some((c) => !isBlank(c)));
  if (headerAt < 0) return { file: display, rows: [], ignored: [], problems: ['has no rows'] };
  const header = grid[headerAt]!;
  const columns = header.map((h) => (isBlank(h) ? undefined : { header: String(h).trim(), match: matchHeader(String(h)) }));
  const ignored = columns.filter((c) => c && !c.match).map((c) => c!.header);
  const problems: string[] = [];
  if (!columns.some((c) => c?.match?.key === 'name' || c?.match?.key === 'nameRu' || c?.match?.key === 'id'))
    problems.push(
      `row ${headerAt + 1} has no column for the name: the first row must hold the column names of the template (e.g. "Name (Latin)" or "ФИО латиницей")`,
    );

  const rows: SheetRow[] = [];
  for (let i = headerAt + 1; i < grid.length; i++) {
    const raw = grid[i];
    if (!raw || raw.every(isBlank)) continue;
    const row: SheetRow = { file: display, line: i + 1, cells: {}, texts: {}, headers: {} };
    columns.forEach((col, j) => {
      const value = raw[j];
      if (!col?.match || isBlank(value)) return;
      const v = typeof value === 'string' ? value.trim() : value!;
      const { key, locale } = col.match;
      row.headers[key] ??= col.header;
      if (locale === 'en') row.cells[key] = v;
      (row.texts[key] ??= {})[locale] = typeof v === 'string' ? v : v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
    });
    if (Object.keys(row.cells).length || Object.keys(row.texts).length) rows.push(row);
  }
  return { file: display, rows, ignored, problems };
}
