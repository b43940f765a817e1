// Placeholders and sample values of the copy-me templates (content/_templates/)
// and of `npm run new` are refused, so that none is published; invented example
// entries may keep the sample identifiers, but no placeholder text.
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { professorFile, projectFile } from '~/lib/editing/scaffold';
import { formatProblem, validateContent } from '~/lib/validation/index';
import { editorKind } from '~/schemas/common';
import { COLLECTIONS, type CollectionName } from '~/schemas/index';
import { imagePath } from '~/schemas/image';
import { peel, schemaAt } from '~/schemas/introspect';
import { BIOGRAPHY_PLACEHOLDER, placeholderKind } from '~/shared/placeholders';
import { materialise } from '../../helpers/content-cases';
import { ROOT } from '../../helpers/run';

const TEMPLATES = join(ROOT, 'content/_templates');

/** Where each template is copied to, as an editor would. */
const COPIES: Record<string, { collection: CollectionName; file: string }> = {
  'professor.md': { collection: 'professors', file: 'professors/from-template.md' },
  'project.md': { collection: 'projects', file: 'projects/from-template.md' },
  'institution.yaml': { collection: 'institutions', file: 'institutions/from-template.yaml' },
};

/**
 * Values of the templates that show a realistic entry rather than stand in for
 * one: a real person may well be called Anna Novák or hold that position, so
 * refusing them would refuse real entries. Every other text value of a template
 * must be refused; a new sample value added to a template fails this test until
 * it is added to src/shared/placeholders.ts or, with a reason, here.
 */
const REALISTIC = new Set([
  'Anna Novák',
  'Анна Новак',
  'PhD',
  'Associate Professor of Food Engineering',
  'Доцент кафедры пищевой инженерии',
  'Тамақ инженериясы кафедрасының доценті',
  'Department of Food Technology',
  'Modern methods of food preservation',
  "Master's students",
]);

/** Every text value in `value` a person typed (not a choice of id, date or fixed word), with its field path. */
function freeTexts(schema: z.ZodType, value: unknown, path: (string | number)[] = []): { path: (string | number)[]; text: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => freeTexts(schema, v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => freeTexts(schema, v, [...path, k]));
  if (typeof value !== 'string') return [];
  const field = schemaAt(schema, path);
  const kind = field && editorKind(peel(field, (s) => editorKind(s) !== undefined).schema);
  if (kind?.kind === 'ref' || kind?.kind === 'date') return [];
  if (field && peel(field).schema instanceof z.ZodEnum) return [];
  if (path[0] === 'teachingLanguages') return [];
  return [{ path, text: value }];
}

const fieldName = (path: (string | number)[]) => path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('');

function splitTemplate(name: string): { data: unknown; body?: string } {
  const text = readFileSync(join(TEMPLATES, name), 'utf8');
  if (!name.endsWith('.md')) return { data: parse(text) };
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
  return { data: parse(m[1]!), body: m[2]! };
}

/** The problems of a world made of the base tree and `files` (path → text), as lines without the folder. */
function problemsWith(files: Record<string, string>): string[] {
  const { dir, cleanup } = materialise(null);
  try {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return validateContent(dir).problems.map((p) => formatProblem(p).split(`${dir}/`).join(''));
  } finally {
    cleanup();
  }
}

describe('template placeholders', () => {
  it('has a template for each kind of entry an editor adds', () => {
    // The spreadsheet templates (visits.*) are for npm run import, not entries to copy.
    expect(
      readdirSync(TEMPLATES)
        .filter((f) => !f.startsWith('visits'))
        .sort(),
    ).toEqual(Object.keys(COPIES).sort());
  });

  it('refuses every sample value of every template, naming the field and asking for the real value', () => {
    const { dir, cleanup } = materialise(null);
    try {
      for (const [name, { file }] of Object.entries(COPIES)) {
        mkdirSync(join(dir, file, '..'), { recursive: true });
        copyFileSync(join(TEMPLATES, name), join(dir, file));
      }
      const lines = validateContent(dir).problems.map((p) => formatProblem(p).split(`${dir}/`).join(''));
      let checked = 0;
      for (const [name, { collection, file }] of Object.entries(COPIES)) {
        const { data, body } = splitTemplate(name);
        for (const { path, text } of freeTexts(COLLECTIONS[collection].schema({ image: imagePath }), data)) {
          if (REALISTIC.has(text)) continue;
          checked++;
          const line = lines.find((l) => l.startsWith(`${file}: ${fieldName(path)}: `));
          expect(line, `${name}: ${fieldName(path)}: ${text}`).toMatch(
            /: (still holds the template's placeholder|is the template's sample value) "/,
          );
          expect(line).toMatch(/: (write the real text here|replace it with the real value)/);
        }
        if (body !== undefined) {
          checked++;
          expect(
            lines.find((l) => l.startsWith(`${file}: body: `)),
            `${name}: body`,
          ).toMatch(/still holds the template's placeholder ".+": replace it with the real text$/);
        }
      }
      expect(checked).toBeGreaterThanOrEqual(20);
    } finally {
      cleanup();
    }
  });

  it('refuses the texts npm run new writes for a biography or a project description', () => {
    const professor = professorFile({ name: 'Jan Nowak', country: 'pl' });
    const project = projectFile({ title: 'Cold chains', professors: ['anna-novak'] });
    const lines = problemsWith({ 'professors/jan-nowak.md': professor, 'projects/cold-chains.md': project });
    expect(lines).toContain(
      `professors/jan-nowak.md: body: still holds the template's placeholder "Write the biography here in English, in plain Markdown (no H…": replace it with the real text`,
    );
    expect(
      lines.some((l) => l.startsWith(`projects/cold-chains.md: body: still holds the template's placeholder "Describe the project here`)),
    ).toBe(true);
  });

  it('refuses the placeholder when the biography is written under it and it was not deleted', () => {
    const base = readFileSync(join(ROOT, 'tests/content/_base/professors/anna-novak.md'), 'utf8');
    const text = base.replace('Anna Novak is a food engineer.', `${BIOGRAPHY_PLACEHOLDER}\n\nAnna Novak is a food engineer.`);
    expect(problemsWith({ 'professors/anna-novak.md': text }).filter((l) => l.includes('body:'))).toHaveLength(1);
  });

  it('lets an invented example entry keep sample identifiers and addresses, but no placeholder text', () => {
    const base = readFileSync(join(ROOT, 'tests/content/_base/professors/anna-novak.md'), 'utf8');
    const withSamples = base.replace(
      'example: true',
      'links: { orcid: 0000-0002-1825-0097, website: "https://www.example.edu/people/anna-novak" }\npublications:\n  - { title: Title of the joint article, year: 2024, doi: 10.1000/xyz123 }\nexample: true',
    );
    expect(problemsWith({ 'professors/anna-novak.md': withSamples })).toEqual([
      `professors/anna-novak.md: publications[0].title: still holds the template's placeholder "Title of the joint article": write the real text here`,
    ]);
    const real = withSamples.replace(
      'example: true',
      'example: false\nsources: ["https://atu.edu.kz/en/cooperation/academic-cooperation/"]',
    );
    expect(problemsWith({ 'professors/anna-novak.md': real })).toEqual(
      expect.arrayContaining([
        `professors/anna-novak.md: links.orcid: is the template's sample value "0000-0002-1825-0097": replace it with the real value, or remove it if the field is optional`,
        `professors/anna-novak.md: links.website: is the template's sample value "https://www.example.edu/people/anna-novak": replace it with the real value, or remove it if the field is optional`,
        `professors/anna-novak.md: publications[0].doi: is the template's sample value "10.1000/xyz123": replace it with the real value, or remove it if the field is optional`,
      ]),
    );
  });

  it('tells placeholders from real text', () => {
    expect(placeholderKind('Department of ...')).toBe('text');
    expect(placeholderKind('Photo: ..., licence')).toBe('text');
    expect(placeholderKind('https://...')).toBe('text');
    expect(placeholderKind('https://doi.org/10.1000/xyz123')).toBe('sample');
    expect(placeholderKind('https://ror.org/03yrm5c26')).toBe('sample');
    for (const real of [
      'Department of Food Technology',
      'https://atu.edu.kz/',
      'Wait... what?',
      '10.1016/j.foodchem.2023.135001',
      'https://example.edu.kz/',
    ])
      expect(placeholderKind(real), real).toBeUndefined();
  });
});
