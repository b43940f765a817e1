/**
 * Turns what an office types into a spreadsheet cell into the values a
 * content file holds: dates in any of the forms spreadsheets produce, lists,
 * hours, and names of countries, institutions, fields, programmes and forms
 * of cooperation in any of the site's languages. Each reader returns the value
 * or the reason it cannot, worded as the fix.
 */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import kk from 'i18n-iso-countries/langs/kk.json' with { type: 'json' };
import ru from 'i18n-iso-countries/langs/ru.json' with { type: 'json' };
import { FORMATS, type Format } from '~/schemas/visit';
import { countryCodeExact, countryCodeOf } from '~/lib/validation/labels';
import { fold, skeleton } from '~/shared/normalize';
import type { Cell } from './sheet';

countries.registerLocale(en);
countries.registerLocale(ru);
countries.registerLocale(kk);

export type Read<T> = { ok: true; value: T } | { ok: false; fix: string };
const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const fail = (fix: string): Read<never> => ({ ok: false, fix });

/** A cell as text, as the spreadsheet showed it. */
export function cellText(cell: Cell): string {
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

// Day 1 of the 1900 date system, counting Excel's phantom 29 February 1900 (serials from 61 on).
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

function isoOf(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

const YEARS = { min: 1990, max: 2100 };
const plausible = (iso: string) => {
  const y = Number(iso.slice(0, 4));
  return y >= YEARS.min && y <= YEARS.max;
};

/**
 * A date from a cell: a spreadsheet date, an Excel serial number, `2025-03-10`,
 * `10.03.2025` or `10/03/2025` (day first, as written in Kazakhstan and Europe).
 */
export function readDate(cell: Cell): Read<string> {
  let iso: string | undefined;
  if (cell instanceof Date) iso = cell.toISOString().slice(0, 10);
  else if (typeof cell === 'number') {
    if (Number.isInteger(cell) && cell > 0) iso = new Date(EXCEL_EPOCH + cell * DAY).toISOString().slice(0, 10);
  } else {
    const text = cellText(cell);
    let m: RegExpExecArray | null;
    if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(text))) iso = isoOf(+m[1]!, +m[2]!, +m[3]!);
    else if ((m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?:\s*г\.?)?$/.exec(text))) iso = isoOf(+m[3]!, +m[2]!, +m[1]!);
    else if (/^\d{5}$/.test(text)) return readDate(Number(text));
    else return fail(`"${text}" is not a date: write it as 2025-03-10 or 10.03.2025, or format the cell as a date in the spreadsheet`);
    if (!iso) return fail(`"${text}" is not a real calendar date: check the day and the month`);
  }
  if (!iso) return fail(`"${cellText(cell)}" is not a date: write it as 2025-03-10 or 10.03.2025`);
  if (!plausible(iso)) return fail(`"${cellText(cell)}" reads as ${iso}: write the full year, as 2025-03-10 or 10.03.2025`);
  return ok(iso);
}

/** A whole or decimal number of hours. */
export function readHours(cell: Cell): Read<number> {
  const n = typeof cell === 'number' ? cell : Number(cellText(cell).replace(',', '.'));
  if (!Number.isFinite(n) || n <= 0 || n > 2000) return fail(`"${cellText(cell)}" is not a number of hours: write a number such as 36`);
  return ok(n);
}

export function readBoolean(cell: Cell): boolean {
  return cell === true || /^(true|yes|да|иә|1)$/i.test(cellText(cell));
}

/** Items of a list cell, separated by ";" or new lines (or commas when there is neither). */
export function splitList(cell: Cell): string[] {
  const text = cellText(cell);
  const parts = /[;\n]/.test(text) ? text.split(/[;\n]/) : text.split(',');
  return parts.map((s) => s.trim()).filter(Boolean);
}

/** Compared forms of a name: folded, and its spelling skeleton (so "Wróbel", "Wrobel" and «Врубель» meet). */
export function nameForms(text: string): string[] {
  const words = (s: string) =>
    s
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .join(' ');
  return [words(fold(text)), words(skeleton(text)).replace(/w/g, 'v').replace(/u/g, 'o')];
}

/**
 * Entries of one collection found by id or by any of their names, in any
 * language and spelling. A name that fits two entries is refused, never guessed.
 */
export class Lookup {
  private readonly ids = new Set<string>();
  private readonly byForm = new Map<string, Set<string>>();
  constructor(private readonly what: string) {}

  add(id: string, names: readonly (string | undefined)[]): void {
    this.ids.add(id);
    for (const name of [id, ...names]) {
      if (!name) continue;
      for (const form of nameForms(name)) {
        let set = this.byForm.get(form);
        if (!set) this.byForm.set(form, (set = new Set()));
        set.add(id);
      }
    }
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  /** The id `value` names, undefined when none; a fix when several fit. */
  find(value: string): Read<string> | undefined {
    if (this.ids.has(value)) return ok(value);
    const found = new Set<string>();
    for (const form of nameForms(value)) for (const id of this.byForm.get(form) ?? []) found.add(id);
    if (found.size === 1) return ok([...found][0]!);
    if (found.size > 1) return fail(`"${value}" fits more than one ${this.what} (${[...found].join(', ')}): write the id of the one meant`);
    return undefined;
  }

  list(): string[] {
    return [...this.ids];
  }
}

/** Country names in the site's languages from i18n-iso-countries, for a new country file. */
export function countryNames(code: string): { en: string; ru?: string; kk?: string } | undefined {
  const name = (lang: string) => countries.getName(code.toUpperCase(), lang, { select: 'official' });
  const english = name('en');
  return english ? { en: english, ru: name('ru'), kk: name('kk') } : undefined;
}

/** An ISO country code from a code (two or three letters) or a name in English, Russian or Kazakh; a typo gets a guess, never a match. */
export function countryCode(value: string, onSite: Lookup): Read<string> {
  const found = onSite.find(value) ?? (countryCodeExact(value) ? ok(countryCodeExact(value)!) : undefined);
  if (found) return found;
  const guess = countryCodeOf(value);
  const hint = guess ? `did you mean ${countryNames(guess)?.en ?? guess} (${guess.toUpperCase()})? ` : '';
  return fail(
    `"${value.trim()}" is not a country this import knows: ${hint}write the country's name in English or Russian, or its two-letter code (e.g. PL)`,
  );
}

/** Words offices use for each form of cooperation, beyond the site's own names of them. */
const FORMAT_WORDS: Record<Format, string[]> = {
  'lecture-course': [
    'lectures',
    'lecture',
    'course',
    'лекции',
    'лекция',
    'курс лекций',
    'чтение лекций',
    'дәріс',
    'дәрістер',
    'дәрістер курсы',
  ],
  internship: ['стажировка', 'тағылымдама'],
  'joint-research': [
    'research',
    'joint research',
    'исследования',
    'совместные исследования',
    'научные исследования',
    'бірлескен зерттеулер',
    'зерттеу',
  ],
  seminar: ['seminars', 'workshop', 'семинары', 'семинарлар'],
  supervision: ['научное руководство', 'руководство', 'ғылыми жетекшілік', 'жетекшілік'],
  consultation: ['consultations', 'консультация', 'консультирование', 'консультациялар', 'кеңес беру'],
  other: ['другое', 'басқа'],
};

/** Forms of cooperation by id, by English words ("lecture course"), or by their names in Russian and Kazakh. */
export function formatLookup(labels: Record<Format, string[]>): Lookup {
  const lookup = new Lookup('form of cooperation');
  for (const f of FORMATS) lookup.add(f, [f.replace(/-/g, ' '), ...labels[f], ...FORMAT_WORDS[f]]);
  return lookup;
}
