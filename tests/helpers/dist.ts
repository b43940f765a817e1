/** Reads a built site: every HTML page, parsed, with its URL path. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export interface BuiltPage {
  /** URL path under the base, e.g. `en/professors/anna-novak/`. */
  path: string;
  file: string;
  html: string;
  doc: HTMLElement;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => join(d.parentPath, d.name));
}

const cache = new Map<string, BuiltPage[]>();

export function builtPages(dist: string): BuiltPage[] {
  let pages = cache.get(dist);
  if (!pages) {
    pages = htmlFiles(dist)
      // Pagefind's files and the content editor (Decap's own page, tested in admin tests) are not site pages.
      .filter((f) => !relative(dist, f).startsWith('pagefind') && !relative(dist, f).startsWith('admin'))
      .map((file) => {
        const html = readFileSync(file, 'utf8');
        const path = relative(dist, file)
          .replace(/index\.html$/, '')
          .split('\\')
          .join('/');
        return { path, file, html, doc: parse(html) };
      });
    cache.set(dist, pages);
  }
  return pages;
}

/** Visible text of a page: no scripts, no styles, no attribute values. */
export function visibleText(doc: HTMLElement): string {
  const body = doc.querySelector('body');
  if (!body) return '';
  const clone = parse(body.toString());
  for (const el of clone.querySelectorAll('script, style')) el.remove();
  return clone.textContent;
}
