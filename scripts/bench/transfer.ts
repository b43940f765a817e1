/** What Chromium transfers for the directory and the search page of a built site, served from this process. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch } from '../lib/serve';
import type { Transfer } from './result';

/**
 * Bytes Chromium fetches for the directory's first view, first filter, a text
 * query after that, and a first text query on a fresh visit (gzip for our
 * files; Pagefind chunks are compressed already). Each visit starts with an
 * empty cache.
 */
export async function measureTransfer(url: string, dist: string, names: [string, string, string], word: string): Promise<Transfer> {
  const browser = await launch();
  const visit = async (path = '/en/professors/') => {
    const context = await browser.newContext();
    const page = await context.newPage();
    let files: string[] = [];
    let inFlight = 0;
    let lastActivity = performance.now();
    page.on('request', () => {
      inFlight++;
      lastActivity = performance.now();
    });
    const finished = () => {
      inFlight--;
      lastActivity = performance.now();
    };
    page.on('requestfailed', finished);
    page.on('requestfinished', (r) => {
      files.push(new URL(r.url()).pathname);
      finished();
    });
    /** Waits until no request has been in flight for half a second (Playwright's networkidle fires only once per page). */
    const settle = async () => {
      // Longer than the search box's 250 ms pause before it searches.
      await page.waitForTimeout(1000);
      while (inFlight > 0 || performance.now() - lastActivity < 500) await page.waitForTimeout(100);
    };
    /** Bytes fetched since the last call; `parts` adds them up by kind of file. */
    const take = (parts?: Record<string, number>) => {
      let bytes = 0;
      for (const u of files) {
        const f = join(dist, u.endsWith('/') ? `${u}index.html` : u);
        if (!existsSync(f)) continue;
        const raw = readFileSync(f);
        const size = /\.(pf_\w+|pagefind)$/.test(f) ? raw.length : gzipSync(raw).length;
        bytes += size;
        if (parts) parts[kindOf(u)] = (parts[kindOf(u)] ?? 0) + size;
      }
      files = [];
      return bytes;
    };
    const start = performance.now();
    await page.goto(`${url}${path}`);
    await page.waitForFunction(() => (document.querySelector('[data-status]')?.textContent ?? '').length > 0, null, { timeout: 60_000 });
    const shownMs = Math.round(performance.now() - start);
    await settle();
    const query = async (text: string) => {
      await page.fill('#directory-q', text);
      await settle();
      return take();
    };
    return { page, context, take, query, settle, shownMs };
  };

  const a = await visit();
  const firstView = a.take();
  await a.page.check('[data-facets] input[name="country"][value="pl"]');
  await a.settle();
  const firstFilter = a.take();
  await a.query(names[0]);
  const laterQuery = await a.query(names[1]);
  await a.context.close();

  const b = await visit();
  b.take();
  const firstQuery = await b.query(names[2]);
  await b.context.close();

  // The search page opened with a query, everything counted: a family name, then a word of the pages' text.
  const searchVisit = async (q: string) => {
    const c = await visit(`/en/search/?q=${encodeURIComponent(q)}`);
    await c.settle();
    const parts: Record<string, number> = {};
    const bytes = c.take(parts);
    await c.context.close();
    return { bytes, parts };
  };
  // A build without a search index (no dist/pagefind) has no search page to measure.
  const indexed = existsSync(join(dist, 'pagefind'));
  if (!indexed) process.stderr.write(`bench: ${dist} has no pagefind/ index; the search page is not measured\n`);
  const searchPage = indexed ? await searchVisit(names[2]) : undefined;
  const searchText = indexed ? await searchVisit(word) : undefined;
  await browser.close();
  return {
    directoryFirstViewMs: a.shownMs,
    directoryFirstViewBytes: firstView,
    firstFilterBytes: firstFilter,
    firstQueryBytes: firstQuery,
    laterQueryBytes: laterQuery,
    ...(searchPage && searchText
      ? {
          searchPageBytes: searchPage.bytes,
          searchTextBytes: searchText.bytes,
          searchPageParts: searchPage.parts,
          searchTextParts: searchText.parts,
        }
      : {}),
  };
}

/** What a fetched file is, for the search page's breakdown. */
function kindOf(path: string): string {
  if (path.endsWith('/') || path.endsWith('.html')) return 'page';
  if (path.startsWith('/_astro/')) return path.endsWith('.css') ? 'css' : 'js';
  if (path.startsWith('/directory/'))
    return /\/cards-\d+\.json$/.test(path)
      ? 'directory cards'
      : `directory ${path
          .split('/')
          .at(-1)!
          .replace(/\.json$/, '')}`;
  const pf = /\.(pf_\w+)$/.exec(path)?.[1];
  if (pf) return `pagefind ${pf.slice(3)}`;
  if (path.includes('/pagefind/')) return path.endsWith('.pagefind') ? 'pagefind wasm' : 'pagefind js';
  return 'other';
}
