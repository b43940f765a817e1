// Every internal link and asset of the built site resolves, at the domain root and under a sub-path.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { builtPages } from '../helpers/dist';
import { SUB_PATH } from './global-setup';

function brokenLinks(dist: string, base: string): string[] {
  const broken: string[] = [];
  const pages = builtPages(dist);
  const ids = new Map(pages.map((p) => [p.path, new Set(p.doc.querySelectorAll('[id]').map((e) => e.id))]));
  for (const page of pages) {
    // What a <template> holds is not on the page: the scripts fill it in, with links of their own.
    const shown = (selector: string) => page.doc.querySelectorAll(selector).filter((e) => !e.closest('template'));
    const refs = [
      ...shown('a[href]').map((a) => a.getAttribute('href')!),
      ...shown('link[href]')
        .filter((l) => !['canonical', 'alternate'].includes(l.getAttribute('rel') ?? ''))
        .map((l) => l.getAttribute('href')!),
      ...shown('img[src], script[src]').map((e) => e.getAttribute('src')!),
    ];
    for (const ref of refs) {
      if (/^(https?:|mailto:|tel:)/.test(ref)) continue;
      const url = new URL(ref, `http://site${base}${page.path}`);
      if (!url.pathname.startsWith(base)) {
        broken.push(`${page.path}: ${ref} (outside ${base})`);
        continue;
      }
      const path = decodeURIComponent(url.pathname.slice(base.length));
      const file = join(dist, path);
      const target = existsSync(file) && statSync(file).isDirectory() ? join(file, 'index.html') : file;
      if (!existsSync(target)) {
        broken.push(`${page.path}: ${ref}`);
        continue;
      }
      const hash = decodeURIComponent(url.hash.slice(1));
      if (hash && !ids.get(path.endsWith('/') || path === '' ? path : `${path}/`)?.has(hash))
        broken.push(`${page.path}: ${ref} (no #${hash})`);
    }
  }
  return broken;
}

describe('internal links', () => {
  it('all resolve, with anchors, at the domain root', () => {
    expect(brokenLinks(inject('dist'), '/')).toEqual([]);
  });

  it('all resolve, with anchors, under a sub-path (GitHub Pages style)', () => {
    const pages = builtPages(inject('distBase'));
    expect(pages.find((p) => p.path === 'en/')?.html).toContain(`href="${SUB_PATH}en/professors/"`);
    expect(brokenLinks(inject('distBase'), SUB_PATH)).toEqual([]);
  });
});

describe('external links', () => {
  it('are well-formed http(s), mailto or tel addresses and open with rel="noopener noreferrer"', () => {
    const bad: string[] = [];
    let checked = 0;
    for (const page of builtPages(inject('dist'))) {
      for (const a of page.doc.querySelectorAll('a[href]')) {
        const href = a.getAttribute('href')!;
        if (!/^[a-z][a-z0-9+.-]*:/i.test(href)) continue;
        checked++;
        let url: URL | undefined;
        try {
          url = new URL(href);
        } catch {
          bad.push(`${page.path}: ${href} (not a URL)`);
          continue;
        }
        if (!['http:', 'https:', 'mailto:', 'tel:'].includes(url.protocol)) bad.push(`${page.path}: ${href} (scheme)`);
        const rel = (a.getAttribute('rel') ?? '').split(/\s+/);
        if (url.protocol.startsWith('http') && !(rel.includes('noopener') && rel.includes('noreferrer')))
          bad.push(`${page.path}: ${href} (rel)`);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(bad).toEqual([]);
  });
});
