/**
 * The browser editor at /admin/: Decap CMS from npm, with a configuration
 * generated from the schemas (decap.ts) and the content's own short lists.
 * The integration in src/integrations/admin.ts writes it into the built site
 * and serves it from `astro dev`. The page is kept out of search, the sitemap and robots.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { contentDir, settings, type Settings } from '~/lib/settings';
import { readContentTree } from '~/lib/validation/read';
import { decapConfig, decapConfigYaml, saveRules, type Choices } from './decap';

const require = createRequire(import.meta.url);

/** Folder of Decap's prebuilt browser bundle: the main script, its lazy chunks and wasm files. */
export function decapDist(): string {
  return dirname(require.resolve('decap-cms/dist/decap-cms.js'));
}

export function bundleFiles(): string[] {
  return readdirSync(decapDist()).filter((f) => /(^|\.)decap-cms\.js$|\.wasm$/.test(f));
}

/**
 * The site's own script for the editor page (editor-page.ts with form-data.ts and the
 * `yaml` package), bundled for the browser, with what its check before saving needs
 * to know of the form.
 */
export function editorScript(): string {
  const config = decapConfig({
    repo: 'o/r',
    branch: 'main',
    siteUrl: 'https://example.org/',
    choices: { countries: [], programmes: [], fields: [] },
  });
  const result = buildSync({
    entryPoints: [fileURLToPath(new URL('./editor-page.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: 'es2020',
    platform: 'browser',
    define: { SAVE_RULES: JSON.stringify(saveRules(config, examples())) },
    legalComments: 'none',
  });
  return result.outputFiles[0]!.text;
}

/** The page itself: no site styles, no indexing; Decap draws everything. */
export const ADMIN_HTML = `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex, nofollow" />
    <title>Content editor · Visiting Professors</title>
  </head>
  <body>
    <script src="decap-cms.js"></script>
    <script src="editor.js"></script>
  </body>
</html>
`;

/** The GitHub repository the editor saves to: GITHUB_REPOSITORY (set in GitHub Actions), else the `origin` remote. */
export function repository(env: Pick<Settings, 'GITHUB_REPOSITORY'> = settings): string {
  if (env.GITHUB_REPOSITORY) return env.GITHUB_REPOSITORY;
  try {
    const url = execFileSync('git', ['remote', 'get-url', 'origin'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const m = /github\.com[:/]([^/]+\/[^/]+?)(?:\.git)?$/.exec(url);
    if (m) return m[1]!;
  } catch {
    // no git or no remote: fall through
  }
  return 'OWNER/REPOSITORY';
}

/**
 * The invented example institutions (id → English name), which real entries may not refer to: the
 * lists the form offers most. Other example entries are left to the checks on the pull request,
 * so that a large site does not read every professor to build its editor.
 */
export function examples(dir = contentDir()): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const f of readContentTree(dir, ['institutions']).files) {
    const data = f.data as { example?: boolean; name?: string | { en?: string }; title?: { en?: string } };
    if (data.example !== true) continue;
    const name = typeof data.name === 'string' ? data.name : (data.name?.en ?? data.title?.en ?? f.id);
    (out[f.collection] ??= {})[f.id] = name;
  }
  return out;
}

/** Countries, programmes and fields as the form's choice lists, in English with their Russian and Kazakh names. */
export function choices(dir = contentDir()): Choices {
  const out: Choices = { countries: [], programmes: [], fields: [] };
  for (const f of readContentTree(dir, ['countries', 'programmes', 'fields']).files) {
    const data = f.data as { name?: { en?: string; ru?: string; kk?: string }; label?: { en?: string; ru?: string; kk?: string } };
    // The Russian and Kazakh names are part of the label, so that typing "Болг" finds Bulgaria.
    const names = (v?: { en?: string; ru?: string; kk?: string }) =>
      [...new Set([v?.en ?? f.id, v?.ru, v?.kk].filter(Boolean))].join(' · ');
    if (f.collection === 'countries') out.countries!.push({ value: f.id, label: `${names(data.name)} (${f.id})` });
    if (f.collection === 'programmes') out.programmes!.push({ value: f.id, label: names(data.name) });
    if (f.collection === 'fields') out.fields!.push({ value: f.id, label: names(data.label) });
  }
  for (const list of Object.values(out)) list!.sort((a, b) => a.label.localeCompare(b.label, 'en'));
  return out;
}

export function adminConfig(site: string): string {
  return decapConfigYaml({ repo: repository(), branch: 'main', siteUrl: site, choices: choices(), authUrl: settings.DECAP_AUTH_URL });
}
