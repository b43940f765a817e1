/**
 * The directory's files for one language (src/lib/directory-index.ts), as the
 * directory and the search page fetch them, and the professor cards both draw.
 */
import { ELEMENT_IDS } from '~/shared/contract';
import { CARD_ENGLISH, type DirectoryCard } from '~/shared/directory-query';
import { fromTemplate } from './dom';

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

/**
 * Draws professors' cards from the page's card template (ProfessorCard.astro
 * rendered without a professor, in an `<li>`): each card is a copy with its
 * parts filled as text and attributes, or removed, so it is the card the
 * build draws. `profiles` is the professors' pages in this language, with a
 * trailing slash.
 */
export function professorCards(profiles: string): (card: DirectoryCard) => HTMLElement {
  const template = fromTemplate(ELEMENT_IDS.professorCard);
  return ([id, name, written, position, institution, country, details, example, english, portrait]) => {
    const node = template();
    const part = <T extends HTMLElement = HTMLElement>(key: string) => node.querySelector<T>(`[data-card="${key}"]`)!;
    if (typeof portrait === 'string') {
      part('photo').remove();
      part('initials').textContent = portrait;
    } else {
      part('initials').remove();
      part('photo').setAttribute('src', portrait[0]);
      part('photo').setAttribute('srcset', portrait[1]);
    }
    const link = part<HTMLAnchorElement>('name');
    link.setAttribute('href', `${profiles}${id}/`);
    link.textContent = name;
    if (written) part('written').textContent = written;
    else part('written').remove();
    if (!example) part('example').remove();
    // Text shown in English for want of a translation is marked as English, as the build marks it.
    const texts = { position, institution, country } as const;
    for (const key of Object.keys(texts) as (keyof typeof texts)[]) {
      part(key).textContent = texts[key];
      if (english & CARD_ENGLISH[key]) part(key).setAttribute('lang', 'en');
    }
    part('details').textContent = details;
    return node;
  };
}
