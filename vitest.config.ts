import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Build tests run `astro build`; give them room on a 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 300_000,
    pool: 'forks',
    reporters: process.env.CI ? ['default'] : ['default'],
  },
});
