/**
 * The search page: full text over the page's language, results grouped by
 * type with a count for each, excerpts with the matched words highlighted.
 * `?q=` and `?type=` keep the state in the URL.
 */
import { normalizeQuery, skeletonQuery } from '~/lib/normalize';
import { el, pluralize } from './dom';
import { loadPagefind, type PagefindResultData } from './pagefind';

interface Config {
  locale: string;
  base: string;
  types: { id: string; label: string }[];
  strings: Record<string, string>;
  resultForms: Record<string, string>;
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
