// The baseline for benchmarks: a bare Astro site over the same professor files,
// one minimal page per professor per language, no styles, no validation.
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://example.org',
  outDir: process.env.OUT_DIR ?? './dist',
  // Caches beside the output, as the site keeps them, so a cold build can clear both the same way.
  ...(process.env.OUT_DIR ? { cacheDir: `${process.env.OUT_DIR.replace(/\/$/, '')}.cache` } : {}),
});
