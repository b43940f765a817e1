import { defineConfig } from 'vitest/config';
import './scripts/lib/node-version.ts';

export default defineConfig({
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
