// The site (content.config.ts) and `npm run validate` name entries by one rule, from one content folder.
import { cpSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDir, entryId } from '~/lib/content-files';
import { readSettings } from '~/lib/settings';
import { readContentTree } from '~/lib/validation/read';
import { collections } from '~/schemas/index';
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
});
