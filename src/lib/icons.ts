/**
 * The site's icons, drawn at build time from public/favicon.svg with sharp:
 * /favicon.ico (PNG images in an ICO container, as every browser since
 * Windows Vista's reads it), the apple-touch-icon and the web manifest's icons,
 * and the manifest itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

/** The colour of the icon's square, also the browser's theme colour. */
export const THEME_COLOR = '#0c4a6e';

/** Sizes of the icons in the web manifest. */
export const MANIFEST_ICON_SIZES = [192, 512] as const;

const svg = () => readFileSync(join(process.cwd(), 'public', 'favicon.svg'));

/**
 * The icon as a square PNG. `full` fills the corners with the icon's colour,
 * for systems that cut their own shape (iOS home screen, maskable icons).
 */
export async function pngIcon(size: number, full = false): Promise<Buffer> {
  const image = sharp(svg(), { density: Math.max(72, (72 * size) / 32) }).resize(size, size);
  if (full) image.flatten({ background: THEME_COLOR });
  return image.png({ compressionLevel: 9 }).toBuffer();
}

/** An ICO file holding PNG images (the format allows PNG entries since Windows Vista). */
export function icoFile(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // width (0 means 256)
    entry.writeUInt8(size >= 256 ? 0 : size, 1); // height
    entry.writeUInt8(0, 2); // colours in the palette: none
    entry.writeUInt8(0, 3); // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

/** /favicon.ico: the icon at 16, 32 and 48 pixels. */
export async function faviconIco(): Promise<Buffer> {
  return icoFile(await Promise.all([16, 32, 48].map(async (size) => ({ size, png: await pngIcon(size) }))));
}

/** The web manifest (https://www.w3.org/TR/appmanifest/): the site's name and icons; `base` is the site's base path. */
export function webManifest(name: string, description: string, base: string, lang: string) {
  return {
    name,
    description,
    lang,
    start_url: base,
    scope: base,
    display: 'browser',
    background_color: '#f8fafc',
    theme_color: THEME_COLOR,
    icons: [
      { src: `${base}favicon.svg`, sizes: 'any', type: 'image/svg+xml' },
      ...MANIFEST_ICON_SIZES.map((size) => ({
        src: `${base}icon-${size}.png`,
        sizes: `${size}x${size}`,
        type: 'image/png',
        purpose: 'any',
      })),
      { src: `${base}icon-maskable-512.png`, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
