// /favicon.ico, which browsers ask for on their own: the site's icon, drawn from public/favicon.svg.
import type { APIRoute } from 'astro';
import { faviconIco } from '~/lib/icons';

export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await faviconIco()), { headers: { 'Content-Type': 'image/vnd.microsoft.icon' } });
