// The site (content.config.ts) and `npm run validate` name entries by one rule, from one content folder.
import { cpSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { contentDir, entryId, entryPattern } from '~/lib/content-files';
import { readSettings } from '~/lib/settings';
import { readContentTree } from '~/lib/validation/read';
import { COLLECTIONS, collections } from '~/schemas/index';
import { materialise } from '../../helpers/content-cases';

describe('content files and entry ids', () => {
  it('reads the content folder from CONTENT_DIR, else ./content', () => {
    expect(contentDir(readSettings({}), '/srv/site')).toBe(resolve('/srv/site/content'));
    expect(contentDir(readSettings({ CONTENT_DIR: '/data/content' }), '/srv/site')).toBe('/data/content');
  });

  it('names an entry by its file name in lower case, wherever it sits in its folder; a page also by its language', () => {
    expect(entryId('professors', 'anna-novak.md')).toBe('anna-novak');
    expect(entryId('professors', 'archive/Anna-Novak.md')).toBe('anna-novak');
    expect(entryId('countries', 'cz.yaml')).toBe('cz');
    expect(entryId('pages', 'kk/About.mdx')).toBe('kk/about');
  });

  it('gives the validator the same ids, so a professor moved into a sub-folder keeps its address', () => {
    const { dir, cleanup } = materialise(null);
    try {
      const before = readContentTree(dir);
      for (const [name, spec] of collections()) {
        if (spec.format === 'list') continue;
        const file = before.files.find((f) => f.collection === name);
        expect(file, name).toBeDefined();
        const relative = file!.path.slice(join(dir, spec.path).length + 1);
        expect(file!.id, name).toBe(entryId(name, relative));
      }
      const professor = before.files.find((f) => f.collection === 'professors')!;
      mkdirSync(join(dir, 'professors', 'archive'));
      cpSync(professor.path, join(dir, 'professors', 'archive', 'moved.md'));
      const after = readContentTree(dir).files.filter((f) => f.collection === 'professors');
      expect(after.map((f) => f.id)).toContain('moved');
    } finally {
      cleanup();
    }
  });

  it('gives Astro a pattern that its dev-server watcher matches for every entry file, so a saved file is reloaded', () => {
    // The matcher Astro's glob loader uses for files that change while `astro dev` runs.
    const picomatch = createRequire(import.meta.url)('picomatch') as { isMatch: (s: string, p: string[]) => boolean };
    const root = join(import.meta.dirname, '../../../content');
    const files = readContentTree(root).files.filter((f) => f.collection !== 'fields' && f.collection !== 'site');
    expect(files.length).toBeGreaterThan(50);
    for (const f of files) {
      const collection = f.collection as Exclude<(typeof f)['collection'], 'fields' | 'site'>;
      const entry = f.path
        .slice(join(root, COLLECTIONS[collection].path).length + 1)
        .split('\\')
        .join('/');
      expect(picomatch.isMatch(entry, [entryPattern(collection)]), `${collection}: ${entry}`).toBe(true);
    }
    expect(picomatch.isMatch('_draft-notes.md', [entryPattern('professors')])).toBe(false);
    expect(picomatch.isMatch('en/_hidden.md', [entryPattern('pages')])).toBe(false);
  });
});
