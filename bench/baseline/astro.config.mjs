// The baseline for benchmarks: a bare Astro site over the same professor files,
// one minimal page per professor per language, no styles, no validation.
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://example.org',
  outDir: process.env.OUT_DIR ?? './dist',
});
