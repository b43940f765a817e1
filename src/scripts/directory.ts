/**
 * The professors directory with filters. Lists everyone with an empty query;
 * values of one group combine with OR, groups combine with AND; each value's
 * count is the number of results the list would show if it were ticked, so
 * counts always match the list. The whole state lives in the URL.
 *
 * Opening the page costs no index: the filters are drawn from counts made at
 * build time around the static list. The directory's index (src/lib/
 * directory-index.ts) loads on the first filter, sort or page change, the
 * names when someone types, and card text for the rows on screen only.
 */
import {
  answer,
  scores,
  searchable,
  type DirectoryCard as Card,
  type QueryIndex,
  type QueryNames,
  type Searchable,
} from '~/shared/directory-query';
import { ELEMENT_IDS, type DirectoryConfig as Config } from '~/shared/contract';
import { directoryFiles, professorCards } from './directory-files';
import { carryStateToLanguageLinks, el, pluralize, readConfig } from './dom';
import { facetDrawer } from './facets';
import { filterPanel } from './filter-panel';
import { closestNames } from './closest';

interface State {
  q: string;
  selected: Record<string, string[]>;
  sort: 'name' | 'recent' | 'relevance';
  page: number;
}

const root = document.getElementById('directory');
const config = readConfig<Config>(ELEMENT_IDS.directoryConfig);
if (root && config) void start(root, config);

function readState(config: Config): State {
  const params = new URLSearchParams(location.search);
  const selected: Record<string, string[]> = {};
  for (const g of config.groups) {
    const known = new Set(g.values.map((v) => v.id));
    selected[g.name] = (params.get(g.name) ?? '').split(',').filter((v) => known.has(v));
  }
  const q = params.get('q') ?? '';
  const sortParam = params.get('sort');
  const sort = sortParam === 'recent' || sortParam === 'name' || sortParam === 'relevance' ? sortParam : q ? 'relevance' : 'name';
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  return { q, selected, sort, page };
}

function writeState(state: State, config: Config, push: boolean): void {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const g of config.groups) if (state.selected[g.name]?.length) params.set(g.name, state.selected[g.name]!.join(','));
  if (state.sort !== (state.q ? 'relevance' : 'name')) params.set('sort', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
  carryStateToLanguageLinks();
}

function isDefault(state: State): boolean {
  return !state.q && state.sort === 'name' && state.page === 1 && Object.values(state.selected).every((v) => v.length === 0);
}

async function start(root: HTMLElement, config: Config): Promise<void> {
  const s = config.strings;
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const facets = root.querySelector<HTMLElement>('[data-facets]')!;
  const list = root.querySelector<HTMLElement>('[data-results]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const pager = root.querySelector<HTMLElement>('[data-pager]')!;
  const clears = [...root.querySelectorAll<HTMLButtonElement>('[data-clear]')];
  const fullText = root.querySelector<HTMLElement>('[data-full-text]')!;
  const none = root.querySelector<HTMLElement>('[data-none]')!;
  const chosen = root.querySelector<HTMLElement>('[data-chosen]');
  const resultsHeading = root.querySelector<HTMLElement>('#directory-results')!;
  const staticList = document.getElementById('static-directory');

  // The static list sits in the results column until the index takes over.
  if (staticList) root.querySelector('[data-static-slot]')?.append(staticList);
  root.hidden = false;
  const panel = filterPanel(root, facets, resultsHeading);
  const facetGroups = facetDrawer(facets, config.groups);

  let state = readState(config);
  let run = 0;
  let engaged = false;

  /** The count beside the filter button and on the panel's button, and how many values are ticked. */
  function showTotal(total: number): void {
    status.textContent = pluralize(config.locale, config.professorForms, total);
    panel?.setShowLabel(pluralize(config.locale, config.showForms, total));
    const n = Object.values(state.selected).reduce((sum, v) => sum + v.length, 0);
    if (chosen) chosen.textContent = n ? ` · ${pluralize(config.locale, config.chosenForms, n)}` : '';
    for (const c of clears) c.hidden = !state.q && n === 0;
  }

  const files = directoryFiles(config.data, config.version, config.shardSize);
  const card = professorCards(config.profiles);
  let words: Searchable | undefined;
  const labels = Object.fromEntries(config.groups.map((g) => [g.name, g.values.map((v) => v.words ?? v.label)]));
  const sizes = config.groups.map((g) => ({ name: g.name, size: g.values.length }));

  /**
   * What to say when nothing matches: what was searched (words, filters or
   * both) and, for words, the nearest names, as the search page offers them.
   */
  async function nothingFound(text: string): Promise<HTMLElement[]> {
    const filtered = config.groups.some((g) => state.selected[g.name]?.length);
    const message = !text ? s.none : (filtered ? s.noneForFiltered : s.noneFor).replace('{query}', text);
    const out: HTMLElement[] = [el('p', 'text-slate-800', message)];
    if (text) {
      const near = await closestNames(files, text, config.profiles).catch(() => undefined);
      if (near) out.push(el('p', 'font-semibold', s.closest), near);
    }
    return out;
  }

  async function render(): Promise<void> {
    const mine = ++run;
    input.value = state.q;
    sortSelect.value = state.sort;
    const text = state.q.trim();
    let rows: number[];
    let counts: Record<string, number[]>;
    let cards: Card[];
    let lastPage: number;
    try {
      const [index, names, recent] = await Promise.all([
        files.json<QueryIndex>('index'),
        text ? files.json<QueryNames>('names') : undefined,
        state.sort === 'recent' ? files.json<number[]>('recent') : undefined,
      ]);
      if (names) words ??= searchable(names, labels);
      const selected = Object.fromEntries(
        config.groups.map((g) => [g.name, (state.selected[g.name] ?? []).map((id) => g.values.findIndex((v) => v.id === id))]),
      );
      const sort = state.sort === 'relevance' && !text ? 'name' : state.sort;
      ({ rows, counts } = answer(index, { selected, sort }, sizes, {
        score: text && words ? scores(index, words, text) : undefined,
        recent,
      }));
      lastPage = Math.max(1, Math.ceil(rows.length / config.pageSize));
      if (state.page > lastPage) state.page = lastPage;
      cards = await files.cards(rows.slice((state.page - 1) * config.pageSize, state.page * config.pageSize));
    } catch {
      // Without the index the static list stays, and the reader is told why nothing changed.
      if (mine === run) status.textContent = s.unavailable;
      return;
    }
    if (mine !== run) return;

    const total = rows.length;
    facetGroups.draw(
      state.selected,
      (name) => {
        const group = config.groups.find((g) => g.name === name)!;
        return Object.fromEntries(group.values.map((v, i) => [v.id, counts[name]![i]!]));
      },
      total === 0,
    );
    if (!engaged) {
      engaged = true;
      staticList?.setAttribute('hidden', '');
    }
    showTotal(total);
    list.replaceChildren(...cards.map(card));
    none.hidden = total > 0;
    if (total === 0) none.replaceChildren(...(await nothingFound(text)));
    // The box searches names, institutions, countries and fields; the search page reads everything.
    fullText.hidden = !text;
    const link = fullText.querySelector('a') ?? fullText.appendChild(el('a', 'text-sky-800 underline'));
    link.href = `${config.searchPage}?${new URLSearchParams({ q: text })}`;
    link.textContent = s.fullText.replace('{query}', text);

    pager.replaceChildren();
    if (lastPage > 1) {
      const prev = el('button', 'rounded border border-slate-300 bg-white px-3 py-1', s.prev);
      prev.type = 'button';
      prev.disabled = state.page === 1;
      prev.addEventListener('click', () => go({ page: state.page - 1 }));
      const next = el('button', 'rounded border border-slate-300 bg-white px-3 py-1', s.next);
      next.type = 'button';
      next.disabled = state.page === lastPage;
      next.addEventListener('click', () => go({ page: state.page + 1 }));
      pager.append(
        prev,
        el('span', 'meta', s.pageStatus.replace('{current}', String(state.page)).replace('{last}', String(lastPage))),
        next,
      );
    }
  }

  function go(change: Partial<State>, push = true): void {
    state = { ...state, ...change };
    writeState(state, config, push);
    void render();
  }

  facets.addEventListener('change', (e) => {
    const box = e.target as HTMLInputElement;
    const current = new Set(state.selected[box.name] ?? []);
    if (box.checked) current.add(box.value);
    else current.delete(box.value);
    const group = config.groups.find((g) => g.name === box.name)!;
    go({ selected: { ...state.selected, [box.name]: group.values.map((v) => v.id).filter((id) => current.has(id)) }, page: 1 });
  });
  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(
      () =>
        go(
          {
            q: input.value,
            page: 1,
            sort: input.value
              ? state.sort === 'name' && !state.q
                ? 'relevance'
                : state.sort
              : state.sort === 'relevance'
                ? 'name'
                : state.sort,
          },
          false,
        ),
      250,
    );
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(typing);
    go({ q: input.value, page: 1 });
  });
  sortSelect.addEventListener('change', () => go({ sort: sortSelect.value as State['sort'], page: 1 }));
  for (const c of clears)
    c.addEventListener('click', () => {
      go({ q: '', selected: {}, sort: 'name', page: 1 });
      if (!c.closest('dialog')) input.focus();
    });
  window.addEventListener('popstate', () => {
    state = readState(config);
    void render();
  });
  // Someone reaching for a filter or the search box is about to need the index (and, typing, the names): fetch them now.
  const warm = () => void files.json('index').catch(() => undefined);
  root.addEventListener('focusin', warm, { once: true });
  root.addEventListener('pointerdown', warm, { once: true });
  input.addEventListener('focus', () => void files.json('names').catch(() => undefined), { once: true });

  carryStateToLanguageLinks();
  if (isDefault(state)) {
    showTotal(config.total);
    facetGroups.draw(state.selected, (name) => config.counts[name] ?? {}, false);
  } else {
    await render();
  }
}
