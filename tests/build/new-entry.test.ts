// What `npm run new` scaffolds, filled in as an editor fills it, is built into the site in all three languages.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT, buildSite } from '../helpers/run';
import { contentWithoutExample, fillProfessor, newEntry } from '../helpers/new-entry';

describe('a professor added with npm run new', () => {
  const work = mkdtempSync(join(tmpdir(), 'new-entry-'));
  const content = contentWithoutExample(join(work, 'content'));
  const out = join(work, 'dist');
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  beforeAll(async () => {
    const r = newEntry(['professor', 'Łukasz Wróbel', '--country', 'pl'], { CONTENT_DIR: content });
    expect(r.status, r.stderr).toBe(0);
    const file = join(content, 'professors/lukasz-wrobel.md');
    writeFileSync(file, fillProfessor(readFileSync(file, 'utf8')));
    const build = await buildSite({ CONTENT_DIR: content, OUT_DIR: out, BUILD_DATE: '2026-11-25' });
    expect(build.status, build.stdout.slice(-2000) + build.stderr.slice(-2000)).toBe(0);
  }, BUILD_TIMEOUT);

  it.each(['en', 'ru', 'kk'])('has a profile page in %s', (locale) => {
    const page = readFileSync(join(out, locale, 'professors/lukasz-wrobel/index.html'), 'utf8');
    expect(page).toContain('Łukasz Wróbel');
  });
});
