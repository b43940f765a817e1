// One term per concept: no UI string, prose page or content entry uses a variant the glossary lists under `avoid`.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { avoidedIn, glossary } from '../../helpers/glossary';
import { ROOT } from '../../helpers/run';

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.(md|mdx|ya?ml|json)$/.test(d.name))
    .map((d) => relative(ROOT, join(d.parentPath, d.name)));
}

describe('glossary', () => {
  it('lists each concept once, with en, ru and kk', () => {
    expect(new Set(glossary.map((t) => t.concept)).size).toBe(glossary.length);
    for (const t of glossary) for (const l of ['en', 'ru', 'kk'] as const) expect(t[l], `${t.concept} ${l}`).toBeTruthy();
  });

  it('finds a listed variant when a text uses it (the check can fail)', () => {
    expect(avoidedIn('x', 'Еуропалық одақ қаржыландырады', ['kk'])).toHaveLength(1);
  });

  it('UI strings use no avoided variant', () => {
    const found = (['en', 'ru', 'kk'] as const).flatMap((l) =>
      avoidedIn(`src/i18n/${l}.json`, readFileSync(join(ROOT, `src/i18n/${l}.json`), 'utf8'), [l]),
    );
    expect(found).toEqual([]);
  });

  it('prose pages use no avoided variant', () => {
    const found = files('content/pages').flatMap((f) =>
      avoidedIn(f, readFileSync(join(ROOT, f), 'utf8'), [f.split('/')[2] as 'en' | 'ru' | 'kk']),
    );
    expect(found).toEqual([]);
  });

  it('content entries use no avoided variant', () => {
    const found = files('content')
      .filter((f) => !f.startsWith('content/pages/'))
      .flatMap((f) => avoidedIn(f, readFileSync(join(ROOT, f), 'utf8'), ['ru', 'kk']));
    expect(found).toEqual([]);
  });
});
