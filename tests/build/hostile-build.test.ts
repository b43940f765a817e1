// A build with hostile content stops before writing any page; a build with valid
// but tricky content writes it faithfully (escaped, never interpreted).
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BAD_DIR, materialise } from '../helpers/content-cases';
import { BUILD_TIMEOUT, buildSite } from '../helpers/run';

function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.html'));
}

describe('building hostile content', () => {
  for (const [name, payload] of [
    ['script-tag', 'alert(document.cookie)'],
    ['event-handler-attribute', 'onerror=alert(1)'],
    ['html-in-name', 'onerror=alert(1)'],
  ] as const) {
    it(
      `${name}: the build fails and no page carries the payload`,
      async () => {
        const { dir, cleanup } = materialise(name, BAD_DIR);
        const out = mkdtempSync(join(tmpdir(), 'dist-hostile-'));
        try {
          const r = await buildSite({ CONTENT_DIR: dir, OUT_DIR: out });
          expect(r.status).not.toBe(0);
          expect(r.stdout + r.stderr).toContain('The content is not valid, so the site was not built.');
          const pages = htmlFiles(out);
          expect(pages.filter((f) => readFileSync(join(out, f), 'utf8').includes(payload))).toEqual([]);
          expect(pages).toEqual([]);
        } finally {
          cleanup();
          rmSync(out, { recursive: true, force: true });
        }
      },
      BUILD_TIMEOUT,
    );
  }
});

describe('building tricky but valid content', () => {
  it(
    'shows names, Kazakh letters and right-to-left quotes as written, escaped',
    async () => {
      const { dir, cleanup } = materialise('good', join(BAD_DIR, '..'));
      const out = mkdtempSync(join(tmpdir(), 'dist-good-'));
      try {
        const r = await buildSite({ CONTENT_DIR: dir, OUT_DIR: out });
        expect(r.status, r.stdout + r.stderr).toBe(0);
        const en = readFileSync(join(out, 'en/professors/siobhan-obrien/index.html'), 'utf8');
        expect(en).toContain('<h1 class="text-3xl font-bold">Siobhán O&#39;Brien-Müller</h1>');
        expect(en).toContain('«לאט לאט»');
        expect(en).toContain('«ما هو التصميم؟»');
        // Markdown's own escaping of < (as &lt; or &#x3C;): shown as text, never read as a tag.
        expect(en).toMatch(/3 (?:&lt;|&#x3C;) 4/);
        expect(en).toMatch(/<code>(?:&lt;|&#x3C;)code(?:>|&gt;)<\/code>/);
        const kk = readFileSync(join(out, 'kk/professors/siobhan-obrien/index.html'), 'utf8');
        expect(kk).toContain('Қазақ әріптеріне арналған шрифт дизайны: ә ғ қ ң ө ұ ү һ і');
        expect(kk).toContain('29 ақпан');
      } finally {
        cleanup();
        rmSync(out, { recursive: true, force: true });
      }
    },
    BUILD_TIMEOUT,
  );
});
