/**
 * The directory's filters on phones and tablets (below 1024 px): a button
 * beside the count opens them in a dialog over the list; its sticky button
 * says how many professors the chosen filters give, closes the dialog and
 * moves focus to the results. On wide screens the same filters stay in the
 * sidebar: the one filter list moves between the two places.
 */
const WIDE = '(min-width: 1024px)';

export interface FilterPanel {
  /** The label of the panel's "Show N professors" button. */
  setShowLabel: (text: string) => void;
}

export function filterPanel(root: HTMLElement, facets: HTMLElement, results: HTMLElement): FilterPanel | undefined {
  const dialog = root.querySelector<HTMLDialogElement>('[data-filters-panel]');
  const opener = root.querySelector<HTMLButtonElement>('[data-filters-open]');
  const home = root.querySelector<HTMLElement>('[data-facets-home]');
  const slot = root.querySelector<HTMLElement>('[data-facets-panel]');
  const show = root.querySelector<HTMLButtonElement>('[data-filters-show]');
  if (!dialog || !opener || !home || !slot || !show) return undefined;

  const wide = window.matchMedia(WIDE);
  opener.addEventListener('click', () => {
    slot.append(facets);
    dialog.showModal();
    facets.querySelector<HTMLInputElement>('input')?.focus();
  });
  // Escape, the close button and "Show N" all close it; the filters go back to the sidebar.
  dialog.addEventListener('close', () => {
    home.append(facets);
    if (dialog.returnValue === 'show') results.focus();
    else opener.focus();
    dialog.returnValue = '';
  });
  root.querySelector('[data-filters-close]')?.addEventListener('click', () => dialog.close());
  show.addEventListener('click', () => dialog.close('show'));
  // A tablet turned sideways past the breakpoint shows the sidebar instead.
  wide.addEventListener('change', () => {
    if (wide.matches && dialog.open) dialog.close();
  });
  return { setShowLabel: (text) => (show.textContent = text) };
}
