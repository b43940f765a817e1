/**
 * Decap keeps the open entry's form when the address changes to another entry
 * (typed into the address bar, or a link from elsewhere): the address says B,
 * the form still holds A, and saving saves A. The editor page loads again for
 * such a change, so the form always shows the entry in the address. Decap's own
 * moves (a new entry saved and shown under its name, a copy opened as new) are
 * left alone. Unsaved changes are safe: Decap asks before the page is left.
 */

/** The entry a hash route opens: `#/collections/professors/entries/anna-novak` → `professors/anna-novak`. */
export function entryOf(hash: string): string | undefined {
  const m = /^#\/collections\/([^/?#]+)\/entries\/([^?#]+)/.exec(hash);
  return m ? `${m[1]}/${decodeURIComponent(m[2]!)}` : undefined;
}

/** Whether going from one address to the other must load the page again. */
export function needsReload(oldHash: string, newHash: string): boolean {
  const from = entryOf(oldHash);
  const to = entryOf(newHash);
  return from !== undefined && to !== undefined && from !== to;
}

/** Loads the page again when the address moves from one entry straight to another. */
export function reloadOnEntryChange(win: Pick<Window, 'addEventListener' | 'location'>): void {
  win.addEventListener('hashchange', (event) => {
    const { oldURL, newURL } = event as HashChangeEvent;
    if (needsReload(new URL(oldURL).hash, new URL(newURL).hash)) win.location.reload();
  });
}
