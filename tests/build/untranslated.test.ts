// Text missing in Russian or Kazakh: shown in English, marked lang="en", and said once per block or once per page.
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { readContentTree } from '~/lib/validation/read';
import { builtPages, visibleText } from '../helpers/dist';
import { ROOT } from '../helpers/run';
import ru from '~/i18n/ru.json';
import kk from '~/i18n/kk.json';

type Loc = 'ru' | 'kk';
type Localized = { en: string; ru?: string; kk?: string };
type Data = Record<string, unknown>;

const pages = builtPages(inject('dist')).filter((p) => /^(ru|kk)\//.test(p.path));
const tree = readContentTree(join(ROOT, 'content'));
const entries = (collection: string) => tree.files.filter((f) => f.collection === collection);
const byId = (collection: string) => new Map(entries(collection).map((f) => [f.id, f.data as Data]));
const institutions = byId('institutions');
const countries = byId('countries');
const programmes = byId('programmes');
const hostId = (tree.site!.data as { host: string }).host;
const MESSAGES = { ru, kk };

const isLocalized = (v: unknown): v is Localized => typeof v === 'object' && v !== null && typeof (v as Localized).en === 'string';
const english = (v: unknown, locale: Loc) => isLocalized(v) && v[locale] === undefined;
const notes = (doc: HTMLElement, kind: 'page' | 'block') => doc.querySelectorAll(`[data-fallback-note="${kind}"]`);
const pageOf = (path: string) => pages.find((p) => p.path === path)!;

/** Every localized text in a value, however deep. */
function localizedIn(value: unknown): Localized[] {
  if (isLocalized(value)) return [value];
  if (Array.isArray(value)) return value.flatMap(localizedIn);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(localizedIn);
  return [];
}

/** The blocks of a profile that show some English text, counted from the content: lead, each visit, biography. */
function englishBlocks(file: (typeof tree.files)[number], locale: Loc): number {
  const p = file.data as Data & { visits: Data[]; biography?: Record<string, string> };
  const lead = [p.position, p.degree, p.summary, institutions.get(p.institution as string)?.name, countries.get(p.country as string)?.name];
  const visits = p.visits.map((v) => {
    const host = (v.host as string | undefined) ?? hostId;
    return [
      programmes.get(v.programme as string)?.shortName,
      host === hostId ? undefined : institutions.get(host)?.name,
      v.unit,
      ...localizedIn(v.activities),
      v.note,
    ];
  });
  const bio = Boolean(file.body?.trim()) && !p.biography?.[locale];
  return [lead, ...visits].filter((texts) => texts.some((t) => english(t, locale))).length + (bio ? 1 : 0);
}

describe('untranslated text', () => {
  it('is said at most once per block, at most once per page, and never on a card', () => {
    // Both kinds are there to check: the content leaves whole entries and single fields untranslated.
    expect(pages.filter((p) => notes(p.doc, 'page').length).length).toBeGreaterThan(0);
    expect(pages.filter((p) => notes(p.doc, 'block').length).length).toBeGreaterThan(0);
    for (const p of pages) {
      const page = notes(p.doc, 'page');
      const blocks = notes(p.doc, 'block');
      expect(page.length, p.path).toBeLessThanOrEqual(1);
      if (page.length) expect(blocks.length, `${p.path}: a page note and block notes`).toBe(0);
      const parents = blocks.map((n) => n.parentNode);
      expect(new Set(parents).size, `${p.path}: two notes in one block`).toBe(parents.length);
      for (const n of [...page, ...blocks]) {
        expect(n.closest('.card'), `${p.path}: a note on a card`).toBeNull();
        expect(n.closest('[lang="en"]'), `${p.path}: the note is in the page's language`).toBeNull();
      }
    }
  });

  it('on every profile: one note for each block with English text, or one at the top when most of it is English', () => {
    for (const locale of ['ru', 'kk'] as const) {
      for (const file of entries('professors')) {
        const p = pageOf(`${locale}/professors/${file.id}/`);
        if (notes(p.doc, 'page').length) continue;
        expect(notes(p.doc, 'block').length, p.path).toBe(englishBlocks(file, locale));
      }
    }
  });

  it('the Zürcher profile, nearly all in English, says so once at the top', () => {
    const file = entries('professors').find((f) => f.id === 'reto-zurcher')!;
    const own = localizedIn(file.data);
    // The premise, from the content: most of the entry's own texts have no Russian or Kazakh.
    for (const locale of ['ru', 'kk'] as const) {
      expect(own.filter((t) => english(t, locale)).length * 2).toBeGreaterThan(own.length);
      const p = pageOf(`${locale}/professors/reto-zurcher/`);
      expect(notes(p.doc, 'page').length).toBe(1);
      expect(notes(p.doc, 'block').length).toBe(0);
      const text = visibleText(p.doc);
      expect(text.split(MESSAGES[locale]['fallback.pageNote']).length - 1).toBe(1);
      expect(text).not.toContain(MESSAGES[locale]['fallback.note']);
      // At the top: before the name.
      expect(p.html.indexOf('data-fallback-note="page"')).toBeLessThan(p.html.indexOf('<h1'));
    }
  });

  it('every English stand-in is marked lang="en" wherever it is shown', () => {
    const texts = (locale: Loc) =>
      new Set(
        tree.files
          .flatMap((f) => localizedIn(f.data))
          .filter((t) => english(t, locale))
          .map((t) => t.en.trim()),
      );
    const byLocale = { ru: texts('ru'), kk: texts('kk') };
    expect(byLocale.ru.size).toBeGreaterThan(0);
    let seen = 0;
    for (const p of pages) {
      const wanted = byLocale[p.path.slice(0, 2) as Loc];
      const body = p.doc.querySelector('body')!;
      for (const el of body.querySelectorAll('*')) {
        if (['SCRIPT', 'STYLE', 'TEMPLATE'].includes(el.tagName) || el.closest('[data-pagefind-ignore="all"], [hidden]')) continue;
        const own = el.childNodes
          .filter((c) => c.nodeType === 3)
          .map((c) => c.text.trim())
          .join(' ')
          .trim();
        if (!own || !wanted.has(own)) continue;
        seen++;
        expect(el.closest('[lang]')?.getAttribute('lang'), `${p.path}: "${own}"`).toBe('en');
      }
    }
    // The two entries kept in English on purpose show up on their own pages, lists and cards.
    expect(seen).toBeGreaterThan(10);
  });
});
