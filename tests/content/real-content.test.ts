// The real content/ folder: valid, and as complete as the site promises.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { validateContent, formatProblem } from '~/lib/validation/index';
import { readContentTree } from '~/lib/validation/read';
import { professorSchema, type ProfessorData } from '~/schemas/professor';
import { projectSchema, type ProjectData } from '~/schemas/project';
import { institutionSchema } from '~/schemas/institution';
import { FORMATS } from '~/schemas/visit';
import { imagePath } from '~/schemas/image';
import { ROOT } from '../helpers/run';

const CONTENT = join(ROOT, 'content');
const PROGRAMME_COUNTRIES = ['ch', 'it', 'cz', 'pl', 'at', 'bg', 'de', 'tr', 'ru', 'ua', 'by', 'kg', 'uz', 'tj'];

const tree = readContentTree(CONTENT);
const professors = tree.files.filter((f) => f.collection === 'professors').map((f) => professorSchema({ image: imagePath }).parse(f.data) as ProfessorData);
const projects = tree.files.filter((f) => f.collection === 'projects').map((f) => projectSchema.parse(f.data) as ProjectData);

describe('content/', () => {
  it('passes validation with no problem', () => {
    expect(validateContent(CONTENT).problems.map(formatProblem)).toEqual([]);
  });

  it('has the 14 programme countries and Kazakhstan, named in three languages', () => {
    const files = readdirSync(join(CONTENT, 'countries')).map((f) => f.replace('.yaml', '')).sort();
    expect(files).toEqual([...PROGRAMME_COUNTRIES, 'kz'].sort());
    for (const f of files) {
      const { name } = parse(readFileSync(join(CONTENT, 'countries', `${f}.yaml`), 'utf8')) as { name: Record<string, string> };
      expect(Object.keys(name).sort(), f).toEqual(['en', 'kk', 'ru']);
    }
  });

  it('marks every invented professor and project as an example', () => {
    // No real people or projects are public in our sources; every one of them must be marked.
    for (const p of professors) expect(p.example || p.sources.length > 0, p.name).toBe(true);
    for (const p of projects) expect(p.example || p.sources.length > 0, p.title.en).toBe(true);
  });

  it('covers what the site needs to show: every country, both programmes, every format, 2021 to 2025, repeat visits', () => {
    expect(professors.length).toBeGreaterThanOrEqual(20);
    expect(new Set(professors.map((p) => p.country))).toEqual(new Set(PROGRAMME_COUNTRIES));
    const visits = professors.flatMap((p) => p.visits);
    expect(new Set(visits.map((v) => v.programme))).toEqual(new Set(['foreign-scientist', 'erasmus-icm']));
    expect(new Set(visits.flatMap((v) => v.formats))).toEqual(new Set(FORMATS));
    const years = new Set(visits.map((v) => Number(v.start.slice(0, 4))));
    for (const y of [2021, 2022, 2023, 2024, 2025]) expect(years.has(y), String(y)).toBe(true);
    expect(professors.filter((p) => p.visits.length > 1).length).toBeGreaterThanOrEqual(3);
    expect(projects.length).toBeGreaterThanOrEqual(6);
    expect(new Set(projects.map((p) => p.status))).toEqual(new Set(['planned', 'active', 'completed']));
  });

  it('leaves some entries in English only, so the untranslated fallback is exercised', () => {
    expect(professors.some((p) => !p.summary.ru && !p.summary.kk)).toBe(true);
  });

  it('the copy-me templates are valid entries apart from their placeholder references', () => {
    for (const [name, schema] of [
      ['professor.md', professorSchema({ image: imagePath })],
      ['project.md', projectSchema],
      ['institution.yaml', institutionSchema],
    ] as const) {
      const text = readFileSync(join(CONTENT, '_templates', name), 'utf8');
      const data = parse(name.endsWith('.md') ? /^---\n([\s\S]*?)\n---/.exec(text)![1]! : text);
      expect(schema.safeParse(data).success, name).toBe(true);
    }
  });
});
