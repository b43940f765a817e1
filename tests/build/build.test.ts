// The real content, built: the search index exists, every page is there in every language.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { brokenCopy } from '../helpers/broken-copy';
import { BUILD_TIMEOUT, ROOT, buildSite } from '../helpers/run';

const dist = inject('dist');
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const ids = (dir: string, ext: string) =>
  readdirSync(join(ROOT, 'content', dir), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(ext))
    .map((f) => f.replace(/^.*\//, '').replace(ext, ''));
const LOCALES = ['en', 'ru', 'kk'];

describe('site build', () => {
  it('builds the search index', () => {
    for (const locale of ['en', 'ru', 'kk']) expect(existsSync(join(dist, 'pagefind', locale, 'pagefind.js'))).toBe(true);
  });

  it('has a page for every professor, project, institution, field, programme and country in all three languages', () => {
    const fields = [...read('en/fields/index.html').matchAll(/href="\/en\/fields\/([a-z0-9-]+)\/"/g)].map((m) => m[1]);
    expect(fields.length).toBeGreaterThanOrEqual(12);
    const expected = [
      ...ids('professors', '.md').map((id) => `professors/${id}`),
      ...ids('projects', '.md').map((id) => `projects/${id}`),
      ...ids('institutions', '.yaml').map((id) => `institutions/${id}`),
      ...ids('programmes', '.yaml').map((id) => `programmes/${id}`),
      ...ids('countries', '.yaml').map((id) => `countries/${id}`),
      ...fields.map((id) => `fields/${id}`),
      'professors',
      'projects',
      'countries',
      'fields',
      'programmes',
      'about',
      'faq',
      'visiting-professors',
      '404',
      '',
    ];
    const missing = LOCALES.flatMap((l) => expected.map((p) => `${l}/${p}${p ? '/' : ''}index.html`)).filter(
      (f) => !existsSync(join(dist, f)),
    );
    expect(missing).toEqual([]);
  });

  it('lists every published professor once on the static list, with the example badge', () => {
    const html = read('en/professors/index.html');
    const links = new Set([...html.matchAll(/href="\/en\/professors\/([a-z0-9-]+)\/"/g)].map((m) => m[1]));
    expect([...links].sort()).toEqual(ids('professors', '.md').sort());
    expect(html).toContain('Example entry');
  });

  it('shows the university figure labelled as its own, apart from counts of entries', () => {
    const html = read('en/index.html');
    expect(html).toContain('The university&#39;s own figure');
    expect(html).toContain('More than 300 professors from 14 countries since 2021');
    expect(html).toMatch(new RegExp(`>${ids('professors', '.md').length}</span>\\s*<span[^>]*>professors<`));
  });

  it('writes robots.txt and a sitemap with language alternates', () => {
    expect(read('robots.txt')).toContain('Sitemap: https://atu-visiting-professors.example.org/sitemap-index.xml');
    const sitemap = read('sitemap-0.xml');
    expect(sitemap).toContain('<loc>https://atu-visiting-professors.example.org/ru/professors/</loc>');
    expect(sitemap).toContain('hreflang="kk" href="https://atu-visiting-professors.example.org/kk/professors/"');
    expect(sitemap).not.toContain('/404/');
  });
});

describe('site build with invalid content', () => {
  it(
    'fails, lists the problems, and writes no pages',
    async () => {
      const broken = brokenCopy();
      const out = mkdtempSync(join(tmpdir(), 'dist-broken-'));
      try {
        const r = await buildSite({ CONTENT_DIR: broken.dir, OUT_DIR: out });
        expect(r.status).not.toBe(0);
        const text = (r.stdout + r.stderr).split(`${broken.dir}/`).join('');
        expect(text).toContain('The content is not valid, so the site was not built.');
        for (const line of broken.expected) expect(text).toContain(line);
        expect(existsSync(join(out, 'en', 'index.html'))).toBe(false);
      } finally {
        broken.cleanup();
        rmSync(out, { recursive: true, force: true });
      }
    },
    BUILD_TIMEOUT,
  );
});
