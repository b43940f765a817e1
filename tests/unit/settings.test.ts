// The settings module: every environment variable with its default, bad values refused by name,
// and the README's settings table in step with it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SETTINGS, readSettings } from '~/lib/settings';
import { ROOT } from '../helpers/run';

describe('settings', () => {
  it('has a default for every variable when the environment sets none', () => {
    const s = readSettings({});
    expect(s.SITE_URL).toMatch(/^https:\/\//);
    expect(s.BASE_PATH).toBe('/');
    expect(s.OUT_DIR).toBe('dist');
    expect(s.CONTENT_DIR).toBe('content');
    expect(s.BUILD_DATE).toBe(new Date().toISOString().slice(0, 10));
    expect(s.INCREMENTAL_BUILD).toBe(true);
    expect([...s.ASTRO_EXPERIMENTS]).toEqual([]);
    expect(s.DECAP_AUTH_URL).toBeUndefined();
    expect(s.GITHUB_REPOSITORY).toBeUndefined();
    expect(s.CACHE_DIR).toBe('node_modules/.astro');
  });

  it('takes the values the environment sets, and keeps the caches beside another output folder', () => {
    const s = readSettings({
      SITE_URL: 'https://example.org',
      BASE_PATH: '/showcase/',
      OUT_DIR: '/tmp/x/dist/',
      BUILD_DATE: '2024-02-29',
      INCREMENTAL_BUILD: '0',
      ASTRO_EXPERIMENTS: 'chunked',
      GITHUB_REPOSITORY: 'atu/site',
    });
    expect(s).toMatchObject({ SITE_URL: 'https://example.org', BASE_PATH: '/showcase/', BUILD_DATE: '2024-02-29' });
    expect(s.INCREMENTAL_BUILD).toBe(false);
    expect(s.ASTRO_EXPERIMENTS.has('chunked')).toBe(true);
    expect(s.GITHUB_REPOSITORY).toBe('atu/site');
    expect(s.CACHE_DIR).toBe('/tmp/x/dist.cache');
  });

  it.each([
    ['BUILD_DATE', '25.11.2026'],
    ['BUILD_DATE', '2026-02-30'],
    ['BASE_PATH', 'showcase/'],
    ['SITE_URL', 'example.org'],
    ['INCREMENTAL_BUILD', 'no'],
    ['ASTRO_EXPERIMENTS', 'chunkd'],
  ])('refuses %s=%s with a message naming the variable and the value', (name, value) => {
    expect(() => readSettings({ [name]: value })).toThrow(new RegExp(`^${name} .*"${value}"`));
  });
});

describe("README's settings table", () => {
  it('lists exactly the variables of src/lib/settings.ts, with the same defaults and descriptions', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const rows = [...readme.matchAll(/^\| `([A-Z_]+)` \| (.*?) \| (.*?) \|$/gm)].map(([, name, shown, description]) => ({
      name,
      shown,
      description,
    }));
    expect(rows).toEqual(Object.entries(SETTINGS).map(([name, s]) => ({ name, shown: s.shown, description: s.description })));
  });
});
