// The web manifest: the site's name (content/site.yaml) and icons, for a browser that installs or pins the site.
import type { APIRoute } from 'astro';
import { siteContent } from '~/lib/content';
import { webManifest } from '~/lib/icons';
import { BASE } from '~/lib/paths';

export const GET: APIRoute = async () => {
  const { site } = await siteContent();
  const manifest = webManifest(site.title.en, site.tagline.en, BASE, 'en');
  return new Response(JSON.stringify(manifest, null, 2) + '\n', { headers: { 'Content-Type': 'application/manifest+json' } });
};
