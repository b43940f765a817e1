/**
 * Link-preview images: a route lists which cached image each preview is
 * (src/lib/og.ts draws them), and after the build each file is linked into
 * place (src/lib/og-files.ts).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { IMAGES_LIST, linkOgImages } from '~/lib/og-files';

export function ogImages(): AstroIntegration {
  return {
    name: 'og-images',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        injectRoute({ pattern: `/${IMAGES_LIST}`, entrypoint: './src/integrations/og-images/route.ts', prerender: true });
      },
      'astro:build:done': ({ dir, logger }) => {
        const count = linkOgImages(fileURLToPath(dir));
        logger.info(`${count} link-preview images in place`);
      },
    },
  };
}
