// The site's own open data loads back: /data/visits.csv and professors.csv,
// imported into the content folder without its professors, give the same
// professors and visits for every field the two files carry.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { indexContent, planImport } from '~/lib/import/plan';
import { readSheet } from '~/lib/import/sheet';
import { writePlan } from '~/lib/import/write';
import { readContentTree } from '~/lib/validation/read';
import { ROOT } from '../helpers/run';

const work = mkdtempSync(join(tmpdir(), 'import-round-trip-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const iso = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v);
type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** What the two CSV files carry of a professor. */
const carried = (d: Raw) => ({
  name: d.name,
  nameRu: d.nameRu,
  nameKk: d.nameKk,
  country: d.country,
  institution: d.institution,
  fields: d.fields,
  position: d.position.en,
  orcid: d.links?.orcid,
  summary: d.summary.en,
  sources: d.sources ?? [],
  example: d.example === true,
  visits: (d.visits as Raw[]).map((v) => ({
    programme: v.programme,
    start: iso(v.start),
    end: iso(v.end),
    formats: v.formats,
    unit: v.unit?.en,
  })),
});

describe('import of the site’s own data', () => {
  it('gives back every published professor with their visits', async () => {
    const content = join(work, 'content');
    cpSync(join(ROOT, 'content'), content, { recursive: true });
    // Professors go; projects, which name them, go too.
    rmSync(join(content, 'professors'), { recursive: true });
    rmSync(join(content, 'projects'), { recursive: true });
    const rows = [];
    for (const file of ['visits.csv', 'professors.csv']) rows.push(...(await readSheet(join(inject('dist'), 'data', file), file)).rows);
    const plan = planImport(rows, indexContent(content));
    expect(plan.problems).toEqual([]);
    writePlan(plan, content);

    const original = readContentTree(join(ROOT, 'content'), ['professors']).files.filter((f) => !(f.data as Raw).draft);
    const imported = new Map(readContentTree(content, ['professors']).files.map((f) => [f.id, f.data as Raw]));
    expect([...imported.keys()].sort()).toEqual(original.map((f) => f.id).sort());
    for (const f of original) expect(carried(imported.get(f.id)!), f.id).toEqual(carried(f.data as Raw));
  });
});
