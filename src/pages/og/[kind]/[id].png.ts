// Link-preview images: /og/professors/<id>.png, /og/projects/<id>.png, /og/countries/<id>.png.
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteContent } from '../../../lib/content';
import { ogCards } from '../../../lib/og-cards';
import { drawOgImages, ogImage } from '../../../lib/og';

export const getStaticPaths = (async () => {
  const cards = ogCards(await siteContent());
  await drawOgImages(cards.values());
  return [...cards.entries()].map(([key, card]) => {
    const [kind, id] = key.split('/') as [string, string];
    return { params: { kind, id }, props: { card } };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await ogImage(props.card)), { headers: { 'Content-Type': 'image/png' } });
