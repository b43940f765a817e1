/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import './scripts/lib/node-version.ts';

// Astro's Vite config, so code under test can import Astro's modules (astro:i18n).
export default getViteConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds the site once (at / and under a sub-path) for the tests over dist/.
    globalSetup: ['tests/build/global-setup.ts'],
    // Build tests run `astro build`; give them room on a 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 300_000,
    pool: 'forks',
  },
});
