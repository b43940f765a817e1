/**
 * Validates a whole content folder: every file against its schema, then the
 * rules across files. Used by `npm run validate` and by the site build, which
 * refuses to start while any problem remains.
 */
import type { z } from 'astro/zod';
import { COLLECTIONS, siteSchema, type CollectionName } from '~/schemas/index';
import { imagePath } from '~/schemas/image';
import { referencesIn } from '~/schemas/introspect';
import type { ContentModel, Entry, FileRecord } from './model';
import { checkIntegrity } from './rules/index';
import { checkNotices, checkWarnings } from './warnings';
import { check, formatPath, type FieldProblem } from './messages';
import { readContentTree, type Problem, type SourceFile } from './read';

export type { Problem } from './read';

export interface ValidationResult {
  problems: Problem[];
  /** What valid content still lacks (see warnings.ts); never a reason to refuse it. */
  warnings: Problem[];
  /** What the site leaves out on purpose, such as drafts (see warnings.ts); never a reason to refuse the content. */
  notices: Problem[];
  /** Entries read per collection (valid or not). */
  counts: Record<CollectionName, number>;
  files: number;
}

/** The content folder in use (CONTENT_DIR, see src/lib/settings.ts). */
export { contentDir } from '~/lib/content-files';

function toEntry(file: SourceFile, data: unknown): Entry<never> {
  return {
    id: file.id,
    file: file.display,
    path: file.path,
    data: data as never,
    ...(file.body !== undefined ? { body: file.body, bodyLine: file.bodyLine } : {}),
    prefix: file.prefix,
    lineOf: file.lineOf,
  };
}

function parseProblems(file: SourceFile, fieldProblems: FieldProblem[]): Problem[] {
  return fieldProblems.map((p) => {
    const line = file.lineOf(p.path);
    return { file: file.display, field: formatPath([...file.prefix, ...p.path]) || '-', message: p.message, ...(line ? { line } : {}) };
  });
}

/** A problem's file and field, to tell when two problems are about the same field. */
const fieldKey = (p: Pick<Problem, 'file' | 'field'>) => `${p.file}\u0000${p.field}`;

const keys = (path: readonly PropertyKey[]) => path.filter((k): k is string | number => typeof k !== 'symbol');

function collectStrings(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) for (const v of value) collectStrings(v, into);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) collectStrings(v, into);
}

export function validateContent(dir: string): ValidationResult {
  const tree = readContentTree(dir);
  const problems: Problem[] = [...tree.problems];
  const model: ContentModel = {
    countries: [],
    institutions: [],
    programmes: [],
    fields: [],
    professors: [],
    projects: [],
    pages: [],
    files: [],
    broken: {},
    unparsed: [],
  };
  const counts = Object.fromEntries(Object.keys(COLLECTIONS).map((c) => [c, 0])) as Record<CollectionName, number>;
  for (const { collection, id } of tree.unreadable) (model.broken[collection] ??= new Set()).add(id);

  if (tree.site) {
    const parsed = check(siteSchema, tree.site.data);
    if (parsed.success) model.site = toEntry(tree.site, parsed.data);
    else problems.push(...parseProblems(tree.site, parsed.problems));
  }

  // Fields the schema named in files that failed it: a rule's problem at the same field is not reported again,
  // except for a reference written as text, where the reference rule says more (the id meant, or the file to create).
  const schemaFields = new Set<string>();
  const referenceFields = new Set<string>();

  // One schema per collection: building a zod schema costs far more than using it.
  const schemas = new Map<CollectionName, z.ZodType>();
  for (const file of tree.files) {
    const collection = file.collection as CollectionName;
    counts[collection]++;
    const record: FileRecord = {
      collection,
      id: file.id,
      file: file.display,
      name: file.path.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, ''),
    };
    if (file.prefix.length) {
      record.prefix = file.prefix;
      record.name = file.id;
    }
    model.files.push(record);

    let schema = schemas.get(collection);
    if (!schema) schemas.set(collection, (schema = COLLECTIONS[collection].schema({ image: imagePath })));
    const parsed = check(schema, file.data);
    if (!parsed.success) {
      const found = parseProblems(file, parsed.problems);
      problems.push(...found);
      for (const p of found) schemaFields.add(fieldKey(p));
      (model.broken[collection] ??= new Set()).add(file.id);
      collectStrings(file.data, (model.brokenValues ??= new Set()));
      if (file.data && typeof file.data === 'object' && !Array.isArray(file.data)) {
        model.unparsed.push({ ...toEntry(file, file.data), collection });
        for (const r of referencesIn(schema, file.data)) {
          referenceFields.add(fieldKey({ file: file.display, field: formatPath([...file.prefix, ...keys(r.path)]) }));
        }
      }
      continue;
    }
    (model[collection] as Entry<unknown>[]).push(toEntry(file, parsed.data));
  }

  const ruleProblems = checkIntegrity(model);
  const ruleFields = new Set(ruleProblems.map(fieldKey));
  const replaced = (p: Problem) => referenceFields.has(fieldKey(p)) && ruleFields.has(fieldKey(p));
  const kept = problems.filter((p) => !replaced(p));
  problems.length = 0;
  problems.push(...kept, ...ruleProblems.filter((p) => !schemaFields.has(fieldKey(p)) || referenceFields.has(fieldKey(p))));
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
  const warnings = checkWarnings(model);
  const notices = checkNotices(model);
  return { problems, warnings, notices, counts, files: new Set(tree.files.map((f) => f.path)).size + (tree.site ? 1 : 0) };
}

/** One problem as the editor reads it: `<file>: <field>: <message>`. */
export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.field}: ${p.message}`;
}

/** One warning as the editor reads it: `warning: <file>: <field>: <message>`. */
export function formatWarning(p: Problem): string {
  return `warning: ${formatProblem(p)}`;
}

/** One notice as the editor reads it: `notice: <file>: <field>: <message>`. */
export function formatNotice(p: Problem): string {
  return `notice: ${formatProblem(p)}`;
}

/**
 * A problem as a GitHub Actions workflow command, shown on the pull request at
 * the line of the field: `::error file=content/x.md,line=7,title=visits[0].end::must be ...`.
 * `file` must be relative to the repository root, as displayed paths are.
 */
export function githubAnnotation(p: Problem, level: 'error' | 'warning' | 'notice' = 'error'): string {
  const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const where = [
    `file=${property(p.file)}`,
    ...(p.line ? [`line=${p.line}`] : []),
    `title=${property(p.field === '-' ? p.file : p.field)}`,
  ];
  return `::${level} ${where.join(',')}::${data(`${p.field === '-' ? '' : `${p.field}: `}${p.message}`)}`;
}
