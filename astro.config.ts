import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwind from '@astrojs/tailwind';
import { contentValidation } from './src/lib/validation/integration';

// SITE_URL and BASE_PATH let the same code publish at a domain root or under
// a sub-path (e.g. a GitHub Pages project site).
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://atu-visiting-professors.example.org',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  i18n: {
    locales: ['en', 'ru', 'kk'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [contentValidation(), mdx(), tailwind({ applyBaseStyles: true })],
});
