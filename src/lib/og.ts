/**
 * Link-preview images (Open Graph, 1200 × 630 PNG) for professors, projects
 * and countries: laid out by src/lib/og-layout.ts and painted by
 * src/lib/og-draw.ts from cached letter and shape masks into an indexed PNG.
 * Each image is cached by a hash of what it shows, so a rebuild only draws
 * images whose text changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { cardLayout, circle, OG_HEIGHT, OG_WIDTH, paintCard, PORTRAIT, type OgCard } from './og-layout';
import { settings } from './settings';

export { FONT_FILES } from './og-text';
export { OG_HEIGHT, OG_WIDTH, type OgCard } from './og-layout';

/** Change when the drawing changes, so cached images are redrawn. */
const TEMPLATE_VERSION = 11;

/** The folder that keeps drawn images between builds: in Astro's cache (beside the output folder when OUT_DIR is set). */
const CACHE = join(settings.CACHE_DIR, 'og');

function cacheKey(card: OgCard): string {
  // The key covers the photo's bytes, so a photo replaced under the same name is drawn again.
  const photo = card.portrait?.photo;
  return createHash('sha256')
    .update(JSON.stringify([TEMPLATE_VERSION, card]))
    .update(photo ? readFileSync(photo) : '')
    .digest('hex')
    .slice(0, 32);
}

/** The cached PNG file of a card, drawn first if no earlier build drew the same card. */
async function ogImageFile(card: OgCard, cache = CACHE): Promise<string> {
  mkdirSync(cache, { recursive: true });
  const cached = join(cache, `${cacheKey(card)}.png`);
  if (existsSync(cached)) return cached;
  writeFileSync(cached, await drawCard(card));
  return cached;
}

/**
 * The card as a PNG. Without a photo it is the painted palette (a few flat
 * colours and the steps of their edges), about 12 KB. A photo is put into the
 * circle afterwards and the card quantised to 64 colours, dithered, so a face
 * keeps its shading.
 */
async function drawCard(card: OgCard): Promise<Buffer> {
  const canvas = paintCard(card);
  const photo = card.portrait?.photo;
  if (!photo || !canvas.photoAt) return canvas.png();
  const [pixels, face, mask] = await Promise.all([
    canvas.rgb(),
    sharp(photo).resize(PORTRAIT, PORTRAIT, { fit: 'cover', position: 'attention' }).removeAlpha().raw().toBuffer(),
    circle(),
  ]);
  const { x: x0, y: y0 } = canvas.photoAt;
  for (let y = 0; y < PORTRAIT; y++)
    for (let x = 0; x < PORTRAIT; x++) {
      const a = mask.data[y * PORTRAIT + x]! / 255;
      if (!a) continue;
      const at = ((y0 + y) * OG_WIDTH + x0 + x) * 3;
      for (let c = 0; c < 3; c++) pixels[at + c] = Math.round(pixels[at + c]! * (1 - a) + face[(y * PORTRAIT + x) * 3 + c]! * a);
    }
  return sharp(pixels, { raw: { width: OG_WIDTH, height: OG_HEIGHT, channels: 3 } })
    .png({ palette: true, colours: 64, dither: 1, compressionLevel: 6, effort: 1 })
    .toBuffer();
}

/** The PNG of a card, from the cache when the same card was drawn before. */
export async function ogImage(card: OgCard, cache = CACHE): Promise<Buffer> {
  return readFileSync(await ogImageFile(card, cache));
}

/**
 * The cached file of every card, drawing those not yet in the cache several at
 * a time: layout and painting run on this thread, letters' masks, photos and
 * compression on libuv's threads, so the machine's cores all work.
 */
export async function ogImageFiles<K>(cards: Map<K, OgCard>, inFlight = 2 * availableParallelism()): Promise<Map<K, string>> {
  const files = new Map<K, string>();
  const queue = [...cards];
  const worker = async () => {
    for (let next = queue.pop(); next; next = queue.pop()) files.set(next[0], await ogImageFile(next[1]));
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return files;
}

/** Every text a card draws, in order: what a test reads to find words of one language. */
export function ogTexts(card: OgCard): string[] {
  const { top, middle } = cardLayout(card);
  return [...top.texts, ...middle.texts];
}
