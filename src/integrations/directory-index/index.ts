/**
 * The directory's data files, /directory/<locale>/<file>.json, which the
 * directory page loads in the browser (src/lib/directory-index.ts builds them).
 */
import type { AstroIntegration } from 'astro';

export function directoryIndex(): AstroIntegration {
  return {
    name: 'directory-index',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        injectRoute({
          pattern: '/directory/[locale]/[file].json',
          entrypoint: './src/integrations/directory-index/route.ts',
          prerender: true,
        });
      },
    },
  };
}
