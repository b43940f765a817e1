// The editor page loads again when its address moves from one entry straight to another,
// so the form never shows one entry under another's address (src/lib/editing/entry-route.ts).
import { describe, expect, it } from 'vitest';
import { entryOf, needsReload } from '~/lib/editing/entry-route';

const entry = (slug: string, collection = 'professors') => `#/collections/${collection}/entries/${slug}`;

describe('moving between entries in the editor', () => {
  it('names the entry an address opens', () => {
    expect(entryOf(entry('anna-novak'))).toBe('professors/anna-novak');
    expect(entryOf('#/collections/professors/new')).toBeUndefined();
    expect(entryOf('#/collections/professors')).toBeUndefined();
  });

  it('loads the page again from one entry to another, of the same or another collection', () => {
    expect(needsReload(entry('lukasz-wrobel'), entry('aibek-toktosunov'))).toBe(true);
    expect(needsReload(entry('lukasz-wrobel'), entry('almaty-technological-university', 'institutions'))).toBe(true);
  });

  it('leaves Decap’s own moves alone: a saved new entry shown under its name, the list, a copy, the same entry', () => {
    expect(needsReload('#/collections/professors/new', entry('anna-novak'))).toBe(false);
    expect(needsReload(entry('anna-novak'), '#/collections/professors')).toBe(false);
    expect(needsReload(entry('anna-novak'), '#/collections/professors/new?duplicate=true')).toBe(false);
    expect(needsReload(entry('anna-novak'), `${entry('anna-novak')}?ref=workflow`)).toBe(false);
  });
});
