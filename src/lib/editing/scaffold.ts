/**
 * New content files for editors (`npm run new`). Each file lists every field
 * of its schema in schema order, with the schema's own description as the
 * comment above it. Required fields are left empty, so `npm run validate`
 * names each one until it is filled in; optional fields are commented out.
 * Nothing here invents a fact: the only values written are the ones given.
 */
import { parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import { COLLECTIONS, collections, hasBody, type ScaffoldCollection } from '~/schemas/index';
import { imagePath } from '~/schemas/image';
import { FORMATS, visitSchema } from '~/schemas/visit';
import { slugify } from '~/shared/normalize';
import { isOptional, shapeOf } from '~/schemas/introspect';
import { BIOGRAPHY_PLACEHOLDER, PROJECT_TEXT_PLACEHOLDER } from '~/shared/placeholders';

/** What `npm run new` writes, by the name of one entry: `professor`, `project`, … (the collection table's `scaffold`). */
export type Kind = (typeof COLLECTIONS)[ScaffoldCollection]['singular'];

/** The collection of each kind. */
export const COLLECTION_OF = Object.fromEntries(
  collections().flatMap(([name, spec]) => (spec.scaffold ? [[spec.singular, name]] : [])),
) as Record<Kind, ScaffoldCollection>;

export { slugify };

const CYRILLIC = /[\u0400-\u04ff]/;

/** The schema each kind's file is written from. */
export const SCHEMAS = Object.fromEntries(
  Object.entries(COLLECTION_OF).map(([kind, collection]): [string, z.ZodType] => [
    kind,
    COLLECTIONS[collection].schema({ image: imagePath }),
  ]),
) as Record<Kind, z.ZodType>;

/** The YAML written for each field: `null` leaves a required field empty; a string is written as is (indented under the key). */
type Body = Record<string, string | null>;

const q = (s: string) => JSON.stringify(s);

function localizedBlock(en?: string, ru?: string, kk?: string): string {
  return [`  en: ${en ? q(en) : ''}`, ru ? `  ru: ${q(ru)}` : '  # ru:', kk ? `  kk: ${q(kk)}` : '  # kk:'].join('\n');
}

/** One visit: every required field empty, the optional ones commented out. */
export function visitYaml(indent = ''): string {
  const lines = [
    '- programme:          # foreign-scientist or erasmus-icm',
    '  start:              # first day, YYYY-MM-DD',
    '  end:                # last day, YYYY-MM-DD',
    '  # unit:',
    '  #   en: Department of ...',
    `  formats: []         # one or more of: ${FORMATS.join(', ')}`,
    '  # activities:',
    '  #   - type: lecture-course',
    '  #     title:',
    '  #       en: Title of the course',
    '  #     hours: 36',
  ];
  const shape = shapeOf(visitSchema);
  for (const key of ['programme', 'start', 'end', 'formats']) if (!(key in shape)) throw new Error(`visit schema has no field ${key}`);
  return lines.map((l) => indent + l).join('\n');
}

export interface ProfessorInput {
  name: string;
  /** Position at the home institution, in English. */
  position?: string;
  country?: string;
  institution?: string;
  fields?: string[];
  /** ORCID iD, written under links. */
  orcid?: string;
  /**
   * Publications to offer, from the person's ORCID record. They are written
   * commented out: the field lists only the publications written with
   * colleagues at the host university, which only the editor can pick.
   */
  suggestedPublications?: readonly { title: string; year: number; venue?: string; doi?: string }[];
}

/** Suggested publications as commented-out lines, with what to do with them. */
function publicationSuggestions(list: NonNullable<ProfessorInput['suggestedPublications']>): string[] {
  return [
    `# The ${list.length === 1 ? 'work below is the most recent one' : `${list.length} works below are the most recent ones`} with a DOI on the ORCID record.`,
    '# List only publications written together with colleagues at the host university: for each',
    '# such work, remove the "# " in front of its lines and in front of "publications:"; delete the others.',
    'publications:',
    ...list.flatMap((p) => [
      `  - title: ${q(p.title)}`,
      `    year: ${p.year}`,
      ...(p.venue ? [`    venue: ${q(p.venue)}`] : []),
      ...(p.doi ? [`    doi: ${q(p.doi)}`] : []),
    ]),
  ];
}

export function professorFile(input: ProfessorInput): string {
  const cyrillic = CYRILLIC.test(input.name);
  const body: Body = {
    // A name typed in Cyrillic goes to nameRu; the Latin spelling must come from the person.
    name: cyrillic ? null : q(input.name),
    ...(cyrillic ? { nameRu: q(input.name) } : {}),
    position: `\n${localizedBlock(input.position)}`,
    country: input.country ?? null,
    institution: input.institution ?? null,
    fields: input.fields?.length ? `[${input.fields.join(', ')}]` : '[]',
    ...(input.orcid ? { links: `\n  orcid: ${input.orcid}\n  # website: https://...` } : {}),
    visits: `\n${visitYaml('  ')}`,
    summary: `\n${localizedBlock()}`,
    sources: `\n  - `,
    draft: 'false',
  };
  return (
    fieldsFile('professor', body, {
      photo: ['photo:', '  src: ./photos/FILE.jpg', '  alt:', '    en: Portrait of ...', '  credit:', "    en: 'Photo: ..., licence'"],
      links: ['links:', '  orcid: 0000-0000-0000-0000', '  website: https://...'],
      ...(input.suggestedPublications?.length ? { publications: publicationSuggestions(input.suggestedPublications) } : {}),
      example: ['example: false'],
      biography: ['biography:', '  ru: |', '    Биография на русском языке.'],
    }) + `\n${BIOGRAPHY_PLACEHOLDER}\n`
  );
}

export interface ProjectInput {
  title: string;
  professors?: string[];
}

export function projectFile(input: ProjectInput): string {
  const body: Body = {
    title: `\n${localizedBlock(input.title)}`,
    status: null,
    start: null,
    professors: `[${(input.professors ?? []).join(', ')}]`,
    fields: '[]',
    summary: `\n${localizedBlock()}`,
    sources: `\n  - `,
    draft: 'false',
  };
  return (
    fieldsFile('project', body, {
      status: ['status:              # planned, active or completed'],
      partners: ['partners: []'],
      programme: ['programme: foreign-scientist'],
      outputs: ['outputs:', '  - type: article', '    title: ...', '    year: 2025'],
    }) + `\n${PROJECT_TEXT_PLACEHOLDER}\n`
  );
}

export function institutionFile(input: { name: string; country?: string }): string {
  const body: Body = {
    name: `\n${localizedBlock(input.name)}`,
    country: input.country ?? null,
    city: `\n${localizedBlock()}`,
    website: null,
    sources: `\n  - `,
    draft: 'false',
  };
  return fieldsFile('institution', body, { website: ['website: https://...'] });
}

export function countryFile(input: { name?: string }): string {
  return fieldsFile('country', { name: `\n${localizedBlock(input.name)}` }, {});
}

function lines(kind: Kind, body: Body, samples: Record<string, string[]>): string[] {
  const shape = shapeOf(SCHEMAS[kind]);
  const out: string[] = [];
  for (const [key, field] of Object.entries(shape)) {
    const required = !isOptional(field);
    const label = key === 'sources' ? 'REQUIRED unless example is true' : required ? 'REQUIRED' : 'Optional';
    out.push(`# ${label}: ${field.description ?? ''}`.trimEnd());
    const value = body[key];
    if (value === undefined) {
      // A sample line that is already a comment (a note to the editor) is written as it is.
      out.push(...(samples[key] ?? [`${key}:`]).map((l) => (l.startsWith('#') ? l : `# ${l}`)));
    } else if (value === null) {
      out.push(`${key}:`);
    } else {
      out.push(`${key}:${value.startsWith('\n') ? '' : ' '}${value}`);
    }
  }
  for (const key of Object.keys(body))
    if (!(key in shape)) throw new Error(`scaffold for ${kind} writes ${key}, which its schema does not have`);
  return out;
}

const HEAD = [
  '# Fill in every field marked REQUIRED, then check the file with: npm run validate',
  '# Lines starting with # are comments; delete them or leave them. Write dates as YYYY-MM-DD.',
  '',
];

/** The file's fields: as front matter between `---` lines for a collection with a Markdown body, else as the whole YAML file. */
function fieldsFile(kind: Kind, body: Body, samples: Record<string, string[]>): string {
  const fields = [...HEAD, ...lines(kind, body, samples)];
  return (hasBody(COLLECTION_OF[kind]) ? ['---', ...fields, '---', ''] : [...fields, '']).join('\n');
}

/**
 * A professor file with one more visit at the end of `visits`, written into
 * the text so that every comment, the layout and the biography stay as they
 * are. The new visit's required fields are empty.
 */
export function addVisit(file: string): string {
  const match = /^(---\r?\n)([\s\S]*?\r?\n)(---(?:\r?\n[\s\S]*)?)$/.exec(file);
  if (!match) throw new Error('the file does not start with front matter between --- lines');
  const [, open, front, rest] = match as unknown as [string, string, string, string];
  const before = parse(front, 'the front matter');
  const lines = front.split('\n');
  const start = lines.findIndex((l) => /^visits:\s*(#.*)?$/.test(l));
  if (start < 0) throw new Error('the front matter has no "visits:" list written one item per line');
  // The list ends before the next top-level key; comment lines just above that key belong to it.
  let end = lines.findIndex((l, i) => i > start && /^[^\s#-]/.test(l));
  if (end < 0) end = lines.length;
  while (end - 1 > start && /^(#.*|\s*)$/.test(lines[end - 1]!)) end--;
  const firstItem = lines.slice(start + 1, end).find((l) => /^\s*- /.test(l));
  const indent = firstItem ? /^(\s*)/.exec(firstItem)![1]! : '  ';
  lines.splice(end, 0, visitYaml(indent));
  const next = lines.join('\n');
  const after = parse(next, 'the new front matter');
  const count = (d: Record<string, unknown>) => (Array.isArray(d.visits) ? d.visits.length : 0);
  const { visits: _a, ...otherBefore } = before;
  const { visits: _b, ...otherAfter } = after;
  if (count(after) !== count(before) + 1 || JSON.stringify(otherBefore) !== JSON.stringify(otherAfter)) {
    throw new Error('could not add the visit without changing other fields; add it by hand by copying an existing visit');
  }
  return open + next + rest;
}

function parse(text: string, what: string): Record<string, unknown> {
  const doc = parseDocument(text);
  if (doc.errors.length) throw new Error(`${what} is not valid YAML: ${doc.errors[0]!.message}`);
  return (doc.toJS() ?? {}) as Record<string, unknown>;
}
