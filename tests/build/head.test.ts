// What every built page tells browsers and other sites about itself: a preview image, the site's icons
// and manifest, JSON-LD nodes joined by @id across pages, and a sitemap that agrees with the pages.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, inject, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { builtPages } from '../helpers/dist';
import { ROOT } from '../helpers/run';
import { SUB_PATH } from './global-setup';

const SITE = 'https://atu-visiting-professors.example.org/';
const BUILD_DATE = '2026-11-25';
const dist = () => inject('dist');
const pages = builtPages(inject('dist'));
const site = parseYaml(readFileSync(join(ROOT, 'content/site.yaml'), 'utf8')) as { title: Record<string, string> };

/** The file of the built site an absolute address of the site names (a page's index.html, or the file). */
function fileOf(url: string, root = dist(), prefix = SITE): string | undefined {
  if (!url.startsWith(prefix)) return undefined;
  const path = decodeURIComponent(new URL(url).pathname).slice(new URL(prefix).pathname.length);
  const file = join(root, path.endsWith('/') || path === '' ? `${path}index.html` : path);
  return existsSync(file) ? file : undefined;
}

/** Width and height of a PNG, read from its IHDR chunk; undefined when the bytes are not a PNG. */
function pngSize(bytes: Buffer): [number, number] | undefined {
  if (!bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return undefined;
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

const meta = (page: (typeof pages)[number], property: string) =>
  page.doc.querySelector(`meta[property="${property}"]`)?.getAttribute('content');

describe('link previews', () => {
  it('every page, the language chooser and the not-found page too, has an og:image that exists, of the type it declares', () => {
    expect(pages.map((p) => p.path)).toEqual(
      expect.arrayContaining(['', '404.html', 'en/', 'ru/fields/', 'kk/institutions/almaty-technological-university/']),
    );
    for (const page of pages) {
      const image = meta(page, 'og:image');
      expect(image, page.path).toBeTruthy();
      const file = fileOf(image!);
      expect(file, `${page.path}: ${image}`).toBeDefined();
      expect(meta(page, 'og:image:type'), page.path).toBe('image/png');
      expect(pngSize(readFileSync(file!)), image).toEqual([Number(meta(page, 'og:image:width')), Number(meta(page, 'og:image:height'))]);
      for (const tag of ['og:title', 'og:description', 'og:url', 'og:image:alt'])
        expect(meta(page, tag), `${page.path} ${tag}`).toBeTruthy();
    }
  });

  it('a page without a card of its own shows the site card in its language', () => {
    const field = pages.find((p) => /^ru\/fields\/[a-z-]+\/$/.test(p.path))!;
    expect(meta(field, 'og:image')).toBe(`${SITE}og/site/ru.png`);
    expect(meta(field, 'og:image:alt')).toContain(site.title.ru);
  });
});

describe('icons and manifest', () => {
  it('favicon.ico is an icon file of PNG images, and the apple-touch-icon a 180 × 180 PNG', () => {
    const ico = readFileSync(join(dist(), 'favicon.ico'));
    expect([...ico.subarray(0, 4)]).toEqual([0, 0, 1, 0]);
    const count = ico.readUInt16LE(4);
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const entry = 6 + 16 * i;
      const size = ico.readUInt8(entry) || 256;
      const png = ico.subarray(ico.readUInt32LE(entry + 12), ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8));
      expect(pngSize(png)).toEqual([size, size]);
    }
    expect(pngSize(readFileSync(join(dist(), 'apple-touch-icon.png')))).toEqual([180, 180]);
  });

  it('the web manifest carries the site name and icons that exist at their stated sizes', () => {
    const manifest = JSON.parse(readFileSync(join(dist(), 'site.webmanifest'), 'utf8')) as {
      name: string;
      start_url: string;
      icons: { src: string; sizes: string; type: string }[];
    };
    expect(manifest.name).toBe(site.title.en);
    expect(manifest.start_url).toBe('/');
    const pngs = manifest.icons.filter((i) => i.type === 'image/png');
    expect(pngs.map((i) => i.sizes)).toContain('512x512');
    for (const icon of pngs) {
      const [w, h] = icon.sizes.split('x').map(Number);
      expect(pngSize(readFileSync(join(dist(), icon.src))), icon.src).toEqual([w, h]);
    }
  });

  it('every page links the icon, the apple-touch-icon and the manifest, all of which exist', () => {
    for (const page of pages) {
      for (const rel of ['icon', 'apple-touch-icon', 'manifest']) {
        const hrefs = page.doc.querySelectorAll(`link[rel="${rel}"]`).map((l) => l.getAttribute('href')!);
        expect(hrefs.length, `${page.path} ${rel}`).toBeGreaterThan(0);
        for (const href of hrefs) expect(existsSync(join(dist(), href)), `${page.path} ${href}`).toBe(true);
      }
    }
  });

  it('under a sub-path, the links and the manifest carry the base path', () => {
    const base = inject('distBase');
    const notFound = readFileSync(join(base, '404.html'), 'utf8');
    expect(notFound).toContain(`href="${SUB_PATH}favicon.ico"`);
    expect(notFound).toContain(`action="${SUB_PATH}ru/search/"`);
    const manifest = JSON.parse(readFileSync(join(base, 'site.webmanifest'), 'utf8')) as { start_url: string; icons: { src: string }[] };
    expect(manifest.start_url).toBe(SUB_PATH);
    for (const icon of manifest.icons) expect(existsSync(join(base, icon.src.slice(SUB_PATH.length))), icon.src).toBe(true);
  });
});

describe('JSON-LD @id', () => {
  type Node = Record<string, unknown>;
  const nodesOf = (page: (typeof pages)[number]) =>
    page.doc.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.textContent) as Node);
  /** Every object in a JSON-LD tree, nested ones too. */
  const all = (value: unknown): Node[] =>
    Array.isArray(value)
      ? value.flatMap(all)
      : value && typeof value === 'object'
        ? [value as Node, ...Object.values(value).flatMap(all)]
        : [];

  it('every @id that points into the site names a page that exists, with a fragment', () => {
    const ids = pages.flatMap((p) => all(nodesOf(p)).flatMap((n) => (typeof n['@id'] === 'string' ? [[p.path, n['@id']] as const] : [])));
    expect(ids.length).toBeGreaterThan(100);
    for (const [path, id] of ids) {
      if (!id.startsWith(SITE)) continue;
      expect(id, path).toMatch(/#(person|project|organization)$/);
      expect(fileOf(id.replace(/#.*/, '')), `${path}: ${id}`).toBeDefined();
    }
  });

  it('a person, project or organisation is one node across pages: a project member has the @id of their profile', () => {
    const projectPages = pages.filter((p) => /^(en|ru|kk)\/projects\/[a-z0-9-]+\/$/.test(p.path));
    expect(projectPages.length).toBeGreaterThan(0);
    for (const page of projectPages) {
      const project = nodesOf(page).find((n) => n['@type'] === 'ResearchProject')!;
      expect(project['@id']).toBe(`${SITE}${page.path}#project`);
      for (const member of project.member as Node[]) {
        const profile = pages.find((p) => `${SITE}${p.path}#person` === member['@id']);
        expect(profile, `${page.path}: ${String(member['@id'])}`).toBeDefined();
        const person = nodesOf(profile!).find((n) => n['@type'] === 'Person')!;
        expect(person['@id']).toBe(member['@id']);
        expect(person.name).toBe(member.name);
        // The person's affiliation is the node of their institution's page.
        const affiliation = (person.affiliation as Node)['@id'] as string;
        const institution = pages.find((p) => `${SITE}${p.path}#organization` === affiliation)!;
        expect(
          nodesOf(institution).find((n) => n['@id'] === affiliation),
          affiliation,
        ).toBeDefined();
      }
    }
  });
});

describe('sitemap', () => {
  const sitemap = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'xhtml:link'].includes(name) }).parse(
    readFileSync(join(dist(), 'sitemap-0.xml'), 'utf8'),
  ) as { urlset: { url: { loc: string; lastmod?: string; 'xhtml:link': { '@_hreflang': string; '@_href': string }[] }[] } };
  const urls = sitemap.urlset.url;

  it('declares x-default as the pages do, and every page alternate', () => {
    expect(urls.length).toBeGreaterThan(200);
    for (const url of urls) {
      const links = Object.fromEntries(url['xhtml:link'].map((l) => [l['@_hreflang'], l['@_href']]));
      const page = pages.find((p) => SITE + p.path === url.loc)!;
      expect(page, url.loc).toBeDefined();
      const declared = Object.fromEntries(
        page.doc.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]),
      );
      expect(links, url.loc).toEqual(declared);
    }
  });

  it('has the build date as lastmod of every address', () => {
    for (const url of urls) expect(url.lastmod?.slice(0, 10), url.loc).toBe(BUILD_DATE);
  });
});
