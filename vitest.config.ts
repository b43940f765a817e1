/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import './scripts/lib/node-version.ts';

/** Tests that read the built site (dist/) or drive it in a browser. */
const SITE_TESTS = ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'];

// Astro's Vite config, so code under test can import Astro's modules (astro:i18n).
// `vitest run --project unit` runs everything that needs no build, in seconds.
export default getViteConfig({
  test: {
    // Build tests run `astro build`; give them room on a 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 300_000,
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: SITE_TESTS } },
      {
        extends: true,
        // Builds the site once (at / and under a sub-path) for the tests over dist/.
        test: { name: 'site', include: SITE_TESTS, globalSetup: ['tests/build/global-setup.ts'] },
      },
    ],
  },
});
