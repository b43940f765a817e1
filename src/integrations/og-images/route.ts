// /og/images.json (injected by ./index.ts): link-preview images for /og/professors/<id>.png,
// /og/projects/<id>.png and /og/countries/<id>.png, drawn (or found in the cache) here,
// then linked into the built site after the build, which also removes this list.
import type { APIRoute } from 'astro';
import { siteContent } from '~/lib/content';
import { ogCards } from '~/lib/og-cards';
import { ogImageFiles } from '~/lib/og';

export const GET: APIRoute = async () => {
  const files = await ogImageFiles(ogCards(await siteContent()));
  return Response.json(Object.fromEntries([...files].map(([path, file]) => [`${path}.png`, file])));
};
