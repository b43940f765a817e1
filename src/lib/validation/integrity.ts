/**
 * Rules that span more than one file, which a schema cannot see: references
 * resolve, ids are unique, visits do not overlap, facts are sourced, Markdown
 * carries no HTML. Pure functions over an in-memory model, so each rule is
 * tested on its own with a small fixture.
 */
import { COLLECTIONS, newFileOf, siteSchema, whereIs, type CollectionName } from '~/schemas/index';
import { imagePath } from '~/schemas/image';
import { referencesIn } from '~/schemas/introspect';
import type { CountryData } from '~/schemas/country';
import type { FieldData } from '~/schemas/field';
import type { InstitutionData } from '~/schemas/institution';
import type { PageData } from '~/schemas/page';
import type { ProfessorData } from '~/schemas/professor';
import type { ProgrammeData } from '~/schemas/programme';
import type { ProjectData } from '~/schemas/project';
import type { SiteData } from '~/schemas/site';
import { KEBAB_CASE, LOCALES, type RefTarget } from '~/schemas/common';
import { COUNTRY_CODES } from '~/schemas/country';
import { closest, formatPath } from './messages';
import type { Problem } from './read';

const REF_TARGETS: readonly RefTarget[] = ['countries', 'institutions', 'programmes', 'fields', 'professors', 'projects'];

export interface Entry<T> {
  id: string;
  /** File as shown to the editor. */
  file: string;
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
}

type Path = (string | number)[];

function problem(entry: Pick<Entry<unknown>, 'file' | 'prefix' | 'lineOf'>, path: Path, message: string, line?: number): Problem {
  const full = [...(entry.prefix ?? []), ...path];
  const found = line ?? entry.lineOf?.(path);
  return { file: entry.file, field: full.length ? formatPath(full) : '-', message, ...(found ? { line: found } : {}) };
}

const singular = (collection: CollectionName) => COLLECTIONS[collection].singular;

// ---------------------------------------------------------------- file names and ids

/** File names are lower-case kebab-case; country files are ISO 3166-1 codes; pages sit in a language folder. */
export function checkFileNames(model: ContentModel): Problem[] {
  const out: Problem[] = [];
  for (const f of model.files) {
    if (f.collection === 'fields') {
      continue; // ids inside fields.yaml are checked by the field schema
    }
    if (f.collection === 'pages') {
      const [locale, name] = f.id.split('/');
      if (!name || !(LOCALES as readonly string[]).includes(locale!)) {
        out.push({
          file: f.file,
          field: '-',
          message: `is not in a language folder: move it to content/pages/en/, content/pages/ru/ or content/pages/kk/`,
        });
        continue;
      }
    }
    if (!KEBAB_CASE.test(f.name)) {
      const suggestion = f.name
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
      out.push({
        file: f.file,
        field: '-',
        message: `file name "${f.name}" must be lower-case words joined by hyphens: rename it to "${suggestion || 'a-name'}"`,
      });
      continue;
    }
    if (f.collection === 'countries' && !COUNTRY_CODES.has(f.name)) {
      out.push({
        file: f.file,
        field: '-',
        message: `"${f.name}" is not an ISO 3166-1 country code: name the file with the two-letter code, e.g. pl.yaml for Poland`,
      });
    }
  }
  return out;
}

/** No two entries of a collection share an id (Astro would silently keep only one). */
export function checkDuplicateIds(model: ContentModel): Problem[] {
  const out: Problem[] = [];
  const seen = new Map<string, FileRecord>();
  for (const f of model.files) {
    const key = `${f.collection}\u0000${f.id.toLowerCase()}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, f);
      continue;
    }
    const where =
      first.file === f.file ? `earlier in this file${first.prefix ? ` at ${formatPath(first.prefix)}` : ''}` : `by ${first.file}`;
    out.push({
      file: f.file,
      field: f.prefix ? formatPath([...f.prefix, 'id']) : '-',
      message: `duplicate ${singular(f.collection)} id "${f.id}", already used ${where}: give one of them another name`,
    });
  }
  return out;
}

// ---------------------------------------------------------------- references

interface Target {
  ids: Set<string>;
  drafts: Set<string>;
  examples: Set<string>;
  broken: Set<string>;
}

function targets(model: ContentModel, collection: CollectionName): Target {
  const entries = model[collection] as Entry<{ draft?: boolean; example?: boolean }>[];
  return {
    ids: new Set(entries.map((e) => e.id)),
    drafts: new Set(entries.filter((e) => e.data.draft).map((e) => e.id)),
    examples: new Set(entries.filter((e) => e.data.example).map((e) => e.id)),
    broken: model.broken[collection] ?? new Set(),
  };
}

interface RefCheck {
  from: Entry<{ draft?: boolean; example?: boolean }>;
  path: Path;
  collection: RefTarget;
  id: string;
}

/**
 * Every reference in the model's valid entries: the fields each schema declares
 * with ref(), so adding a reference to a schema adds it to the checks.
 */
function references(model: ContentModel): RefCheck[] {
  const refs: RefCheck[] = [];
  const add = (from: RefCheck['from'], schema: Parameters<typeof referencesIn>[0]) => {
    for (const r of referencesIn(schema, from.data)) refs.push({ from, path: r.path as Path, collection: r.collection, id: r.id });
  };
  for (const collection of Object.keys(COLLECTIONS) as CollectionName[]) {
    const schema = COLLECTIONS[collection].schema({ image: imagePath });
    for (const e of model[collection] as RefCheck['from'][]) add(e, schema);
  }
  if (model.site) add(model.site as unknown as RefCheck['from'], siteSchema);
  return refs;
}

/** Every id a file names exists, is not a draft (unless the file is), and is not an example when the file is not. */
export function checkReferences(model: ContentModel): Problem[] {
  const index = Object.fromEntries(REF_TARGETS.map((c) => [c, targets(model, c)])) as Record<RefTarget, Target>;
  const refs = references(model);

  const out: Problem[] = [];
  for (const r of refs) {
    const t = index[r.collection];
    const kind = singular(r.collection);
    if (t.broken.has(r.id)) continue;
    if (!t.ids.has(r.id)) {
      const guess = closest(r.id, t.ids);
      const where = whereIs(r.collection);
      out.push(
        problem(
          r.from,
          r.path,
          `unknown ${kind} "${r.id}": ${guess ? `did you mean "${guess}"? ` : ''}use an id from ${where}${r.collection === 'fields' ? '' : ` or create ${newFileOf(r.collection, r.id)}`}`,
        ),
      );
      continue;
    }
    if (t.drafts.has(r.id) && !r.from.data.draft) {
      out.push(
        problem(
          r.from,
          r.path,
          `${kind} "${r.id}" is a draft and will not be published: publish it (remove draft: true) or remove this reference`,
        ),
      );
      continue;
    }
    if (t.examples.has(r.id) && r.from.data.example === false) {
      out.push(
        problem(
          r.from,
          r.path,
          `${kind} "${r.id}" is an invented example entry; a real entry cannot rely on it: refer to a real entry or mark this one example: true`,
        ),
      );
    }
  }
  return out;
}

// ---------------------------------------------------------------- visits

/** One person is never in two visits at once. */
export function checkVisitOverlaps(model: ContentModel): Problem[] {
  const out: Problem[] = [];
  for (const e of model.professors) {
    const visits = e.data.visits.map((v, i) => ({ ...v, i })).sort((a, b) => a.start.localeCompare(b.start));
    for (let k = 1; k < visits.length; k++) {
      const prev = visits[k - 1]!;
      const cur = visits[k]!;
      if (cur.start <= prev.end) {
        out.push(
          problem(
            e,
            ['visits', cur.i, 'start'],
            `${cur.start} falls inside visits[${prev.i}] (${prev.start} to ${prev.end}): fix the dates, or merge the two visits into one`,
          ),
        );
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------- sources and examples

/** A real (non-example) entry names at least one public source. */
export function checkSources(model: ContentModel): Problem[] {
  const out: Problem[] = [];
  for (const collection of ['institutions', 'programmes', 'professors', 'projects'] as const) {
    for (const e of model[collection] as Entry<{ example: boolean; sources: string[] }>[]) {
      if (!e.data.example && e.data.sources.length === 0) {
        out.push(
          problem(
            e,
            ['sources'],
            'is missing: list at least one public web page where these facts can be checked, or mark an invented entry with example: true',
            e.lineOf?.([]) ?? 1,
          ),
        );
      }
    }
  }
  return out;
}

/** Every institution is the host or is referred to; an unused one is probably a leftover or a typo. */
export function checkOrphanInstitutions(model: ContentModel): Problem[] {
  const used = new Set<string>(model.brokenValues);
  for (const r of references(model)) if (r.collection === 'institutions') used.add(r.id);
  return model.institutions
    .filter((i) => !used.has(i.id))
    .map((i) => ({
      file: i.file,
      field: '-',
      message: `no professor, visit or project refers to institution "${i.id}": refer to it from an entry, or delete the file`,
    }));
}

// ---------------------------------------------------------------- Markdown

const FENCE = /^( {0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^\1?\2[ \t]*$|(?![\s\S]))/gm;
const CODE_SPAN = /(`+)[^`][\s\S]*?\1/g;
const HTML = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|<!--|<\?|<!\[CDATA\[|<![A-Za-z]/g;
const LINK_TARGET = /\]\(\s*<?\s*([^)\s>]+)|^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)|<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*)>/gm;
const IMAGE = /!\[([^\]]*)\]\(\s*<?([^)\s>]*)/g;

/** Blanks out code so that `<tag>` inside code examples is not taken for HTML, keeping offsets. */
function withoutCode(md: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return md.replace(FENCE, blank).replace(CODE_SPAN, blank);
}

function lineAt(text: string, offset: number): number {
  let n = 0;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

function isSafeTarget(target: string): boolean {
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(target);
  if (!scheme) return !target.startsWith('//'); // relative links and anchors are fine; protocol-relative are not
  return ['http', 'https', 'mailto'].includes(scheme[1]!.toLowerCase());
}

/** Problems in one Markdown text: raw HTML, unsafe link schemes, images without alt text. */
export function markdownProblems(md: string): { offset: number; message: string }[] {
  const text = withoutCode(md);
  const out: { offset: number; message: string }[] = [];
  for (const m of text.matchAll(HTML)) {
    const snippet = m[0].length > 40 ? `${m[0].slice(0, 40)}…` : m[0];
    out.push({
      offset: m.index,
      message: `contains raw HTML ${JSON.stringify(snippet)}: HTML is not allowed, write plain Markdown instead`,
    });
  }
  for (const m of text.matchAll(LINK_TARGET)) {
    const target = m[1] ?? m[2] ?? m[3] ?? '';
    if (!isSafeTarget(target)) {
      out.push({
        offset: m.index,
        message: `links to ${JSON.stringify(target.slice(0, 60))}: only https://, http:// and mailto: links are allowed`,
      });
    }
  }
  for (const m of text.matchAll(IMAGE)) {
    const src = m[2]!;
    if (m[1]!.trim() === '') {
      out.push({
        offset: m.index,
        message: `image ${JSON.stringify(src)} has no alternative text: describe what it shows between the square brackets, ![like this](${src})`,
      });
    }
    // Remote images would let a third party see every reader (and the site's CSP blocks them anyway).
    if (/^[A-Za-z][A-Za-z0-9+.-]*:|^\/\//.test(src)) {
      out.push({
        offset: m.index,
        message: `image ${JSON.stringify(src.slice(0, 60))} is not on this site: put the image file next to the entry and link it by its path`,
      });
    } else if (src.split(/[\\/]/).includes('..')) {
      out.push({
        offset: m.index,
        message: `image ${JSON.stringify(src)} points outside the entry's folder (..): put the image next to the entry`,
      });
    }
  }
  return out.sort((a, b) => a.offset - b.offset);
}

// In MDX, `import`/`export` lines and `{...}` run code when the site is built.
const MDX_CODE = /^(?:import|export)\s.*$|(?<!\\)\{[^}\n]*\}?/gm;

/**
 * The Markdown rules, and for an .mdx page also no code: such a page is written
 * like a .md one (components and expressions would run at build time).
 */
export function mdxProblems(md: string): { offset: number; message: string }[] {
  const text = withoutCode(md);
  const code = [...text.matchAll(MDX_CODE)].map((m) => ({
    offset: m.index,
    message: `contains code ${JSON.stringify(m[0].slice(0, 40))}: MDX pages are written like Markdown, without import, export or {…}; write \\{ for a brace`,
  }));
  return [...markdownProblems(md), ...code].sort((a, b) => a.offset - b.offset);
}

/** Markdown bodies and Markdown translations carry no HTML, no script links and no image without alt text. */
export function checkMarkdown(model: ContentModel): Problem[] {
  const out: Problem[] = [];
  const bodies: Entry<unknown>[] = [...model.professors, ...model.projects, ...model.pages];
  for (const e of bodies) {
    if (e.body === undefined) continue;
    for (const p of (e.file.endsWith('.mdx') ? mdxProblems : markdownProblems)(e.body)) {
      out.push(problem(e, ['body'], p.message, (e.bodyLine ?? 1) + lineAt(e.body, p.offset)));
    }
  }
  for (const e of model.professors) {
    for (const locale of ['ru', 'kk'] as const) {
      const text = e.data.biography[locale];
      if (text) for (const p of markdownProblems(text)) out.push(problem(e, ['biography', locale], p.message));
    }
  }
  return out;
}

/** Every rule, in the order an editor would fix them. */
export const INTEGRITY_RULES = [
  checkFileNames,
  checkDuplicateIds,
  checkReferences,
  checkVisitOverlaps,
  checkSources,
  checkOrphanInstitutions,
  checkMarkdown,
] as const;

export function checkIntegrity(model: ContentModel): Problem[] {
  return INTEGRITY_RULES.flatMap((rule) => rule(model));
}
