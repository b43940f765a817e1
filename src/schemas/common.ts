/**
 * Building blocks shared by every content schema. Each helper returns a fresh
 * zod type with a description, so that the text can feed editor help and the
 * JSON Schema of each collection.
 */
import { z } from 'astro/zod';

/** The site's languages, in the order they are shown. English is the reference. */
export const LOCALES = ['en', 'ru', 'kk'] as const;
export type Locale = (typeof LOCALES)[number];

/** A file name or id: lower-case words joined by single hyphens, e.g. `anna-novak`. */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// C0/C1 control characters except tab and newline, and the Unicode bidi
// embedding/override/isolate controls that can make a name read differently
// from how it is stored. Matching control characters is the point here.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHARS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF]/;

/**
 * What an editing form needs to know about a field beyond its zod type: a
 * date picker, a choice among the entries of a collection, a text area. Kept
 * in the schema's definition, so it survives `.describe()` and `.optional()`.
 */
export type EditorKind = { kind: 'date' } | { kind: 'ref'; collection: RefTarget } | { kind: 'prose' } | { kind: 'image' };

/** The collections an entry may refer to by id (all but the prose pages). */
export type RefTarget = 'countries' | 'institutions' | 'programmes' | 'fields' | 'professors' | 'projects';

export function withEditorKind<T extends z.ZodType>(schema: T, kind: EditorKind): T {
  (schema._zod.def as { editorKind?: EditorKind }).editorKind = kind;
  return schema;
}

export function editorKind(schema: z.ZodType): EditorKind | undefined {
  return (schema._zod.def as { editorKind?: EditorKind }).editorKind;
}

/**
 * The message for a value of the wrong kind. A missing value gets none here, so
 * it is reported as missing (see src/lib/validation/messages.ts).
 */
export function typeError(message: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? undefined : message);
}

/** An empty text; messages.ts drops "or remove the field" where the field is required. */
export const EMPTY_TEXT = 'is empty: write the text or remove the field';

function text(description: string, max: number) {
  return z
    .string()
    .trim()
    .min(1, { message: EMPTY_TEXT })
    .max(max, { message: `is longer than ${max} characters: shorten it` })
    .refine((s) => !FORBIDDEN_CHARS.test(s), {
      message: 'contains an invisible control or text-direction character: retype the text without it',
    })
    .refine((s) => !HTML_TAG.test(s), { message: 'contains HTML: write plain text without <tags>' })
    .describe(description);
}

// Anything a browser would read as the start of a tag, comment or declaration.
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:[\s/>]|$)|<!--|<![A-Za-z[]|<\?/;

// Characters that take no space: zero-width spaces and joiners, word joiners, soft hyphens, direction
// marks. In a name or title they make two equal-looking texts differ (search, sorting, duplicates).
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u2060-\u2064]|\u034F/;

/** Human text on one line (names, titles). */
export function line(description: string, max = 200) {
  return text(description, max)
    .refine((s) => !/[\r\n]/.test(s), { message: 'must be on one line: remove the line break' })
    .refine((s) => !INVISIBLE.test(s), {
      message: 'contains an invisible character (a zero-width space, joiner or soft hyphen): retype the text without it',
    })
    .describe(description);
}

/** Longer human text that may span lines (summaries, Markdown paragraphs). */
export function prose(description: string, max = 5000) {
  return withEditorKind(text(description, max), { kind: 'prose' });
}

/**
 * Text in the site's three languages. English is required; Russian and
 * Kazakh are optional, and pages fall back to English (marked as such) when
 * a translation is missing.
 */
/**
 * Russian and Kazakh of an entry's Markdown body (the English is the text below
 * the front matter): a professor's biography, a project's text.
 */
export function bodyTranslations(what: string) {
  return z
    .object({
      ru: prose(`${what} in Russian (Markdown).`, 8000).optional(),
      kk: prose(`${what} in Kazakh (Markdown).`, 8000).optional(),
    })
    .strict()
    .default({})
    .describe(`Translations of the ${what.toLowerCase()}; the English ${what.toLowerCase()} is the text below the front matter.`);
}

export function localized(description: string, kind: 'line' | 'prose' = 'line', max?: number) {
  const part = kind === 'line' ? line : prose;
  return z
    .object({
      en: part('The English text; every entry needs it.', max),
      ru: part('Russian text (optional; English is shown when missing).', max).optional(),
      kk: part('Kazakh text in Cyrillic (optional; English is shown when missing).', max).optional(),
    })
    .strict()
    .describe(`${description} Give English as \`en\`, and Russian (\`ru\`) and Kazakh (\`kk\`) where you have them.`);
}

/** Whether `s` is a full http(s) address on a named host; never `javascript:` or `data:`. */
export function isHttpUrl(s: string): boolean {
  try {
    const url = new URL(s);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** A web address. Only http and https are allowed, never `javascript:` or `data:`. */
export function httpUrl(description: string) {
  return z
    .string()
    .trim()
    .max(2000, { message: 'is longer than 2000 characters: shorten the address' })
    .refine(isHttpUrl, { message: 'is not a web address: write a full address starting with https://' })
    .describe(description);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealCalendarDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return true; // the shape rule reports this one
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** `YYYY-MM-DD` from numbers, when they make a real calendar date. */
function isoOf(y: number, m: number, d: number): string | undefined {
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return y >= 1000 && ISO_DATE.test(iso) && isRealCalendarDate(iso) ? iso : undefined;
}

/** Day and month in either order, from a date whose separator does not say which comes first: only when one of them is above 12. */
function dayMonth(y: number, a: number, b: number): string | undefined {
  if (a > 12 && b <= 12) return isoOf(y, b, a);
  if (b > 12 && a <= 12) return isoOf(y, a, b);
  if (a === b) return isoOf(y, a, a);
  return undefined;
}

/**
 * The `YYYY-MM-DD` form of a date written another way, when it can only mean
 * one day: `17.10.2025` and `1.3.2024` (day first, as written in Kazakhstan),
 * `2025/10/17`, `2025.10.17`, `2025-3-4`, `17 October 2025`, `October 17, 2025`,
 * and `10/17/2025` or `17/10/2025` (but not `03/04/2025`, which could be either).
 */
export function isoDateSuggestion(text: string): string | undefined {
  const s = text.trim().replace(/\s+/g, ' ');
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s);
  if (m) return isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  if (m) return isoOf(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/.exec(s);
  if (m) return dayMonth(Number(m[3]), Number(m[1]), Number(m[2]));
  const month = (name: string) => {
    const lower = name.toLowerCase().replace(/\.$/, '');
    const i = lower.length >= 3 ? MONTHS.findIndex((full) => full.startsWith(lower)) : -1;
    return i < 0 ? undefined : i + 1;
  };
  m = /^(\d{1,2}) ([A-Za-z]+\.?),? (\d{4})$/.exec(s);
  if (m) {
    const mm = month(m[2]!);
    return mm ? isoOf(Number(m[3]), mm, Number(m[1])) : undefined;
  }
  m = /^([A-Za-z]+\.?) (\d{1,2}),? (\d{4})$/.exec(s);
  if (m) {
    const mm = month(m[1]!);
    return mm ? isoOf(Number(m[3]), mm, Number(m[2])) : undefined;
  }
  return undefined;
}

/** A value as a message quotes it: text in double quotes, shortened when long. */
export function quoted(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value);
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
}

/** What is wrong with a date not written as `YYYY-MM-DD`, quoting it, and the form to write when it is clear. */
export function dateFormatMessage(value: unknown): string {
  if (typeof value !== 'string' && typeof value !== 'number') return 'must be a date written as YYYY-MM-DD, e.g. 2023-04-10';
  const suggestion = typeof value === 'string' ? isoDateSuggestion(value) : undefined;
  return suggestion
    ? `${quoted(value)} is not written as YYYY-MM-DD: write ${suggestion}`
    : `${quoted(value)} is not a date written as YYYY-MM-DD: write it like 2023-04-10`;
}

/**
 * A calendar date written as `YYYY-MM-DD`. The value is kept as that string.
 * Astro's YAML reader turns unquoted dates into `Date` objects; those are
 * turned back into the same string so both readers agree.
 */
export function isoDate(description: string) {
  const schema = z
    .preprocess(
      (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
      z
        .string({ error: (issue) => (issue.input === undefined ? undefined : dateFormatMessage(issue.input)) })
        .regex(ISO_DATE, { error: (issue) => dateFormatMessage(issue.input) })
        .refine(isRealCalendarDate, { error: (issue) => `${quoted(issue.input)} is not a real calendar date: check the day and month` }),
    )
    .describe(`${description} Format: YYYY-MM-DD.`);
  return withEditorKind(schema, { kind: 'date' });
}

/** Id of an entry in another collection, e.g. a country code or a professor's file name. */
export function ref(collection: RefTarget, example: string) {
  const schema = z
    .string({ error: typeError(`must be the id of an entry in ${collection}, e.g. ${example}`) })
    .regex(KEBAB_CASE, {
      error: (issue) =>
        `${quoted(issue.input)} is not the id of an entry in ${collection}: write its file name without extension, e.g. ${example}`,
    })
    .describe(`Id of an entry in ${collection}: its file name without the extension, e.g. \`${example}\`.`);
  return withEditorKind(schema, { kind: 'ref', collection });
}

/** `example: true` marks an invented entry; the site shows an "Example entry" badge on it. */
export const example = z
  .boolean()
  .default(false)
  .describe('Set to true for an invented entry that only shows how the site works. The site shows an "Example entry" badge on it.');

/** An example entry left in English on purpose: the untranslated-text fallback stays tested. */
export const englishOnly = z
  .boolean()
  .optional()
  .describe("Kept in English only on purpose, so that the site's fallback for untranslated text stays tested");

/** Where the facts of an entry can be checked. Required (at least one) unless `example: true`. */
export const sources = z
  .array(httpUrl('A public web page where the facts of this entry can be checked.'))
  .default([])
  .describe('Public web pages where the facts of this entry can be checked. At least one, unless `example: true`.');

/** `draft: true` keeps an entry out of the built site. */
export const draft = z
  .boolean()
  .default(false)
  .describe('Set to true to keep this entry out of the published site while it is being prepared.');

export type LocalizedText = z.infer<ReturnType<typeof localized>>;

/** A calendar year such as 2024. */
export function year(description: string) {
  return z
    .number({ error: typeError('must be a year written as a number, e.g. 2024') })
    .int({ message: 'must be a whole year, e.g. 2021' })
    .min(1950, { message: 'must be a year after 1950' })
    .max(2100, { message: 'must be a year before 2100' })
    .describe(description);
}

/**
 * Makes an object-level check run even when some of the object's fields have
 * problems of their own: zod skips it then by default, and the editor would
 * learn of it only after fixing the others. The check must therefore accept
 * a value whose fields may be of any type (it runs only on an object).
 */
export const ALWAYS = {
  when: (payload: z.core.ParsePayload) => typeof payload.value === 'object' && payload.value !== null && !Array.isArray(payload.value),
};

/**
 * Adds "end is not before start" to an object with ISO `start` and optional `end` dates.
 * Use it with ALWAYS: it reads only fields that are real dates.
 */
export function endNotBeforeStart(what: string) {
  return (value: { start?: unknown; end?: unknown }, ctx: z.RefinementCtx) => {
    const { start, end } = value;
    // Only between two real dates: an impossible date has its own message, and no follow-on one.
    const real = (d: unknown): d is string => typeof d === 'string' && ISO_DATE.test(d) && isRealCalendarDate(d);
    if (real(start) && real(end) && end < start) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: `${end} is before start ${start}: ${what}` });
    }
  };
}
