// Builds the real content once, and a broken copy once, the way `npm run build` does.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brokenCopy } from '../helpers/broken-copy';
import { ROOT, run, type RunResult } from '../helpers/run';

const npm = (args: string[], env: Record<string, string>) => run('npm', args, env, 280_000);

describe('site build', () => {
  const out = mkdtempSync(join(tmpdir(), 'dist-'));
  let build: RunResult;
  beforeAll(() => {
    build = npm(['run', 'build'], { OUT_DIR: out });
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  const professorIds = readdirSync(join(ROOT, 'content/professors'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.replace(/\.md$/, ''));

  it('succeeds on the real content and builds the search index', () => {
    expect(build.status, build.stderr + build.stdout).toBe(0);
    expect(existsSync(join(out, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  it('has a home page and a professors list in each language, in that language', () => {
    for (const locale of ['en', 'ru', 'kk']) {
      for (const page of ['index.html', 'professors/index.html']) {
        const html = readFileSync(join(out, locale, page), 'utf8');
        expect(html).toContain(`<html lang="${locale}"`);
      }
    }
    expect(readFileSync(join(out, 'ru/professors/index.html'), 'utf8')).toContain('Все профессора');
    expect(readFileSync(join(out, 'kk/professors/index.html'), 'utf8')).toContain('Барлық профессорлар');
  });

  it('lists every published professor, with the example badge on example entries', () => {
    const html = readFileSync(join(out, 'en/professors/index.html'), 'utf8');
    const articles = html.match(/<article/g) ?? [];
    expect(articles.length).toBe(professorIds.length);
    expect(html).toContain('Example entry');
  });

  it('shows the university figure labelled as its own, apart from computed counts', () => {
    const html = readFileSync(join(out, 'en/index.html'), 'utf8');
    expect(html).toContain('University&#39;s own figure');
    expect(html).toContain('More than 300 professors from 14 countries since 2021');
    expect(html).toContain(`${professorIds.length} professors`);
  });
});

describe('site build with invalid content', () => {
  it('fails, lists the problems, and writes no pages', () => {
    const broken = brokenCopy();
    const out = mkdtempSync(join(tmpdir(), 'dist-broken-'));
    try {
      const r = npm(['run', 'build'], { CONTENT_DIR: broken.dir, OUT_DIR: out });
      expect(r.status).not.toBe(0);
      const text = (r.stdout + r.stderr).split(`${broken.dir}/`).join('');
      expect(text).toContain('The content is not valid, so the site was not built.');
      for (const line of broken.expected) expect(text).toContain(line);
      expect(existsSync(join(out, 'en', 'index.html'))).toBe(false);
    } finally {
      broken.cleanup();
      rmSync(out, { recursive: true, force: true });
    }
  });
});
