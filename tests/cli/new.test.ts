// `npm run new` as an editor uses it: scaffold, see what is missing, fill it in, validate.
// Building the filled-in entry is a build test (tests/build/new-entry.test.ts).
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, validate } from '../helpers/run';
import { EMPTY_FIELDS, contentWithoutExample, fillProfessor, newEntry } from '../helpers/new-entry';
import { addVisit, slugify } from '~/lib/editing/scaffold';

const work = mkdtempSync(join(tmpdir(), 'new-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const contentCopy = (name: string) => contentWithoutExample(join(work, name));

describe('file names from names', () => {
  it('transliterates diacritics and Cyrillic into lower-case words with hyphens', () => {
    expect(slugify('Łukasz Wróbel')).toBe('lukasz-wrobel');
    expect(slugify('Burak Şahinoğlu')).toBe('burak-sahinoglu');
    expect(slugify('Reto Zürcher')).toBe('reto-zurcher');
    expect(slugify('Айгүл Қасымұлы')).toBe('aigul-kasymuly');
    expect(slugify("  Jean-Luc O'Neill  ")).toBe('jean-luc-o-neill');
  });
});

describe('npm run new', () => {
  it('scaffolds a professor whose empty required fields the validator names; filled in, it validates', () => {
    const dir = contentCopy('acceptance');
    const env = { CONTENT_DIR: dir };
    const r = newEntry(['professor', 'Łukasz Wróbel', '--country', 'pl'], env);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('professors/lukasz-wrobel.md: created');
    expect(r.stdout).toContain('npm run validate');
    const file = join(dir, 'professors/lukasz-wrobel.md');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('name: "Łukasz Wróbel"');
    expect(text).toContain('country: pl');

    const before = validate([], env);
    expect(before.status).toBe(1);
    for (const field of EMPTY_FIELDS) expect(before.stdout).toContain(`lukasz-wrobel.md: ${field}: `);
    expect(before.stdout).toContain(`lukasz-wrobel.md: body: still holds the template's placeholder "Write the biography here`);

    writeFileSync(file, fillProfessor(text));
    const after = validate([], env);
    expect(after.stdout + after.stderr, after.stdout).toMatch(/all \d+ files valid/);
    expect(after.status).toBe(0);
  });

  it('never overwrites: a second professor of that name is refused with the ways forward', () => {
    const env = { CONTENT_DIR: join(ROOT, 'content') };
    const r = newEntry(['professor', 'Łukasz Wróbel', '--country', 'pl'], env);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('lukasz-wrobel.md exists already');
    expect(r.stderr).toContain('npm run new -- visit --professor lukasz-wrobel');
    expect(r.stderr).toContain('--slug lukasz-wrobel-2');
  });

  it('refuses unknown countries, fields and kinds, suggesting the nearest, and writes nothing', () => {
    const dir = contentCopy('refusals');
    const env = { CONTENT_DIR: dir };
    const country = newEntry(['professor', 'Anna Novák', '--country', 'cx'], env);
    expect(country.status).toBe(2);
    expect(country.stderr).toMatch(/there is no country "cx" in countries; did you mean "c[hnz]"\?/);
    const field = newEntry(['professor', 'Anna Novák', '--country', 'cz', '--field', 'food-technologi'], env);
    expect(field.stderr).toContain('did you mean "food-technology"?');
    expect(newEntry(['teacher', 'Anna'], env).status).toBe(2);
    expect(newEntry(['country', 'xx'], env).stderr).toContain('not an ISO 3166-1 two-letter country code');
    expect(existsSync(join(dir, 'professors/anna-novak.md'))).toBe(false);
    // Without a terminal there is nobody to ask: a missing name is an error, not a prompt.
    expect(newEntry(['professor'], env).stderr).toContain('is missing');
    expect(newEntry(['--help'], env).stdout).toContain('Usage: npm run new');
  });

  it('writes a project, an institution and a country that list what is still to fill in', () => {
    const dir = contentCopy('kinds');
    const env = { CONTENT_DIR: dir };
    expect(newEntry(['project', 'Cold chains for dried fruit', '--professor', 'anna-novak'], env).status).toBe(2);
    expect(newEntry(['project', 'Cold chains for dried fruit'], env).status).toBe(0);
    expect(newEntry(['institution', 'Brno University of Technology', '--country', 'cz'], env).status).toBe(0);
    expect(newEntry(['country', 'ee', 'Estonia'], env).status).toBe(0);
    const r = validate([], env);
    expect(r.stdout).toContain('projects/cold-chains-for-dried-fruit.md: status: ');
    expect(r.stdout).toContain('institutions/brno-university-of-technology.yaml: city.en: ');
    expect(readFileSync(join(dir, 'countries/ee.yaml'), 'utf8')).toContain('en: "Estonia"');
  });

  it('adds an empty visit to a professor, keeping every other line of the file', () => {
    const original = readFileSync(join(ROOT, 'content/professors/lukasz-wrobel.md'), 'utf8');
    const updated = addVisit(original);
    const removed = original.split('\n').filter((l) => !updated.includes(l));
    expect(removed).toEqual([]);
    expect(updated.split('\n').length).toBeGreaterThan(original.split('\n').length);
    const dir = contentCopy('visit');
    cpSync(join(ROOT, 'content/professors/lukasz-wrobel.md'), join(dir, 'professors/lukasz-wrobel.md'));
    expect(newEntry(['visit', '--professor', 'lukasz-wrobel'], { CONTENT_DIR: dir }).status).toBe(0);
    const r = validate([], { CONTENT_DIR: dir });
    expect(r.stdout).toContain('lukasz-wrobel.md: visits[3].start: ');
  });
});
