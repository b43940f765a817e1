/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import './scripts/lib/node-version.ts';

// Astro's Vite config, so code under test can import Astro's modules (astro:i18n).
// Three projects, each with its own script (`npm run test:unit`, `test:build`, `test:e2e`; `npm test` runs all three):
// `unit` never builds the site and takes well under a minute (tests/unit, tests/content, tests/cli: the CLIs
// are run on content trees, never built); `build` reads the built site and builds trees of its own (including
// what `npm run new` writes); `e2e` drives the built site in Chromium. The two builds of the seed site that
// `build` and `e2e` read are made once per run, shared by both projects (tests/build/global-setup.ts).
const SITE_BUILDS = ['tests/build/global-setup.ts'];
export default getViteConfig({
  test: {
    // Build tests run `astro build`; give them room on a 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 300_000,
    pool: 'forks',
    // Two files at a time: much of a browser test is waiting (pages, network idle), so the machine's
    // two cores are better used by two files than by one (Vitest's default here is cores - 1).
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/build/**', 'tests/e2e/**'] } },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'], globalSetup: SITE_BUILDS } },
      { extends: true, test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], globalSetup: SITE_BUILDS } },
    ],
  },
});
