/**
 * The spreadsheet an office fills in for `npm run import`, made from the
 * column table so the two cannot drift: a "Visits" sheet with the English
 * headers (each with a note giving the Russian header and what goes in it),
 * and a "Columns" sheet that explains every column in English and Russian.
 * CSV versions carry the English or the Russian headers.
 */
import ExcelJS from 'exceljs';
import { TEMPLATE_COLUMNS, type Column } from './columns';

/** What goes in each column, in Russian, for the "Columns" sheet and the header notes. */
export const HELP_RU: Record<Column['key'], string> = {
  id: '',
  example: '',
  name: 'Полное имя латиницей, как его пишет сам человек',
  nameRu: 'Имя на русском языке',
  nameKk: 'Имя на казахском языке',
  orcid: 'ORCID iD, например 0000-0002-1825-0097',
  country: 'Страна организации: название на любом языке или двухбуквенный код',
  institution: 'Название организации, как на сайте (на любом языке); если её ещё нет на сайте — официальное название на английском',
  city: 'Город, где находится организация, на английском (только если организации ещё нет на сайте)',
  website: 'Официальный сайт организации, например https://www.uni.edu (только если её ещё нет на сайте)',
  position: 'Должность по месту работы, на английском (по-русски — в столбце «Должность (рус.)»)',
  degree: 'Учёная степень, например PhD',
  fields: 'Области науки через «;» (идентификаторы или названия с сайта)',
  programme: '«Зарубежный учёный» или Erasmus+ ICM (название на любом языке или идентификатор)',
  start: 'Первый день визита: 10.03.2025 или 2025-03-10',
  end: 'Последний день визита (для однодневного визита — та же дата)',
  formats:
    'Формы сотрудничества через «;»: лекционный курс, научная стажировка, совместное исследование, семинар, научное руководство, консультации, другое',
  hours: 'Число контактных часов курса, например 36',
  topic: 'Название курса или работы, на английском (по-русски — в столбце «Тема (рус.)»)',
  audience: 'Кто слушал, на английском (например, Master’s students)',
  unit: 'Кафедра или другое подразделение университета, принимавшее профессора, на английском',
  note: 'Краткое примечание к визиту на английском; будет опубликовано на сайте',
  summary: 'Одно-два предложения о профессоре на английском; обязательно, если профессора ещё нет на сайте',
  sources:
    'Общедоступная веб-страница, где можно проверить сведения (обязательно, если профессора ещё нет на сайте); несколько — через «;»',
};

/** A fixed date, so that writing the template again gives the same file. */
const STAMP = new Date(Date.UTC(2026, 0, 1));

export function templateWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.created = STAMP;
  workbook.modified = STAMP;
  const visits = workbook.addWorksheet('Visits');
  visits.addRow(TEMPLATE_COLUMNS.map((c) => c.en));
  visits.getRow(1).font = { bold: true };
  visits.views = [{ state: 'frozen', ySplit: 1 }];
  TEMPLATE_COLUMNS.forEach((c, i) => {
    visits.getColumn(i + 1).width = Math.max(14, c.en.length + 4);
    visits.getRow(1).getCell(i + 1).note = `${c.ru}\n\n${c.help}.\n${HELP_RU[c.key]}.`;
    // Dates typed as 10.03.2025 stay text; a date typed as a date is read too.
    if (c.key === 'start' || c.key === 'end') visits.getColumn(i + 1).numFmt = 'yyyy-mm-dd';
  });
  const columns = workbook.addWorksheet('Columns');
  columns.addRow(['Column', 'Столбец', 'What goes in it', 'Что писать']);
  columns.getRow(1).font = { bold: true };
  for (const c of TEMPLATE_COLUMNS) columns.addRow([c.en, c.ru, c.help, HELP_RU[c.key]]);
  columns.columns.forEach((col, i) => (col.width = i < 2 ? 24 : 70));
  return workbook;
}

/**
 * The header row as a CSV file, with English or Russian headers. The Russian
 * one is separated by ";", as Excel in Russian and Kazakh settings expects;
 * both start with a byte-order mark, without which Excel misreads UTF-8.
 */
export function templateCsv(language: 'en' | 'ru'): string {
  const separator = language === 'ru' ? ';' : ',';
  return `\uFEFF${TEMPLATE_COLUMNS.map((c) => c[language]).join(separator)}\r\n`;
}
