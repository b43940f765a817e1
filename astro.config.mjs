// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { editorAdmin } from './src/integrations/admin';
import { contentValidation } from './src/integrations/content-validation';
import { directoryIndex } from './src/integrations/directory-index/index';
import { ogImages } from './src/integrations/og-images/index';
import { searchIndex } from './src/integrations/search-index';
import { chunkedStore, incrementalBuild } from './src/lib/experiments';
import { rehypePlugins } from './src/lib/markdown';
import { contentDir, settings } from './src/lib/settings';

// Every environment variable is read and checked in src/lib/settings.ts. SITE_URL and BASE_PATH let
// the same code publish at a domain root or under a sub-path (e.g. a GitHub Pages project site).
const site = settings.SITE_URL;
const base = settings.BASE_PATH;
const languageChooser = new URL(base.replace(/\/?$/, '/'), site).href;

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Astro 7's default ('jsx') drops a line break between text and a tag, e.g. "Innsbruck,<a>Austria</a>";
  // lossless compression keeps every space a reader sees.
  compressHTML: true,
  outDir: settings.OUT_DIR,
  // A build into its own folder keeps its own content store and image cache beside it,
  // so builds of different content folders can run at the same time.
  cacheDir: settings.CACHE_DIR,
  i18n: {
    locales: ['en', 'ru', 'kk'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  security: {
    // A Content-Security-Policy <meta> on every page, with hashes of every script and style Astro emits.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        'upgrade-insecure-requests',
      ],
      // Pagefind's search runs as WebAssembly.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  // Prose has no code to colour; Shiki's inline styles would also need a CSP exception.
  markdown: { syntaxHighlight: false, processor: unified({ rehypePlugins }) },
  // A routine build copies unchanged profiles from the cache (INCREMENTAL_BUILD=0 turns it off); the
  // chunked content store switches on for very large content folders (src/lib/experiments.ts).
  experimental: {
    incrementalBuild,
    ...(chunkedStore(contentDir()) ? { collectionStorage: 'chunked' } : {}),
  },
  vite: { plugins: [tailwindcss()] },
  integrations: [
    contentValidation(),
    editorAdmin(),
    ogImages(),
    directoryIndex(),
    mdx(),
    sitemap({
      i18n: { defaultLocale: 'en', locales: { en: 'en', ru: 'ru', kk: 'kk' } },
      // The language chooser and the not-found pages are not content.
      filter: (page) => page !== languageChooser && !page.endsWith('/404/'),
      // Every page was built from the content as of the build date (BUILD_DATE, or today), so a
      // rebuild from the same content on the same date gives the same file.
      lastmod: new Date(`${settings.BUILD_DATE}T00:00:00Z`),
      // As the pages say in their head: the English page stands for a language the site does not have.
      serialize: (item) => {
        const en = item.links?.find((l) => l.lang === 'en');
        return en ? { ...item, links: [...(item.links ?? []), { lang: 'x-default', url: en.url }] } : item;
      },
    }),
    // Last: it reads the finished pages.
    searchIndex(),
  ],
});
