/**
 * The search page: full text over the page's language, results grouped by
 * type with a count for each, excerpts with the matched words highlighted.
 * `?q=` and `?type=` keep the state in the URL.
 */
import { closestRows, type DirectoryCard, type QueryNames } from '~/lib/directory-query';
import { normalizeQuery, skeletonQuery } from '~/lib/normalize';
import { el, pluralize } from './dom';
import { loadPagefind, type PagefindResultData } from './pagefind';

interface Config {
  locale: string;
  base: string;
  types: { id: string; label: string }[];
  strings: Record<string, string>;
  resultForms: Record<string, string>;
  directory: string;
  version: string;
  shardSize: number;
  professors: string;
  languages: { locale: string; name: string; href: string }[];
}

const root = document.getElementById('search');
const configNode = document.getElementById('search-config');
if (root && configNode) void start(root, JSON.parse(configNode.textContent ?? '{}') as Config);

async function start(root: HTMLElement, config: Config): Promise<void> {
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const tabs = root.querySelector<HTMLElement>('[data-types]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const list = root.querySelector<HTMLElement>('[data-results]')!;
  const help = root.querySelector<HTMLElement>('[data-help]')!;
  document.getElementById('search-nojs')?.setAttribute('hidden', '');
  tabs.hidden = false;

  const pagefind = await loadPagefind(config.base, config.locale);
  let run = 0;

  async function render(): Promise<void> {
    const mine = ++run;
    const params = new URLSearchParams(location.search);
    const q = params.get('q') ?? '';
    const type = config.types.some((t) => t.id === params.get('type')) ? params.get('type')! : '';
    input.value = q;
    help.hidden = true;
    help.replaceChildren();
    if (!q.trim()) {
      status.textContent = '';
      list.replaceChildren();
      tabs.replaceChildren();
      return;
    }
    const ask = (query: string) => Promise.all([pagefind.search(query), type ? pagefind.search(query, { filters: { type } }) : null]);
    let [all, shown] = await ask(normalizeQuery(q));
    // Nothing found as typed: try the spelling-independent form (Qyrgyzstan, Germaniia, Iuliia).
    const other = all.results.length === 0 ? skeletonQuery(q) : undefined;
    if (other) [all, shown] = await ask(other);
    if (mine !== run) return;
    const counts = all.filters.type ?? {};
    tabs.replaceChildren(
      ...[{ id: '', label: config.strings.all! }, ...config.types].map((t) => {
        const count = t.id ? (counts[t.id] ?? 0) : all.results.length;
        const a = el('a', `chip ${t.id === type ? 'border-sky-800 bg-sky-50 font-semibold' : ''}`, `${t.label} (${count})`);
        const p = new URLSearchParams({ q, ...(t.id ? { type: t.id } : {}) });
        a.href = `?${p}`;
        if (t.id === type) a.setAttribute('aria-current', 'true');
        a.addEventListener('click', (e) => {
          e.preventDefault();
          history.pushState(null, '', a.href);
          void render();
        });
        return a;
      }),
    );
    const results = (shown ?? all).results.slice(0, 50);
    const data = await Promise.all(results.map((r) => r.data()));
    if (mine !== run) return;
    status.textContent = data.length ? pluralize(config.locale, config.resultForms, (shown ?? all).results.length) : config.strings.none!;
    if (all.results.length === 0) void offerHelp(q, mine);
    list.replaceChildren(
      ...data.map((d) => {
        const li = el('li', 'card');
        const kind = config.types.find((t) => t.id === d.filters.type?.[0]);
        if (kind) li.append(el('p', 'meta', kind.label));
        const h = el('h2', 'text-lg font-semibold');
        const a = el('a', '', d.meta.title ?? d.url);
        a.href = d.url;
        h.append(a);
        li.append(h);
        if (d.meta.example)
          li.append(
            el(
              'span',
              'inline-block rounded border border-amber-700 bg-amber-50 px-1.5 py-0.5 text-xs font-semibold text-amber-900',
              config.strings.example,
            ),
          );
        li.append(excerptOf(d));
        return li;
      }),
    );
  }

  /** For a query that found nothing: the nearest names, the same query in the other languages, the full list. */
  async function offerHelp(q: string, mine: number): Promise<void> {
    const fetchJson = <T>(file: string) =>
      fetch(`${config.directory}${file}.json?v=${config.version}`).then((r) =>
        r.ok ? (r.json() as Promise<T>) : Promise.reject(new Error(file)),
      );
    const names = await fetchJson<QueryNames>('names').catch(() => undefined);
    const rows = names ? closestRows(names, q) : [];
    const shards = new Map<number, DirectoryCard[]>();
    for (const k of new Set(rows.map((r) => Math.floor(r / config.shardSize))))
      shards.set(k, await fetchJson<DirectoryCard[]>(`cards-${k}`).catch(() => []));
    if (mine !== run) return;
    const section = (label: string, links: { href: string; text: string; lang?: string }[]) => {
      const div = el('div');
      div.append(el('p', 'font-semibold', label));
      const ul = el('ul', 'mt-1 flex flex-wrap gap-x-4 gap-y-1');
      for (const l of links) {
        const a = el('a', '', l.text);
        a.href = l.href;
        if (l.lang) a.lang = l.lang;
        const li = el('li');
        li.append(a);
        ul.append(li);
      }
      div.append(ul);
      return div;
    };
    const cards = rows
      .map((r) => shards.get(Math.floor(r / config.shardSize))?.[r % config.shardSize])
      .filter((c): c is DirectoryCard => c !== undefined);
    if (cards.length)
      help.append(
        section(
          config.strings.closest!,
          cards.map((c) => ({ href: `${config.professors}${c[0]}/`, text: c[1] })),
        ),
      );
    const query = `?${new URLSearchParams({ q })}`;
    help.append(
      section(
        config.strings.otherLanguages!,
        config.languages.map((l) => ({ href: `${l.href}${query}`, text: l.name, lang: l.locale })),
      ),
    );
    const all = el('p');
    const a = el('a', '', `${config.strings.allProfessors} →`);
    a.href = config.professors;
    all.append(a);
    help.append(all);
    help.hidden = false;
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const p = new URLSearchParams({ q: input.value });
    history.pushState(null, '', `?${p}`);
    void render();
  });
  window.addEventListener('popstate', () => void render());
  await render();
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The excerpt with matched words highlighted, when it comes from the page's
 * visible text (the hidden search variants follow it, after the ⁂ mark); when
 * the match was only in the variants (a name typed in another script), the
 * page's summary, without marks.
 */
function excerptOf(d: PagefindResultData): HTMLElement {
  const p = el('p', 'mt-1 text-sm text-slate-700');
  const visible = squash(d.content.split('\u2042')[0] ?? '');
  // An excerpt near the end of the page may run on into the variants: keep the part before the ⁂.
  const excerpt = squash(d.excerpt.split('\u2042')[0] ?? '');
  const plain = excerpt.replace(/<\/?mark>/g, '');
  if (excerpt.includes('<mark>') && visible.includes(plain.slice(0, 40))) {
    // Pagefind builds excerpts from the indexed text, escaped, adding only <mark> around matches.
    p.innerHTML = excerpt;
  } else {
    p.textContent = d.meta.summary ?? '';
  }
  return p;
}
