// Every built page tells browsers, search engines and link previews what it is.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readContentTree } from '~/lib/validation/read';
import { builtPages, visibleText } from '../helpers/dist';
import { ROOT } from '../helpers/run';

const SITE = 'https://atu-visiting-professors.example.org/';
const pages = builtPages(inject('dist'));
const localized = pages.filter((p) => /^(en|ru|kk)\//.test(p.path));

describe('page metadata', () => {
  it('finds the localized pages', () => {
    expect(localized.length).toBeGreaterThan(200);
  });

  it('every page has exactly one h1, a title and a description', () => {
    const bad = pages.filter(
      (p) =>
        p.doc.querySelectorAll('h1').length !== 1 ||
        !p.doc.querySelector('title')?.text.trim() ||
        !p.doc.querySelector('meta[name="description"]')?.getAttribute('content')?.trim(),
    );
    expect(bad.map((p) => p.path)).toEqual([]);
  });

  it('profiles, projects and countries carry a large preview image that exists, with its size and alt text', () => {
    const withImage = localized.filter(
      (p) => /^(en|ru|kk)\/(professors|projects|countries)\/[a-z0-9-]+\/$/.test(p.path) && !/\/\d+\/$/.test(p.path),
    );
    expect(withImage.length).toBeGreaterThan(50);
    for (const p of withImage) {
      const meta = (name: string) => p.doc.querySelector(`meta[property="${name}"]`)?.getAttribute('content');
      const url = meta('og:image');
      expect(url, p.path).toMatch(new RegExp(`^${SITE}og/(professors|projects|countries)/[a-z0-9-]+\\.png$`));
      expect(existsSync(join(inject('dist'), url!.slice(SITE.length))), url).toBe(true);
      expect([meta('og:image:width'), meta('og:image:height')]).toEqual(['1200', '630']);
      expect(meta('og:image:alt')).toBeTruthy();
      expect(p.doc.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary_large_image');
    }
  });

  it('html lang matches the language folder', () => {
    const bad = localized.filter((p) => p.doc.querySelector('html')?.getAttribute('lang') !== p.path.slice(0, 2));
    expect(bad.map((p) => p.path)).toEqual([]);
  });

  it('canonical is the page itself; hreflang alternates name all three languages and x-default, and point back', () => {
    const byUrl = new Map(localized.map((p) => [SITE + p.path, p]));
    for (const p of localized.filter((x) => !x.path.endsWith('404/'))) {
      expect(p.doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), p.path).toBe(SITE + p.path);
      const alts = Object.fromEntries(
        p.doc.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]),
      );
      expect(Object.keys(alts).sort(), p.path).toEqual(['en', 'kk', 'ru', 'x-default']);
      expect(alts['x-default']).toBe(alts.en);
      for (const lang of ['en', 'ru', 'kk']) {
        const other = byUrl.get(alts[lang]!);
        expect(other, `${p.path} → ${lang}`).toBeDefined();
        const back = other!.doc.querySelector(`link[rel="alternate"][hreflang="${p.path.slice(0, 2)}"]`)?.getAttribute('href');
        expect(back, `${alts[lang]} does not point back to ${p.path}`).toBe(SITE + p.path);
      }
    }
  });

  it('has Open Graph and Twitter tags', () => {
    for (const p of localized) {
      for (const tag of ['og:title', 'og:description', 'og:url', 'og:type', 'og:locale', 'og:site_name']) {
        expect(p.doc.querySelector(`meta[property="${tag}"]`)?.getAttribute('content'), `${p.path} ${tag}`).toBeTruthy();
      }
      expect(p.doc.querySelector('meta[name="twitter:card"]'), p.path).not.toBeNull();
      // X falls back to Open Graph; its own copies of title and description would only repeat them on every page.
      expect(p.doc.querySelectorAll('meta[name^="twitter:"]'), p.path).toHaveLength(1);
    }
  });

  it('JSON-LD parses, has a schema.org type, and fits the page', () => {
    const typesOf = (path: string) => {
      const page = localized.find((p) => p.path === path)!;
      return page.doc
        .querySelectorAll('script[type="application/ld+json"]')
        .map((s) => (JSON.parse(s.textContent) as { '@type': string })['@type']);
    };
    for (const p of localized) {
      for (const s of p.doc.querySelectorAll('script[type="application/ld+json"]')) {
        const data = JSON.parse(s.textContent) as Record<string, unknown>;
        expect(data['@context'], p.path).toBe('https://schema.org');
        expect(s.textContent, p.path).not.toMatch(/<|>/);
      }
    }
    const profile = localized.find((p) => /^en\/professors\/[a-z-]+\/$/.test(p.path))!.path;
    expect(typesOf(profile)).toEqual(['BreadcrumbList', 'Person']);
    const project = localized.find((p) => /^ru\/projects\/[a-z-]+\/$/.test(p.path))!.path;
    expect(typesOf(project)).toEqual(['BreadcrumbList', 'ResearchProject']);
    expect(typesOf('kk/')).toEqual(['CollegeOrUniversity']);
  });

  it('no page shows a raw message key, undefined, NaN or [object Object]', () => {
    const keyLike =
      /(?<![-./\w])(?:nav|home|professors?|countries|country|projects?|fields?|programmes?|visit|format|status|output|count|contact|pagination|notFound|badge|fallback|common|institution)\.(?!(?:json|csv)\b)[a-zA-Z.-]+\b/; // file names such as professors.json are shown on purpose
    for (const p of pages) {
      const text = visibleText(p.doc);
      expect(text, p.path).not.toMatch(/\bundefined\b|\[object Object\]|\bNaN\b/);
      expect(text.match(keyLike)?.[0], p.path).toBeUndefined();
    }
  });

  it('no page puts a space before a comma or a closing bracket, or runs two words together at a line break', () => {
    for (const p of pages) {
      // Inline elements are joined as a reader sees them; block elements are separated.
      const text = visibleText(p.doc).replace(/\s+/g, ' ');
      expect(text.match(/\S+ [,;)]\S*/)?.[0], p.path).toBeUndefined();
      expect(text.match(/[a-zа-яёәғқңөұүһі][.,][A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі]+/)?.[0], p.path).toBeUndefined();
    }
  });

  it('Russian and Kazakh pages do not fall back to English interface text', () => {
    for (const path of ['ru/', 'kk/', 'ru/professors/', 'kk/projects/']) {
      const page = localized.find((p) => p.path === path)!;
      const nav = page.doc.querySelectorAll('header a').map((a) => a.text.trim());
      expect(nav.join(' '), path).not.toMatch(/Professors|Countries|Projects|Programmes/);
    }
  });

  it('ships JavaScript only on the language chooser, the not-found page, the directory and the search page', () => {
    const withScripts = pages
      .filter((p) =>
        p.doc.querySelectorAll('script').some((s) => !['application/ld+json', 'application/json'].includes(s.getAttribute('type') ?? '')),
      )
      .map((p) => p.path)
      .sort();
    expect(withScripts).toEqual([
      '',
      '404.html',
      'en/professors/',
      'en/search/',
      'kk/professors/',
      'kk/search/',
      'ru/professors/',
      'ru/search/',
    ]);
  });
});

describe('languages', () => {
  it('the language switcher on every page leads to the same page in the other languages', () => {
    for (const p of localized) {
      const own = p.path.slice(0, 2);
      const links = p.doc.querySelectorAll('header a[hreflang]').map((a) => [a.getAttribute('hreflang'), a.getAttribute('href')]);
      const expected = ['en', 'ru', 'kk'].filter((l) => l !== own).map((l) => [l, `/${l}${p.path.slice(2)}`]);
      expect(links, p.path).toEqual(expected);
    }
  });

  it('text missing in Russian or Kazakh is shown in English, marked with lang="en" and a visible note', () => {
    // The professor kept in English on purpose (tests/build/untranslated.test.ts says where the notes go).
    const id = readContentTree(join(ROOT, 'content')).files.find(
      (f) => f.collection === 'professors' && (f.data as { englishOnly?: boolean }).englishOnly,
    )!.id;
    const page = localized.find((p) => p.path === `kk/professors/${id}/`)!;
    const notes = page.doc.querySelectorAll('[data-fallback-note]');
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) {
      expect(note.text).toContain('аударылмаған');
      // The note is in the page's language; the English text is marked as English.
      expect(note.closest('[lang="en"]')).toBeNull();
    }
    expect(page.doc.querySelector('h1 ~ p [lang="en"], h1 ~ p[lang="en"]')).not.toBeNull();
    const ru = localized.find((p) => p.path === `ru/professors/${id}/`)!;
    expect(visibleText(ru.doc)).toMatch(/не переведена|Перевод пока не готов/);
  });

  it('dates are written the way each language writes them', () => {
    const text = (path: string) => visibleText(localized.find((p) => p.path === path)!.doc);
    expect(text('en/professors/lukasz-wrobel/')).toMatch(/12\s?–\s?23 May 2025/);
    expect(text('ru/professors/lukasz-wrobel/')).toMatch(/12\s?–\s?23 мая 2025\sг\./);
    expect(text('kk/professors/lukasz-wrobel/')).toMatch(/2025\sж\.\s12\s?–\s?23 мамыр/);
  });
});
