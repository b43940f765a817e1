/**
 * The directory's files for one language (src/lib/directory-index.ts), as the
 * directory and the search page fetch them, and the professor card both draw.
 */
import { CARD_ENGLISH, type DirectoryCard } from '~/shared/directory-query';
import { el, exampleBadge } from './dom';

export interface DirectoryFiles {
  /** One file, fetched once; a failed fetch may be tried again. */
  json: <T>(file: string) => Promise<T>;
  /** The cards of `rows`, in that order, fetching only the shards they are in. */
  cards: (rows: readonly number[]) => Promise<DirectoryCard[]>;
}

/** `folder` ends with a slash; `version` changes with every build of the files. */
export function directoryFiles(folder: string, version: string, shardSize: number): DirectoryFiles {
  const cache = new Map<string, Promise<unknown>>();
  const json = <T>(file: string): Promise<T> => {
    let p = cache.get(file);
    if (!p) {
      p = fetch(`${folder}${file}.json?v=${version}`).then((r) => {
        if (!r.ok) throw new Error(`${r.status} ${r.url}`);
        return r.json();
      });
      p.catch(() => cache.delete(file));
      cache.set(file, p);
    }
    return p as Promise<T>;
  };
  const cards = async (rows: readonly number[]) => {
    const shards = [...new Set(rows.map((r) => Math.floor(r / shardSize)))];
    const loaded = new Map(await Promise.all(shards.map(async (k) => [k, await json<DirectoryCard[]>(`cards-${k}`)] as const)));
    return rows.map((r) => loaded.get(Math.floor(r / shardSize))![r % shardSize]!);
  };
  return { json, cards };
}

export interface CardOptions {
  /** The professors' pages in this language, with a trailing slash. */
  profiles: string;
  /** The example badge and its explanation. */
  example: string;
  exampleHint: string;
  heading: 'h2' | 'h3';
}

/** A professor's card: name, the name as written, example badge, position, institution and country, visits and years. */
export function professorCard(
  [id, name, written, position, institution, country, visits, years, example, english]: DirectoryCard,
  o: CardOptions,
): HTMLLIElement {
  const li = el('li');
  const article = el('article', 'card flex h-full flex-col gap-1');
  const h = el(o.heading, 'text-base font-semibold leading-snug');
  const a = el('a', 'text-slate-900', name);
  a.href = `${o.profiles}${id}/`;
  h.append(a);
  article.append(h);
  if (written) article.append(el('p', 'text-sm text-slate-600', written));
  if (example) {
    const p = el('p');
    p.append(exampleBadge(o.example, o.exampleHint));
    article.append(p);
  }
  // Text shown in English for want of a translation is marked as English, as Text.astro marks it.
  const text = (tag: 'p' | 'span', value: string, bit: number, className = '') => {
    const node = el(tag, className, value);
    if (english & bit) node.lang = 'en';
    return node;
  };
  if (position) article.append(text('p', position, CARD_ENGLISH.position, 'text-sm text-slate-700'));
  const place = el('p', 'text-sm text-slate-700');
  if (institution) place.append(text('span', institution, CARD_ENGLISH.institution));
  if (institution && country) place.append(' · ');
  if (country) place.append(text('span', country, CARD_ENGLISH.country));
  article.append(place);
  article.append(el('p', 'meta', [visits, years].filter(Boolean).join(', ')));
  li.append(article);
  return li;
}
