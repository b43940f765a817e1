/** The nearest names to a query that found no one, as links to their profiles: shared by the directory and the search page. */
import { closestRows, type QueryNames } from '~/shared/directory-query';
import type { DirectoryFiles } from './directory-files';
import { el } from './dom';

export interface Link {
  href: string;
  text: string;
  lang?: string;
}

/** A row of links, as a list. */
export function linkList(links: readonly Link[]): HTMLUListElement {
  const ul = el('ul', 'mt-1 flex flex-wrap gap-x-4 gap-y-1');
  for (const l of links) {
    const a = el('a', '', l.text);
    a.href = l.href;
    if (l.lang) a.lang = l.lang;
    const li = el('li');
    li.append(a);
    ul.append(li);
  }
  return ul;
}

/** Links to the profiles whose names are nearest to `query` (a likely typo), or undefined when none is near. */
export async function closestNames(files: DirectoryFiles, query: string, profiles: string): Promise<HTMLUListElement | undefined> {
  const names = await files.json<QueryNames>('names');
  const cards = await files.cards(closestRows(names, query));
  return cards.length ? linkList(cards.map((c) => ({ href: `${profiles}${c[0]}/`, text: c[1] }))) : undefined;
}
