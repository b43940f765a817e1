/**
 * The search page. A query that matches professors' names is answered from
 * the directory's name shards alone (the names beginning with the query's
 * letter, a few KB even with thousands of professors):
 * those people first, and a link to search every page's text. Any other query,
 * or that link, runs Pagefind over the page's language: results grouped by
 * type with a count for each, excerpts with the matched words highlighted.
 * `?q=`, `?full=1` and `?type=` keep the state in the URL; results come
 * PAGE_SIZE at a time.
 */
import { nameRowsIn, rowsWith, shardsFor, valuesNamed, type NameShard, type QueryIndex } from '~/shared/directory-query';
import { normalizeQuery, skeletonQuery } from '~/shared/normalize';
import { closestNames, linkList } from './closest';
import { ELEMENT_IDS, VARIANTS_MARK, type SearchConfig as Config } from '~/shared/contract';
import { directoryFiles, professorCards } from './directory-files';
import { carryStateToLanguageLinks, el, fromTemplate, pluralize, readConfig } from './dom';
import { loadPagefind, type PagefindResultData } from './pagefind';

const PAGE_SIZE = 20;

const root = document.getElementById('search');
const config = readConfig<Config>(ELEMENT_IDS.searchConfig);
if (root && config) void start(root, config);

async function start(root: HTMLElement, config: Config): Promise<void> {
  const s = config.strings;
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const tabs = root.querySelector<HTMLElement>('[data-types]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const list = root.querySelector<HTMLElement>('[data-results]')!;
  const more = root.querySelector<HTMLElement>('[data-more]')!;
  const help = root.querySelector<HTMLElement>('[data-help]')!;
  const lists = document.getElementById('search-nojs');
  const files = directoryFiles(config.directory, config.version, config.shardSize);
  const card = professorCards(config.professors);
  const badge = fromTemplate(ELEMENT_IDS.exampleBadge);
  let run = 0;

  /** A link that changes the query string and redraws, without leaving the page. */
  const stateLink = (a: HTMLAnchorElement, params: Record<string, string>) => {
    a.href = `?${new URLSearchParams(params)}`;
    a.addEventListener('click', (e) => {
      e.preventDefault();
      history.pushState(null, '', a.href);
      void render();
    });
    return a;
  };

  /**
   * Shows `total` items PAGE_SIZE at a time: the first page now, the next on
   * each press of "Show more", keyboard focus moving to the first new item.
   */
  async function paged(mine: number, total: number, page: (from: number, to: number) => Promise<HTMLElement[]>): Promise<void> {
    let shown = 0;
    const next = async (): Promise<HTMLElement | undefined> => {
      const items = await page(shown, Math.min(total, shown + PAGE_SIZE));
      if (mine !== run) return undefined;
      list.append(...items);
      shown += items.length;
      more.replaceChildren();
      if (shown < total) {
        const button = el('button', 'rounded border border-slate-400 bg-white px-4 py-2 font-semibold', s.more);
        button.type = 'button';
        button.addEventListener('click', () => {
          void next().then((first) => first?.querySelector<HTMLElement>('a')?.focus());
        });
        more.append(button);
      }
      return items[0];
    };
    list.replaceChildren();
    await next();
  }

  /** Draws the state in the address; when the files cannot be fetched, says so and offers the lists. */
  async function render(): Promise<void> {
    const mine = ++run;
    carryStateToLanguageLinks();
    try {
      await draw(mine);
    } catch {
      if (mine !== run) return;
      status.textContent = s.unavailable;
      list.replaceChildren();
      lists?.querySelector('[data-reason]')?.setAttribute('hidden', '');
      lists?.removeAttribute('hidden');
    }
  }

  async function draw(mine: number): Promise<void> {
    lists?.setAttribute('hidden', '');
    const params = new URLSearchParams(location.search);
    const q = params.get('q') ?? '';
    const type = config.types.some((t) => t.id === params.get('type')) ? params.get('type')! : '';
    input.value = q;
    help.hidden = true;
    help.replaceChildren();
    more.replaceChildren();
    tabs.hidden = true;
    if (!q.trim()) {
      status.textContent = '';
      list.replaceChildren();
      return;
    }
    if (!type && params.get('full') !== '1') {
      const keys = shardsFor(q).filter((k) => config.nameShards.includes(k));
      const named = valuesNamed(
        config.countries.map((c) => c.words),
        q,
      );
      const [shards, index] = await Promise.all([
        Promise.all(keys.map((k) => files.json<NameShard>(`names-${k}`))).catch(() => []),
        named.length ? files.json<QueryIndex>('index') : undefined,
      ]);
      if (mine !== run) return;
      const countries = index ? named.map((c) => ({ ...config.countries[c]!, rows: rowsWith(index, 'country', [c]) })) : [];
      const rows = [...new Set([...nameRowsIn(shards, q), ...countries.flatMap((c) => c.rows)])];
      if (rows.length > 0) return showPeople(mine, q, rows, countries);
    }
    return showText(mine, q, type);
  }

  /**
   * People whose name matches, and the people of the countries the query
   * names after a link to each country's page, from the directory's files;
   * then the way to every page's text.
   */
  async function showPeople(
    mine: number,
    q: string,
    rows: number[],
    countries: { label: string; href: string; rows: number[] }[],
  ): Promise<void> {
    await paged(mine, rows.length, async (from, to) => (await files.cards(rows.slice(from, to))).map(card));
    if (mine !== run) return;
    list.prepend(...countries.map((c) => countryResult(c, config)));
    status.textContent = pluralize(config.locale, countries.length ? config.professorForms : config.namedForms, rows.length);
    const p = el('p');
    p.append(stateLink(el('a', '', s.fullText.replace('{query}', q)), { q, full: '1' }));
    help.append(p);
    help.hidden = false;
  }

  /** Pagefind over every page of the language, with a tab per type of page. */
  async function showText(mine: number, q: string, type: string): Promise<void> {
    const pagefind = await loadPagefind(config.base, config.locale);
    const ask = (query: string) => Promise.all([pagefind.search(query), type ? pagefind.search(query, { filters: { type } }) : null]);
    let [all, shown] = await ask(normalizeQuery(q));
    // Nothing found as typed: try the spelling-independent form (Qyrgyzstan, Germaniia, Iuliia).
    const other = all.results.length === 0 ? skeletonQuery(q) : undefined;
    if (other) [all, shown] = await ask(other);
    if (mine !== run) return;
    const counts = all.filters.type ?? {};
    tabs.replaceChildren(
      ...[{ id: '', label: s.all }, ...config.types].map((t) => {
        const count = t.id ? (counts[t.id] ?? 0) : all.results.length;
        const a = stateLink(el('a', `chip ${t.id === type ? 'border-sky-800 bg-sky-50 font-semibold' : ''}`, `${t.label} (${count})`), {
          q,
          full: '1',
          ...(t.id ? { type: t.id } : {}),
        });
        if (t.id === type) a.setAttribute('aria-current', 'true');
        return a;
      }),
    );
    tabs.hidden = false;
    const results = (shown ?? all).results;
    await paged(mine, results.length, async (from, to) =>
      (await Promise.all(results.slice(from, to).map((r) => r.data()))).map((d) => textResult(d, config, badge)),
    );
    if (mine !== run) return;
    status.textContent = results.length ? pluralize(config.locale, config.resultForms, results.length) : s.none;
    if (all.results.length === 0) void offerHelp(q, mine);
  }

  /** For a query that found nothing: the nearest names, the same query in the other languages, the full list. */
  async function offerHelp(q: string, mine: number): Promise<void> {
    const near = await closestNames(files, q, config.professors).catch(() => undefined);
    if (mine !== run) return;
    const section = (label: string, list: HTMLElement) => {
      const div = el('div');
      div.append(el('p', 'font-semibold', label), list);
      return div;
    };
    if (near) help.append(section(s.closest, near));
    const query = `?${new URLSearchParams({ q })}`;
    help.append(
      section(s.otherLanguages, linkList(config.languages.map((l) => ({ href: `${l.href}${query}`, text: l.name, lang: l.locale })))),
    );
    const all = el('p');
    const a = el('a', '', `${s.allProfessors} →`);
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

/** A country the query names: its page, and how many of its professors follow. */
function countryResult(c: { label: string; href: string; rows: number[] }, config: Config): HTMLLIElement {
  const li = el('li', 'card');
  li.append(el('p', 'meta', config.strings.country));
  const h = el('h2', 'text-lg font-semibold');
  const a = el('a', '', c.label);
  a.href = c.href;
  h.append(a);
  li.append(h, el('p', 'mt-1 text-sm text-slate-700', pluralize(config.locale, config.professorForms, c.rows.length)));
  return li;
}

/** One Pagefind result: the type of page, its title, the example badge, the excerpt. */
function textResult(d: PagefindResultData, config: Config, badge: () => HTMLElement): HTMLLIElement {
  const li = el('li', 'card');
  const kind = config.types.find((t) => t.id === d.filters.type?.[0]);
  if (kind) li.append(el('p', 'meta', kind.label));
  const h = el('h2', 'text-lg font-semibold');
  const a = el('a', '', d.meta.title ?? d.url);
  a.href = d.url;
  h.append(a);
  li.append(h);
  if (d.meta.example) li.append(badge());
  li.append(excerptOf(d));
  return li;
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
  const visible = squash(d.content.split(VARIANTS_MARK)[0] ?? '');
  // An excerpt near the end of the page may run on into the variants: keep the part before the ⁂.
  const excerpt = squash(d.excerpt.split(VARIANTS_MARK)[0] ?? '');
  const plain = excerpt.replace(/<\/?mark>/g, '');
  if (excerpt.includes('<mark>') && visible.includes(plain.slice(0, 40))) {
    // Pagefind builds excerpts from the indexed text, escaped, adding only <mark> around matches.
    p.innerHTML = excerpt;
  } else {
    p.textContent = d.meta.summary ?? '';
  }
  return p;
}
