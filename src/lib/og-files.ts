/**
 * Puts the link-preview images into the built site. They are drawn once into
 * a cache (src/lib/og.ts), and a build lists which cached file each image is
 * (/og/images.json); after the build (src/integrations/og-images.ts) each file
 * is linked into place and the list removed. Linking costs no copy, and a routine build with
 * every image cached does not pass 12,000 PNGs through Astro's pages.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { linkOrCopy } from './link-files';

export const IMAGES_LIST = 'og/images.json';

export function linkOgImages(dist: string): number {
  const list = join(dist, IMAGES_LIST);
  const files = JSON.parse(readFileSync(list, 'utf8')) as Record<string, string>;
  for (const [path, cached] of Object.entries(files)) linkOrCopy(cached, join(dist, 'og', path));
  rmSync(list);
  return Object.keys(files).length;
}
