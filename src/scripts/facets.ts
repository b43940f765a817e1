/**
 * The directory's filter groups: a checkbox per value with the number of
 * professors it would give. Values that would give none are left out, unless
 * ticked, or unless nothing matches at all (then every value stays, so the
 * groups never go blank). Every value is shown in full: no inner scroll box
 * cuts one in half, and a long label or legend wraps.
 */
import { el } from './dom';

export interface FacetGroup {
  name: string;
  label: string;
  values: { id: string; label: string }[];
}

export function facetDrawer(facets: HTMLElement, groups: readonly FacetGroup[]) {
  function draw(selected: Record<string, string[]>, countsOf: (group: string) => Record<string, number>, keepEmpty: boolean): void {
    // Redrawing must not lose keyboard focus on the checkbox just used.
    const active = document.activeElement;
    const focused = active instanceof HTMLElement && facets.contains(active) ? (active.dataset.focusKey ?? '') : '';
    facets.replaceChildren(
      ...groups.map((g) => {
        const counts = countsOf(g.name);
        const fieldset = el('fieldset', 'card min-w-0');
        fieldset.append(el('legend', 'max-w-full px-1 font-semibold break-words', g.label));
        const options = el('div', 'mt-1 space-y-1');
        const shown = g.values.filter((v) => (counts[v.id] ?? 0) > 0 || keepEmpty || selected[g.name]?.includes(v.id));
        for (const v of shown) {
          const checked = selected[g.name]?.includes(v.id) ?? false;
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
        }
        fieldset.append(options);
        return fieldset;
      }),
    );
    if (focused) facets.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(focused)}"]`)?.focus();
  }
  return { draw };
}
