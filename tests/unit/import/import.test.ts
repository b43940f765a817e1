// `npm run import` as an office uses it: a workbook with good rows and every
// kind of bad row, the plan read line by line, the files written, the same
// sheet again, a newer sheet, and a Russian CSV.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { indexContent, planImport } from '~/lib/import/plan';
import { formatPlan } from '~/lib/import/report';
import { readSheet } from '~/lib/import/sheet';
import { TEMPLATE_COLUMNS } from '~/lib/import/columns';
import { writePlan } from '~/lib/import/write';
import { validateContent } from '~/lib/validation/index';
import { ROOT } from '../../helpers/run';

const work = mkdtempSync(join(tmpdir(), 'import-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function contentCopy(name: string): string {
  const dir = join(work, name, 'content');
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  return dir;
}

const HEADERS = [
  'Name (Latin)',
  'Name in Russian',
  'ORCID',
  'Country',
  'Home institution',
  'Institution city',
  'Institution website',
  'Position',
  'Degree',
  'Fields',
  'Programme',
  'First day',
  'Last day',
  'Forms of cooperation',
  'Hours',
  'Topic',
  'Audience',
  'Summary',
  'Source',
];
type Row = Partial<Record<(typeof HEADERS)[number], string | number | Date>>;

const JANA: Row = {
  'Name (Latin)': 'Rūta Vaitkutė',
  'Name in Russian': 'Рута Вайткуте',
  ORCID: '0000-0001-5000-0007',
  Country: 'Литва',
  'Home institution': 'Kaunas Institute of Food Chemistry',
  'Institution city': 'Kaunas',
  'Institution website': 'https://www.kifc.example.lt',
  Position: 'Associate Professor of Food Chemistry',
  Degree: 'PhD',
  Fields: 'food-technology; Безопасность и качество пищевой продукции',
  Programme: 'Foreign Scientist',
  'First day': new Date(Date.UTC(2025, 2, 10)),
  'Last day': 45740, // an Excel serial date: 2025-03-24
  'Forms of cooperation': 'lecture course',
  Hours: 36,
  Topic: 'Food analysis',
  Audience: 'Master’s students',
  Summary: 'Food chemist from Kaunas who taught food analysis.',
  Source: 'https://www.kifc.example.lt/people/vaitkute',
};
// Her second visit: name, country and institution are merged cells from the row above.
const JANA_AUTUMN: Row = {
  Programme: 'Erasmus+ ICM',
  'First day': '01.10.2025',
  'Last day': '05.10.2025',
  'Forms of cooperation': 'семинар',
};
const AIBEK_AGAIN: Row = {
  'Name (Latin)': 'Aibek Toktosunov',
  'Name in Russian': 'Айбек Токтосунов',
  Country: 'kg',
  'Home institution': 'Chuy Valley Institute of Environmental Engineering',
  Position: 'Professor of Environmental Engineering',
  Programme: 'foreign-scientist',
  'First day': '01.02.2027',
  'Last day': '20.02.2027',
  'Forms of cooperation': 'consultation',
};
const bad = (name: string, changes: Row): Row => ({ ...JANA, 'Name (Latin)': name, ORCID: undefined, ...changes });

async function workbook(path: string, rows: Row[], merge?: string[]): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Visits');
  sheet.addRow(HEADERS);
  for (const r of rows) sheet.addRow(HEADERS.map((h) => r[h] ?? null));
  for (const range of merge ?? []) sheet.mergeCells(range);
  mkdirSync(join(path, '..'), { recursive: true });
  await book.xlsx.writeFile(path);
  return path;
}

/** Lines of `after` that `before` does not have (counting repeated lines). */
function linesAdded(before: string, after: string): string[] {
  const left = new Map<string, number>();
  for (const l of before.split('\n')) left.set(l, (left.get(l) ?? 0) + 1);
  return after.split('\n').filter((l) => {
    const n = left.get(l) ?? 0;
    left.set(l, n - 1);
    return n <= 0;
  });
}

async function plan(file: string, content: string) {
  const sheet = await readSheet(file, 'visits.xlsx');
  return planImport(sheet.rows, indexContent(content));
}

describe('npm run import', () => {
  it('plans good rows into professors, names every bad row with its column, value and fix, and writes files that validate', async () => {
    const content = contentCopy('office');
    const file = await workbook(
      join(work, 'office', 'visits.xlsx'),
      [
        JANA, // row 2
        JANA_AUTUMN, // row 3
        JANA_AUTUMN, // row 4: the same row copied twice
        bad('Tomas Berg', { Country: 'Bulgria' }), // row 5
        bad('Eva Lind', { 'First day': '20.03.2025', 'Last day': '10.03.2025' }), // row 6
        bad('Karl Stein', { 'First day': 'March 2025' }), // row 7
        bad('Иван Петров', {}), // row 8
        bad('Otto Frei', { Programme: undefined }), // row 9
        {}, // row 10: blank
        AIBEK_AGAIN, // row 11
      ],
      ['A2:A4', 'B2:B4', 'C2:C4', 'D2:D4', 'E2:E4', 'H2:H4', 'J2:J4', 'R2:R4', 'S2:S4'],
    );
    const p = await plan(file, content);
    expect(formatPlan(p, content, join(work, 'office'))).toEqual([
      '9 rows read.',
      '  new professors:      1 (with 2 visits)',
      '  new institutions:    1',
      '  new countries:       1',
      '  visits added:        1 (to professors already on the site)',
      '  empty fields filled: 0',
      '  kept as written:     1 (the sheet says otherwise; the file is not changed)',
      '  rows already on the site: 0',
      '  rows not imported:   5',
      '',
      'New countries:',
      '  + content/countries/lt.yaml  Lithuania',
      '',
      'New institutions:',
      '  + content/institutions/kaunas-institute-of-food-chemistry.yaml  Kaunas Institute of Food Chemistry (lt, rows 2, 3, 4)',
      '',
      'New professors:',
      '  + content/professors/ruta-vaitkute.md  Rūta Vaitkutė, 2 visits (rows 2, 3, 4)',
      '',
      'Changes to professors on the site:',
      '  ~ content/professors/aibek-toktosunov.md  + visit 2027-02-01 to 2027-02-20, foreign-scientist (row 11)',
      '',
      'Kept as written (the sheet gives another value; change the file by hand if the sheet is right):',
      '  = content/professors/aibek-toktosunov.md  position.en: file "Associate Professor of Environmental Engineering", sheet "Professor of Environmental Engineering" (row 11)',
      '',
      'Rows not imported (fix them in the sheet and run the import again):',
      '  ! visits.xlsx row 5, column "Country" ("Bulgria"): "Bulgria" is not a country this import knows: did you mean Bulgaria (BG)? write the country\'s name in English or Russian, or its two-letter code (e.g. PL)',
      '  ! visits.xlsx row 6, column "Last day" ("10.03.2025"): is before the first day 2025-03-20: check the two dates',
      '  ! visits.xlsx row 7, column "First day" ("March 2025"): "March 2025" is not a date: write it as 2025-03-10 or 10.03.2025, or format the cell as a date in the spreadsheet',
      '  ! visits.xlsx row 8, column "Name (Latin)" ("Иван Петров"): is in Cyrillic: write the name in Latin letters as the person writes it (e.g. in their passport or papers), and the Cyrillic one under "Name in Russian"',
      '  ! visits.xlsx row 9, column "Programme": is empty: write the programme of the visit (erasmus-icm or foreign-scientist)',
    ]);

    writePlan(p, content);
    expect(validateContent(content).problems).toEqual([]);
    const jana = readFileSync(join(content, 'professors', 'ruta-vaitkute.md'), 'utf8');
    expect(jana).toContain('fields: [food-technology, food-safety]');
    expect(jana).toMatch(/start: 2025-03-10\n {4}end: 2025-03-24\n/);
    expect(jana).toMatch(/programme: erasmus-icm\n {4}start: 2025-10-01\n {4}end: 2025-10-05\n {4}formats: \[seminar\]/);
    expect(jana).toContain('orcid: 0000-0001-5000-0007');
    const aibek = readFileSync(join(content, 'professors', 'aibek-toktosunov.md'), 'utf8');
    expect(aibek).toContain('en: Associate Professor of Environmental Engineering');
    expect(aibek).toMatch(
      / {2}- programme: foreign-scientist\n {4}start: 2027-02-01\n {4}end: 2027-02-20\n {4}formats: \[consultation\]\nsummary:/,
    );

    // The same sheet again changes nothing.
    const again = await plan(file, content);
    expect(again.newProfessors).toEqual([]);
    expect(again.newInstitutions).toEqual([]);
    expect(again.updates.filter((u) => u.visits.length || u.fills.length)).toEqual([]);
    expect(again.unchanged).toBe(4);
  });

  it('a newer sheet adds visits and fills empty fields, and keeps what an editor wrote', async () => {
    const content = contentCopy('newer');
    const path = join(content, 'professors', 'aibek-toktosunov.md');
    const before = readFileSync(path, 'utf8');
    const file = await workbook(join(work, 'newer', 'visits.xlsx'), [
      { ...AIBEK_AGAIN, Position: undefined, ORCID: '0000-0001-5000-0007', 'Name (Latin)': 'Aibek Toktosunov' },
    ]);
    const p = await plan(file, content);
    expect(p.updates).toHaveLength(1);
    expect(p.updates[0]!.fills).toEqual([{ field: 'links.orcid', value: '0000-0001-5000-0007', rows: [2] }]);
    writePlan(p, content);
    const after = readFileSync(path, 'utf8');
    // Only the new lines: every other line of the file is as the editor wrote it.
    const added = linesAdded(before, after);
    expect(added).toEqual([
      '  orcid: 0000-0001-5000-0007',
      '  - programme: foreign-scientist',
      '    start: 2027-02-01',
      '    end: 2027-02-20',
      '    formats: [consultation]',
    ]);
    expect(linesAdded(after, before)).toEqual([]);
    expect(validateContent(content).problems).toEqual([]);
  });

  it('refuses a visit that overlaps another of the same person, in the sheet or in the file', async () => {
    const content = contentCopy('overlap');
    const file = await workbook(join(work, 'overlap', 'visits.xlsx'), [
      JANA,
      { ...JANA, 'First day': '20.03.2025', 'Last day': '28.03.2025' },
      { ...AIBEK_AGAIN, 'First day': '01.10.2026', 'Last day': '03.10.2026' },
    ]);
    const p = await plan(file, content);
    expect(p.problems.map((x) => `row ${x.line}: ${x.value}: ${x.fix}`)).toEqual([
      'row 3: 2025-03-20 to 2025-03-28: overlaps the visit of 2025-03-10 to 2025-03-24 in visits.xlsx row 2: fix the dates, or make the two one visit',
      `row 4: 2026-10-01 to 2026-10-03: overlaps the visit of 2026-09-14 to 2026-10-09 in ${join(content, 'professors', 'aibek-toktosunov.md')}: fix the dates, or make the two one visit`,
    ]);
    expect(p.newProfessors[0]!.data.visits).toHaveLength(1);
    expect(p.updates.flatMap((u) => u.visits)).toEqual([]);
  });

  it('reads a CSV with Russian headers separated by semicolons, as Excel saves it in Russian settings', async () => {
    const content = contentCopy('russian');
    const csv = join(work, 'russian', 'visits.csv');
    writeFileSync(
      csv,
      '\uFEFFФИО латиницей;ФИО на русском;Страна;Организация;Должность;Области;Программа;Дата начала;Дата окончания;Формы сотрудничества;Тема;Тема (рус.);Краткое описание;Источник\r\n' +
        'Aibek Toktosunov;Айбек Токтосунов;Киргизия;Чуйский институт инженерной экологии;;;Зарубежный учёный;01.02.2027;20.02.2027;лекции;Waste management;Обращение с отходами;;\r\n' +
        // Russian typed where the English belongs is kept as Russian, and the missing English asked for.
        'Anna Berg;;Киргизия;Чуйский институт инженерной экологии;Доцент;design;Зарубежный учёный;01.03.2027;10.03.2027;семинар;;;Dr Berg teaches design.;https://www.atu.edu.kz/\r\n',
    );
    const ru = readFileSync(join(content, 'institutions', 'chuy-valley-institute-of-environmental-engineering.yaml'), 'utf8');
    expect(ru).toContain('Чуйский институт инженерной экологии');
    const p = planImport((await readSheet(csv, 'visits.csv')).rows, indexContent(content));
    expect(p.problems.map((x) => `row ${x.line}, ${x.column}, ${x.value}: ${x.fix}`)).toEqual([
      'row 3, Должность, Доцент: has no English text: the site needs it (it is shown where a translation is missing); add a column "Position (en)" with the English, or write the English in this one and the Russian in "Position (ru)"',
    ]);
    expect(p.updates[0]!.visits[0]!.visit).toEqual({
      programme: 'foreign-scientist',
      start: '2027-02-01',
      end: '2027-02-20',
      formats: ['lecture-course'],
      activities: [{ type: 'lecture-course', title: { en: 'Waste management', ru: 'Обращение с отходами' } }],
    });
  });

  it('ships templates whose every header the import reads as its column', async () => {
    for (const [file, language] of [
      ['visits.xlsx', 'en'],
      ['visits.csv', 'en'],
      ['visits-ru.csv', 'ru'],
    ] as const) {
      const sheet = await readSheet(join(ROOT, 'content', '_templates', file));
      expect(sheet.problems, file).toEqual([]);
      expect(sheet.ignored, file).toEqual([]);
      const text = file.endsWith('.csv') ? readFileSync(join(ROOT, 'content', '_templates', file), 'utf8') : '';
      if (text)
        expect(
          text
            .replace(/^\uFEFF/, '')
            .trim()
            .split(/[,;]/),
          file,
        ).toEqual(TEMPLATE_COLUMNS.map((c) => c[language]));
    }
  });
});
