/**
 * The directory's filter groups: a checkbox per value with the number of
 * professors it would give. Values that would give none are left out, unless
 * ticked, or unless nothing matches at all (then every value stays, so the
 * groups never go blank). A long group shows its first values and a button
 * for the rest; no inner scroll box cuts a value in half.
 */
import { el, pluralize } from './dom';

export interface FacetGroup {
  name: string;
  label: string;
  values: { id: string; label: string }[];
}

export interface FacetStrings {
  /** Plural forms of "Show all {n}". */
  moreValues: Record<string, string>;
  fewerValues: string;
}

/** Groups longer than this show their first SHORT values until asked for the rest. */
const LONG = 10;
const SHORT = 8;

export function facetDrawer(facets: HTMLElement, groups: readonly FacetGroup[], locale: string, strings: FacetStrings) {
  const expanded = new Set<string>();

  function draw(selected: Record<string, string[]>, countsOf: (group: string) => Record<string, number>, keepEmpty: boolean): void {
    // Redrawing must not lose keyboard focus on the checkbox or button just used.
    const active = document.activeElement;
    const focused = active instanceof HTMLElement && facets.contains(active) ? (active.dataset.focusKey ?? '') : '';
    facets.replaceChildren(
      ...groups.map((g) => {
        const counts = countsOf(g.name);
        const fieldset = el('fieldset', 'card min-w-0');
        fieldset.append(el('legend', 'max-w-full px-1 font-semibold break-words', g.label));
        const options = el('div', 'mt-1 space-y-1');
        const shown = g.values.filter((v) => (counts[v.id] ?? 0) > 0 || keepEmpty || selected[g.name]?.includes(v.id));
        const long = shown.length > LONG && !expanded.has(g.name);
        shown.forEach((v, i) => {
          const checked = selected[g.name]?.includes(v.id) ?? false;
          if (long && i >= SHORT && !checked) return;
          const label = el('label', 'flex cursor-pointer items-baseline gap-2 text-sm');
          const box = el('input');
          box.type = 'checkbox';
          box.name = g.name;
          box.value = v.id;
          box.checked = checked;
          box.dataset.focusKey = `${g.name}=${v.id}`;
          box.className = 'h-4 w-4 shrink-0 accent-sky-800';
          label.append(box, el('span', 'min-w-0 break-words', v.label), el('span', 'ml-auto text-slate-600', String(counts[v.id] ?? 0)));
          options.append(label);
        });
        fieldset.append(options);
        if (shown.length > LONG) {
          const toggle = el(
            'button',
            'mt-1 text-sm text-sky-800 underline',
            expanded.has(g.name) ? strings.fewerValues : pluralize(locale, strings.moreValues, shown.length),
          );
          toggle.type = 'button';
          toggle.dataset.focusKey = `${g.name}:more`;
          toggle.setAttribute('aria-expanded', String(expanded.has(g.name)));
          toggle.addEventListener('click', () => {
            if (expanded.has(g.name)) expanded.delete(g.name);
            else expanded.add(g.name);
            draw(selected, countsOf, keepEmpty);
          });
          fieldset.append(toggle);
        }
        return fieldset;
      }),
    );
    if (focused) facets.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(focused)}"]`)?.focus();
  }
  return { draw };
}
