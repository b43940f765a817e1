/**
 * A small raster for the link-preview cards: flat colours, shapes and text
 * painted into palette indices and written as an indexed PNG. A card is a few
 * flat colours, so it needs no layout engine and no colour quantiser: each
 * letter's outline comes from the font (fontkit) and is drawn once per size,
 * by sharp, into a coverage mask that every later card reuses; shapes
 * likewise. Anti-aliased edges take one of a few steps between the two
 * colours they separate, so the palette of a card is known as it is painted.
 */
import { promisify } from 'node:util';
import { crc32, deflate } from 'node:zlib';
import sharp from 'sharp';
import { glyphOutline, type Run } from './og-text';

const deflateAsync = promisify(deflate);

/** A coverage mask (0–255 per pixel) and where its top-left corner sits from the point it is drawn at. */
interface Mask {
  data: Buffer;
  width: number;
  height: number;
  left: number;
  top: number;
}

const masks = new Map<string, Promise<Mask>>();

/** What sharp draws into a mask: an SVG body in a `width` × `height` box, placed `left` and `top` from where it is drawn. */
type Drawing = { width: number; height: number; body: string; left?: number; top?: number };

/** The coverage of an SVG drawing, drawn by sharp once per key and kept for every later card. */
function svgMask(key: string, drawing: () => Drawing): Promise<Mask> {
  let mask = masks.get(key);
  if (!mask) {
    const { width, height, body, left = 0, top = 0 } = drawing();
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${body}</svg>`;
    mask = sharp(Buffer.from(svg))
      .extractChannel(3)
      .raw()
      .toBuffer({ resolveWithObject: true })
      .then(({ data, info }) => ({ data, width: info.width, height: info.height, left, top }));
    masks.set(key, mask);
  }
  return mask;
}

/** A shape's mask, from an SVG body drawn in a `width` × `height` box. */
export const shapeMask = (key: string, width: number, height: number, body: string) =>
  svgMask(`s:${key}:${width}:${height}`, () => ({ width: Math.ceil(width), height: Math.ceil(height), body }));

/** Steps between two colours on an anti-aliased edge: enough for smooth letters, few enough for a small palette. */
const STEPS = 4;

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

/** What a card paints, in order: masks filled with a colour over the colour beneath. */
type Paint = { mask: Promise<Mask>; x: number; y: number; color: string; under: string };

/**
 * A card being painted: a list of fills, then `png()` waits for their masks,
 * paints them into palette indices and writes the PNG.
 */
export class Card {
  private paints: Paint[] = [];
  /** Where a photo goes (its box's top-left corner), put in by the caller after painting. */
  photoAt?: { x: number; y: number };
  constructor(
    readonly width: number,
    readonly height: number,
    readonly background: string,
  ) {}

  /** Fill a shape drawn by `shapeMask` with `color` over `under`. */
  fill(mask: Promise<Mask>, x: number, y: number, color: string, under: string) {
    this.paints.push({ mask, x: Math.round(x), y: Math.round(y), color, under });
  }

  /** A laid-out line with its baseline at `y`. */
  text(run: Run, x: number, baseline: number, color: string, under: string) {
    for (const g of run.glyphs) {
      const outline = glyphOutline(g, run.size, run.weight);
      if (outline) {
        const mask = svgMask(outline.key, outline.draw);
        this.paints.push({ mask, x: Math.round(x + g.x), y: Math.round(baseline), color, under });
      }
    }
  }

  /**
   * The card's PNG rows (each a filter byte, then one palette index a pixel)
   * and its palette as #rrggbb, in the order first used: the background first.
   */
  async indexed(): Promise<{ rows: Buffer; palette: string[] }> {
    const { width, height } = this;
    const palette: string[] = [];
    const indexOf = new Map<string, number>();
    const entry = (hex: string) => {
      let i = indexOf.get(hex);
      if (i === undefined) {
        i = palette.push(hex) - 1;
        indexOf.set(hex, i);
      }
      return i;
    };
    // The palette indices of the steps from one colour to another, looked up once per pair.
    const pairs = new Map<string, number[]>();
    const steps = (color: string, under: string) => {
      let found = pairs.get(color + under);
      if (!found) {
        const [a, b] = [rgb(under), rgb(color)];
        found = Array.from({ length: STEPS + 1 }, (_, s) =>
          entry(
            `#${a
              .map((v, c) =>
                Math.round(v + ((b[c]! - v) * s) / STEPS)
                  .toString(16)
                  .padStart(2, '0'),
              )
              .join('')}`,
          ),
        );
        pairs.set(color + under, found);
      }
      return found;
    };
    entry(this.background); // index 0, which a zero-filled buffer already holds
    const stride = width + 1;
    const rows = Buffer.alloc(height * stride);
    const resolved = await Promise.all(this.paints.map((p) => p.mask));
    // From here on nothing waits, so one scratch buffer serves every card.
    const { owner, level } = scratch(width * height);
    let layer = nextLayer;
    this.paints.forEach((p, n) => {
      const prev = this.paints[n - 1];
      // The letters of one line are one layer: where two letters' boxes overlap, the stronger coverage wins.
      if (!prev || prev.color !== p.color || prev.under !== p.under || prev.y !== p.y) layer++;
      const mask = resolved[n]!;
      const idx = steps(p.color, p.under);
      const x0 = p.x + mask.left;
      const y0 = p.y + mask.top;
      const [fromX, toX] = [Math.max(0, -x0), Math.min(mask.width, width - x0)];
      for (let my = Math.max(0, -y0), endY = Math.min(mask.height, height - y0); my < endY; my++) {
        const line = my * mask.width;
        const at0 = (y0 + my) * width + x0;
        const row0 = (y0 + my) * stride + 1 + x0;
        for (let mx = fromX; mx < toX; mx++) {
          const a = mask.data[line + mx]!;
          if (a < MIN_COVERAGE) continue;
          const s = Math.round((a * STEPS) / 255);
          const at = at0 + mx;
          if (owner[at] === layer && level[at]! >= s) continue;
          owner[at] = layer;
          level[at] = s;
          rows[row0 + mx] = idx[s]!;
        }
      }
    });
    nextLayer = layer + 1;
    return { rows, palette };
  }

  /** The card as an indexed PNG. */
  async png(): Promise<Buffer> {
    const { rows, palette } = await this.indexed();
    return indexedPng(this.width, this.height, rows, palette);
  }

  /** The card as RGB pixels, for painting a photo into before quantising. */
  async rgb(): Promise<Buffer> {
    const { rows, palette } = await this.indexed();
    const colors = palette.map(rgb);
    const out = Buffer.alloc(this.width * this.height * 3);
    for (let y = 0, o = 0; y < this.height; y++)
      for (let x = 0; x < this.width; x++, o += 3) out.set(colors[rows[y * (this.width + 1) + 1 + x]!]!, o);
    return out;
  }
}

/** Coverage below half a step leaves a pixel as it is. */
const MIN_COVERAGE = 255 / STEPS / 2;

/** Which layer last painted each pixel and how strongly; layers are numbered across cards, so it is never cleared. */
let nextLayer = 0;
let scratchBuffers: { owner: Int32Array; level: Uint8Array } | undefined;
function scratch(size: number) {
  if (!scratchBuffers || scratchBuffers.level.length < size)
    scratchBuffers = { owner: new Int32Array(size).fill(-1), level: new Uint8Array(size) };
  return scratchBuffers;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * An 8-bit indexed PNG from its rows, each a filter byte (0: none; flat colour
 * compresses best unfiltered) and one index a pixel. The rows are compressed
 * on libuv's threads, so several cards compress at once.
 */
export async function indexedPng(width: number, height: number, rows: Buffer, palette: string[]): Promise<Buffer> {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', Buffer.from(palette.flatMap(rgb))),
    chunk('IDAT', await deflateAsync(rows, { level: 6 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
