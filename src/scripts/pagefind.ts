/** Loads the site's Pagefind index for the page's language, once. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's indexed text. */
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
export interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}
export type FilterQuery = Record<string, string | { any: string[] }>;
export interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  /** Totals per filter value; calling it also loads every filter, so later searches count all of them. */
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (query: string | null, o?: { filters?: FilterQuery; sort?: Record<string, 'asc' | 'desc'> }) => Promise<PagefindSearch>;
}

let loading: Promise<Pagefind> | undefined;

/** Each language has its own index, `pagefind/<lang>/` (src/integrations/search-index.ts). */
export function loadPagefind(base: string, locale: string): Promise<Pagefind> {
  loading ??= (async () => {
    const url = `${base}pagefind/${locale}/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    // Without Pagefind's worker: a second copy of its code (13 KB) for searches that take milliseconds.
    await pagefind.options({ baseUrl: base, excerptLength: 24, noWorker: true });
    await pagefind.init();
    await pagefind.filters();
    return pagefind;
  })();
  return loading;
}
