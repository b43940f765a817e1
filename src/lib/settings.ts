/**
 * Every environment variable the site's build and tools read, in one table:
 * name, what it does, its default, and how its value is checked. Other files
 * read the typed values (`settings`), never `process.env`. The README's
 * settings table lists the same names and defaults (tests/unit/settings.test.ts).
 */
import { resolve } from 'node:path';

interface Setting<T> {
  description: string;
  /** The default as the README's settings table writes it (Markdown). */
  shown: string;
  /** Turns the raw value (undefined or '' when unset) into the typed one, or throws a message. */
  read: (raw: string | undefined) => T;
}

/** A setting whose value is `raw` when set and not empty, else `fallback`. */
const text = (fallback: string) => (raw: string | undefined) => (raw ? raw : fallback);

function siteUrl(raw: string | undefined): string {
  const value = raw || 'https://atu-visiting-professors.example.org';
  if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol)) {
    throw new Error(`must be an http(s) address such as https://example.org, not "${value}"`);
  }
  return value;
}

function basePath(raw: string | undefined): string {
  const value = raw || '/';
  if (!value.startsWith('/')) throw new Error(`must start with a slash, e.g. /showcase/, not "${value}"`);
  return value;
}

function buildDate(raw: string | undefined): string {
  if (!raw) return new Date().toISOString().slice(0, 10);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  const date = m ? new Date(`${raw}T00:00:00Z`) : undefined;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== raw) {
    throw new Error(`must be a date written YYYY-MM-DD, e.g. 2026-11-25, not "${raw}"`);
  }
  return raw;
}

function onOff(raw: string | undefined): boolean {
  if (raw === undefined || raw === '' || raw === '1') return true;
  if (raw === '0') return false;
  throw new Error(`must be 0 (off) or 1 (on), not "${raw}"`);
}

const KNOWN_EXPERIMENTS = ['chunked'] as const;
type Experiment = (typeof KNOWN_EXPERIMENTS)[number];

function experiments(raw: string | undefined): ReadonlySet<Experiment> {
  const names = (raw ?? '').split(',').filter(Boolean);
  const unknown = names.filter((n) => !(KNOWN_EXPERIMENTS as readonly string[]).includes(n));
  if (unknown.length) throw new Error(`knows only ${KNOWN_EXPERIMENTS.join(', ')}, not "${unknown.join(', ')}"`);
  return new Set(names as Experiment[]);
}

function optional(raw: string | undefined): string | undefined {
  return raw || undefined;
}

export const SETTINGS = {
  SITE_URL: {
    description: 'The published address, for canonical links, feeds and the sitemap.',
    shown: '`https://atu-visiting-professors.example.org`',
    read: siteUrl,
  },
  BASE_PATH: {
    description: 'The path the site is published under, e.g. `/showcase/` for a GitHub Pages project site.',
    shown: '`/`',
    read: basePath,
  },
  OUT_DIR: {
    description:
      'The folder the site is built into; its caches then live beside it in `OUT_DIR.cache`. Builds of one checkout run one at a time: Astro keeps its working files in the project’s `.astro/`.',
    shown: '`dist`',
    read: text('dist'),
  },
  CONTENT_DIR: {
    description: 'The content folder the site is built and validated from.',
    shown: '`content`',
    read: text('content'),
  },
  BUILD_DATE: {
    description: 'The day (YYYY-MM-DD) "recent" and "coming soon" visits are counted from; rebuild daily to keep them current.',
    shown: 'today',
    read: buildDate,
  },
  INCREMENTAL_BUILD: {
    description: '`0` renders every page and indexes every language for search again, instead of copying unchanged ones from the cache.',
    shown: '`1`',
    read: onOff,
  },
  ASTRO_EXPERIMENTS: {
    description: 'Comma-separated experiments to switch on for one build: `chunked` (the chunked content store).',
    shown: 'none',
    read: experiments,
  },
  DECAP_AUTH_URL: {
    description: 'The address of the GitHub sign-in service the content editor at /admin/ uses.',
    shown: 'none',
    read: optional,
  },
  GITHUB_REPOSITORY: {
    description: 'The GitHub repository (owner/name) the content editor saves to; GitHub Actions sets it.',
    shown: 'the `origin` remote',
    read: optional,
  },
  CHROME_PATH: {
    description: 'The Chromium the browser tests and the bench drive.',
    shown: '`/usr/bin/chromium`',
    read: text('/usr/bin/chromium'),
  },
} satisfies Record<string, Setting<unknown>>;

export type SettingName = keyof typeof SETTINGS;
export type Settings = { readonly [K in SettingName]: ReturnType<(typeof SETTINGS)[K]['read']> } & {
  /** Astro's cache (content store, images, preview images): beside the output folder when OUT_DIR is set, so builds into different folders keep apart; else Astro's default. */
  readonly CACHE_DIR: string;
};

/** Reads and checks every setting from `env`; a bad value throws an error naming its variable. */
export function readSettings(env: Record<string, string | undefined> = process.env): Settings {
  const out: Record<string, unknown> = {};
  for (const [name, setting] of Object.entries(SETTINGS)) {
    try {
      out[name] = setting.read(env[name]);
    } catch (e) {
      throw new Error(`${name} ${(e as Error).message}`, { cause: e });
    }
  }
  out.CACHE_DIR = env.OUT_DIR ? `${env.OUT_DIR.replace(/\/$/, '')}.cache` : 'node_modules/.astro';
  return out as Settings;
}

/** The settings of this process. */
export const settings: Settings = readSettings();

/** The content folder in use, as an absolute path. */
export function contentDir(s: Pick<Settings, 'CONTENT_DIR'> = settings, cwd = process.cwd()): string {
  return resolve(cwd, s.CONTENT_DIR);
}
