// A routine rebuild (caches kept, as a deploy keeps them) shows an edit and a
// deletion everywhere, and gives the same files as a build from nothing.
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDateRange } from '~/lib/format';
import { BUILD_TIMEOUT, ROOT, buildSite } from '../helpers/run';

const TEXT = /\.(html|json|csv|xml|ics|txt|js|css|svg|webmanifest)$/;

/**
 * Every text file of a built site, by path. A Pagefind fragment, the record
 * of one page in the search index, stands for the text and metadata it
 * indexes (not its address, which keeps the page's slug).
 */
function texts(dist: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const f of readdirSync(dist, { recursive: true }).map(String)) {
    const path = join(dist, f);
    if (f.endsWith('.pf_fragment')) {
      const record = JSON.parse(
        gunzipSync(readFileSync(path))
          .toString('utf8')
          .replace(/^pagefind_dcd/, ''),
      ) as {
        content: string;
        meta: Record<string, string>;
        filters: Record<string, string[]>;
      };
      files.set(f, [record.content, ...Object.values(record.meta), ...Object.values(record.filters).flat()].join('\n'));
    } else if (TEXT.test(f)) files.set(f, readFileSync(path, 'utf8'));
  }
  return files;
}

function hashes(dist: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!f.isFile()) continue;
    const path = join(f.parentPath, f.name);
    out[path.slice(dist.length + 1)] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return out;
}

const containing = (files: Map<string, string>, needle: string) => [...files].filter(([, text]) => text.includes(needle)).map(([f]) => f);

describe('a routine rebuild', () => {
  const root = mkdtempSync(join(tmpdir(), 'rebuild-'));
  const content = join(root, 'content');
  const out = join(root, 'dist'); // its caches are in dist.cache, kept between builds
  const build = async (dist: string) => {
    const r = await buildSite({ CONTENT_DIR: content, OUT_DIR: dist, BUILD_DATE: '2026-11-25' });
    expect(r.status, r.stdout.slice(-2000) + r.stderr.slice(-2000)).toBe(0);
    return r.stdout;
  };
  const preview = () => hashes(out)['og/professors/burak-sahinoglu.png'];
  let previewBefore: string | undefined;
  let files: Map<string, string>;
  let routineLog = '';

  beforeAll(async () => {
    cpSync(join(ROOT, 'content'), content, { recursive: true });
    await build(out);
    previewBefore = preview();
    // An editor renames a professor (everywhere the name is written) and moves a planned visit; others
    // rename a discipline and a project, which unchanged profiles show (an incremental build must not
    // copy those profiles from its cache).
    for (const f of readdirSync(content, { recursive: true })
      .map(String)
      .filter((f) => /\.(md|yaml)$/.test(f))) {
      const path = join(content, f);
      const text = readFileSync(path, 'utf8');
      const edited = text
        .replaceAll('Şahinoğlu', 'Yeniad')
        .replaceAll('Шахиноглу', 'Ениад')
        .replaceAll('Шахиноғлу', 'Ениад')
        .replace('start: 2027-01-18\n    end: 2027-01-29', 'start: 2027-02-15\n    end: 2027-02-26')
        .replace('en: Biotechnology,', 'en: Applied biotechnology,')
        .replace('en: A digital twin of a teaching pasteurisation line', 'en: A digital twin of a pasteuriser for teaching');
      if (edited !== text) writeFileSync(path, edited);
    }
    routineLog = await build(out);
    files = texts(out);
  }, 2 * BUILD_TIMEOUT);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('shows the new name on the profile, the lists, the directory index, search, open data and feeds', () => {
    for (const locale of ['en', 'ru', 'kk']) {
      const name = locale === 'en' ? 'Burak Yeniad' : 'Бурак Ениад';
      for (const page of [
        `professors/burak-sahinoglu`,
        '',
        'countries/tr',
        'institutions/aegean-coast-technical-university',
        'projects/digital-twin-of-a-pasteurisation-line',
      ])
        expect(files.get(join(locale, page, 'index.html')), `${locale}/${page}`).toContain(name);
      expect(containing(files, 'Yeniad').filter((f) => f.startsWith(`directory/${locale}/`)).length, locale).toBeGreaterThan(0);
      expect(containing(files, 'Yeniad').filter((f) => f.startsWith(`pagefind/${locale}/fragment/`)).length, locale).toBeGreaterThan(0);
    }
    for (const file of ['data/professors.json', 'data/professors.csv', 'calendar.ics', 'calendar/tr.ics'])
      expect(files.get(file), file).toContain('Yeniad');
  });

  it('copies unchanged profiles from the cache and renders the edited ones again', () => {
    // Astro's log marks a page copied by its incremental build "(restored)".
    const restored = (page: string) => routineLog.includes(`/en/${page}/index.html (restored)`);
    expect(restored('professors/andrei-zhukovich')).toBe(true);
    expect(restored('projects/plant-dyes-for-wool-and-silk')).toBe(true);
    expect(restored('institutions/oder-valley-university-of-technology')).toBe(true);
    expect(restored('projects/digital-twin-of-a-pasteurisation-line')).toBe(false);
    expect(restored('professors/burak-sahinoglu')).toBe(false);
    expect(restored('professors/henrike-albrecht')).toBe(false);
  });

  it('shows a renamed discipline and project on the profiles that list them, though their own files are unchanged', () => {
    expect(files.get('en/professors/henrike-albrecht/index.html')).toContain('Applied biotechnology');
    expect(files.get('en/professors/reto-zurcher/index.html')).toContain('A digital twin of a pasteuriser for teaching');
    expect(containing(files, 'A digital twin of a teaching pasteurisation line')).toEqual([]);
  });

  it('shows the moved visit with its new dates', () => {
    expect(files.get('data/visits.csv')).toContain('2027-02-15');
    expect(files.get('calendar.ics')).toContain('DTSTART;VALUE=DATE:20270215');
    expect(files.get('en/professors/burak-sahinoglu/index.html')).toContain(formatDateRange('en', '2027-02-15', '2027-02-26'));
  });

  it('keeps the old name and dates nowhere: no page, index, data file, feed or search entry', () => {
    for (const old of ['Şahinoğlu', 'Шахиноглу', 'Шахиноғлу', '2027-01-18', '20270118', formatDateRange('en', '2027-01-18', '2027-01-29')])
      expect(containing(files, old), old).toEqual([]);
    // Search also stores names without diacritics, as words of their own (a page's address keeps its slug).
    const word = /(?<![\p{L}\p{N}-])(?:sahinoglu|шахиноглу|шахиноглу)(?![\p{L}\p{N}])/iu;
    expect([...files].filter(([f, text]) => f.endsWith('.pf_fragment') && word.test(text)).map(([f]) => f)).toEqual([]);
  });

  it('draws the link preview again', () => {
    expect(preview()).toBeDefined();
    expect(preview()).not.toBe(previewBefore);
  });

  it(
    'writes the same files, byte for byte, as a build without any cache',
    async () => {
      const cold = join(root, 'cold');
      await build(cold);
      expect(hashes(out)).toEqual(hashes(cold));
    },
    BUILD_TIMEOUT,
  );

  it(
    'takes each search index from the cache when no page changed, and still writes the same files',
    async () => {
      const log = await build(out);
      for (const locale of ['en', 'ru', 'kk'])
        expect(log).toMatch(new RegExp(`${locale}: pages read as in the last build; its index .* copied`));
      expect(hashes(out)).toEqual(hashes(join(root, 'cold')));
    },
    BUILD_TIMEOUT,
  );

  it(
    'removes a deleted professor from every page, index, data file, feed and image',
    async () => {
      // With her photo, and her institution, which no other entry refers to (the check would refuse it).
      unlinkSync(join(content, 'professors/chiara-bellandi.md'));
      unlinkSync(join(content, 'professors/photos/chiara-bellandi.jpg'));
      unlinkSync(join(content, 'institutions/arno-academy-of-design-and-fashion.yaml'));
      await build(out);
      const after = texts(out);
      for (const gone of ['Bellandi', 'Белланди', 'chiara-bellandi', 'Arno Academy', 'arno-academy'])
        expect(containing(after, gone), gone).toEqual([]);
      const names = readdirSync(out, { recursive: true }).map(String);
      expect(names.filter((f) => f.includes('chiara-bellandi') || f.includes('arno-academy'))).toEqual([]);
    },
    BUILD_TIMEOUT,
  );
});
