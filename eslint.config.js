// Lint rules: JavaScript and TypeScript recommended sets, Astro's recommended
// set and its accessibility checks, the layers of src/ (docs/architecture.md),
// and a size limit on source files.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

/**
 * The layers of src/, as docs/architecture.md draws them: each folder names the
 * folders it may not import, whether through the `~/` alias or a relative path.
 * Code the browser also runs (`shared`, `scripts`) stays free of Node and of
 * Astro's modules; the validator (`lib/validation`) of Astro's, so that
 * `npm run validate` runs without Astro. More specific folders come after the
 * folders that hold them: for one file, the last matching entry wins.
 */
export const LAYERS = [
  { folder: 'shared', above: ['schemas', 'lib', 'integrations', 'components', 'layouts', 'pages', 'scripts'], browser: true },
  { folder: 'schemas', above: ['lib', 'integrations', 'components', 'layouts', 'pages', 'scripts'], noAstro: true },
  { folder: 'lib', above: ['integrations', 'components', 'layouts', 'pages', 'scripts'] },
  {
    folder: 'lib/validation',
    above: ['integrations', 'components', 'layouts', 'pages', 'scripts'],
    noAstro: true,
    // Of the rest of lib, only what runs without Astro: where the content is and the settings.
    libAllowed: ['validation', 'content-files', 'settings'],
  },
  { folder: 'integrations', above: ['components', 'layouts', 'pages', 'scripts'] },
  { folder: 'components', above: ['layouts', 'pages', 'integrations'] },
  { folder: 'layouts', above: ['pages', 'integrations'] },
  { folder: 'pages', above: ['integrations'] },
  { folder: 'scripts', above: ['schemas', 'lib', 'integrations', 'components', 'layouts', 'pages'], browser: true },
];

const folderPatterns = (folder) => [`~/${folder}`, `~/${folder}/**`, `../${folder}`, `../${folder}/**`, `../../${folder}/**`];

function layerRule({ folder, above, browser, noAstro, libAllowed }) {
  const patterns = above.map((name) => ({
    group: folderPatterns(name),
    message: `src/${folder} is below src/${name} in the layers (docs/architecture.md) and may not import it.`,
  }));
  if (libAllowed) {
    patterns.push({
      group: ['~/lib/**', ...libAllowed.flatMap((name) => [`!~/lib/${name}`, `!~/lib/${name}/**`])],
      message: `src/${folder} may import from src/lib only ${libAllowed.map((name) => `lib/${name}`).join(', ')}.`,
    });
  }
  if (browser || noAstro) {
    patterns.push({
      group: ['astro:*'],
      message: `src/${folder} runs without Astro (${browser ? 'in the browser' : 'npm run validate'}): no astro: module.`,
    });
  }
  if (browser) {
    patterns.push({ group: ['node:*'], message: `src/${folder} runs in the browser: no Node module.` });
  }
  return {
    files: [`src/${folder}/**/*.{ts,astro,mjs,js}`],
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  };
}

export default [
  { ignores: ['dist/', '**/.astro/', 'node_modules/', 'tests/fixtures/', 'tests/content/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  ...astro.configs['jsx-a11y-recommended'],
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Unused names starting with _ are deliberate (destructuring away a field).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  // A source file past 300 lines holds more than one thing: split it along its seams.
  { files: ['src/**/*.{ts,astro,mjs,js}'], rules: { 'max-lines': ['error', { max: 300, skipBlankLines: false, skipComments: false }] } },
  ...LAYERS.map(layerRule),
];
