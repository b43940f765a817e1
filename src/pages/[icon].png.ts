// The icon as PNG: the apple-touch-icon (180 × 180) and the web manifest's icons, drawn from public/favicon.svg.
import type { APIRoute, GetStaticPaths } from 'astro';
import { MANIFEST_ICON_SIZES, pngIcon } from '~/lib/icons';

const ICONS: Record<string, { size: number; full: boolean }> = {
  'apple-touch-icon': { size: 180, full: true },
  ...Object.fromEntries(MANIFEST_ICON_SIZES.map((size) => [`icon-${size}`, { size, full: false }])),
  'icon-maskable-512': { size: 512, full: true },
};

export const getStaticPaths = (() => Object.keys(ICONS).map((icon) => ({ params: { icon } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { size, full } = ICONS[params.icon!]!;
  return new Response(new Uint8Array(await pngIcon(size, full)), { headers: { 'Content-Type': 'image/png' } });
};
