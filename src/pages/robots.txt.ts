import type { APIRoute } from 'astro';
import { assetPath } from '~/lib/paths';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(assetPath('sitemap-index.xml'), site).href;
  // The content editor is for editors, not for search engines.
  return new Response(`User-agent: *\nAllow: /\nDisallow: ${assetPath('admin/')}\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
