// Link-preview images: every letter the site's names use has a glyph, and images are real 1200 × 630 PNGs, cached.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { FONT_FILES, ogImage as drawOgImage, type OgCard } from '~/lib/og';
import { readContentTree } from '~/lib/validation/read';
import { ROOT } from '../helpers/run';

const fonts = FONT_FILES.filter((f) => f.weight === 700).map((f) => ({ name: f.name, font: fontkit.openSync(f.file) as fontkit.Font }));
const missing = (text: string, set = fonts) =>
  [...new Set(text.replace(/\s/g, ''))].filter((ch) => !set.some(({ font }) => font.hasGlyphForCodePoint(ch.codePointAt(0)!)));

describe('preview image font', () => {
  it('has a glyph for Turkish, Polish, Czech and Kazakh letters, and for every name in the content', () => {
    expect(missing('Şahin Ćirić Қасымұлы')).toEqual([]);
    expect(missing('ӘәҒғҚқҢңӨөҰұҮүҺһІі ĄąĆćĘęŁłŃńŚśŹźŻż ČčĎďĚěŇňŘřŠšŤťŮůŽž ÇçĞğİıÖöŞşÜü ß –·')).toEqual([]);
    const names = readContentTree(join(ROOT, 'content'))
      .files.filter((f) => f.collection === 'professors')
      .flatMap((f) => Object.values(f.data as Record<string, unknown>).filter((v): v is string => typeof v === 'string'));
    expect(missing(names.join(''))).toEqual([]);
    // Each file is needed: Latin alone has no Kazakh letters, Cyrillic alone no Turkish ones.
    expect(
      missing(
        'Қ',
        fonts.filter((f) => f.name.endsWith('latin')),
      ),
    ).toEqual(['Қ']);
    expect(
      missing(
        'ğ',
        fonts.filter((f) => f.name.endsWith('cyrillic')),
      ),
    ).toEqual(['ğ']);
  });
});

describe('preview images', () => {
  const out = mkdtempSync(join(tmpdir(), 'og-'));
  const cache = join(out, 'dist.cache/og');
  const ogImage = (card: OgCard) => drawOgImage(card, cache);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  /** The number of colours in a PNG's palette, or 0 for a full-colour PNG. */
  const paletteSize = (png: Buffer) => (png[25] === 3 ? png.readUInt32BE(png.indexOf('PLTE') - 4) / 3 : 0);

  it('are 1200 × 630 palette PNGs of a few kilobytes, drawn once and then taken from the cache', async () => {
    const card = { site: 'Visiting Professors at ATU', title: 'Şahin Ćirić Қасымұлы', lines: ['Łódź'], badge: 'Example entry' };
    const png = await ogImage(card);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    // Ten thousand of them must fit a Pages site: a flat card is a few colours and the steps of their edges,
    // far below the 60 KB of full colour.
    expect(paletteSize(png)).toBeGreaterThan(1);
    expect(paletteSize(png)).toBeLessThanOrEqual(32);
    expect(png.length).toBeLessThan(25_000);
    expect(readdirSync(cache)).toHaveLength(1);
    expect((await ogImage(card)).equals(png)).toBe(true);
    expect(readdirSync(cache)).toHaveLength(1);
    await ogImage({ ...card, title: 'Другое имя' });
    expect(readdirSync(cache)).toHaveLength(2);
  });

  /** The rows and columns of a PNG where `color` appears, and whether anything but the background lies outside the padding. */
  async function extent(png: Buffer, color: string) {
    const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const hex = (i: number) => `#${[0, 1, 2].map((c) => data[i + c]!.toString(16).padStart(2, '0')).join('')}`;
    const background = hex(0);
    const rows = new Set<number>();
    let outside = 0;
    for (let y = 0; y < info.height; y++)
      for (let x = 0; x < info.width; x++) {
        const c = hex((y * info.width + x) * 3);
        if (c === color) rows.add(y);
        if (c !== background && (x < 64 || x >= info.width - 64)) outside++;
      }
    return { rows: rows.size, outside };
  }

  it('set the title in white, inside the padding, on more lines when it is long', async () => {
    const short = await extent(await ogImage({ site: 'Site', title: 'Soil' }), '#ffffff');
    const long = await extent(
      await ogImage({ site: 'Site', title: 'Renewable energy storage for cold chains of dairy producers in the Almaty region' }),
      '#ffffff',
    );
    // One line of 68 px letters, then two of 52 px.
    expect(short.rows).toBeGreaterThan(30);
    expect(long.rows).toBeGreaterThan(1.5 * short.rows);
    expect([short.outside, long.outside]).toEqual([0, 0]);
    // A double-barrelled name longer than the line beside the portrait breaks after a hyphen and still fits.
    const name = await ogImage({
      site: 'Site',
      title: 'Maria-Magdalena Wojciechowska-Szczepańska-Ćwiklińska',
      portrait: { initials: 'MW' },
    });
    expect((await extent(name, '#ffffff')).outside).toBe(0);
    // So does a word longer than the line at any size.
    const word = await ogImage({
      site: 'Site',
      title: 'Donaudampfschifffahrtsgesellschaftskapitänswitwe Müller',
      portrait: { initials: 'DM' },
    });
    expect((await extent(word, '#ffffff')).outside).toBe(0);
  });

  /** The colour at (x, y) of a PNG, as #rrggbb. */
  async function pixel(png: Buffer, x: number, y: number): Promise<string> {
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    const i = (y * info.width + x) * info.channels;
    return `#${[data[i], data[i + 1], data[i + 2]].map((v) => v!.toString(16).padStart(2, '0')).join('')}`;
  }
  const near = (a: string, b: string) =>
    [1, 3, 5].every((i) => Math.abs(parseInt(a.slice(i, i + 2), 16) - parseInt(b.slice(i, i + 2), 16)) < 12);

  it("show a person's photo in the portrait circle, or their initials without one, and redraw when the photo changes", async () => {
    const photo = join(out, 'photo.jpg');
    await sharp({ create: { width: 300, height: 300, channels: 3, background: '#c81e1e' } })
      .jpeg()
      .toFile(photo);
    const card = { site: 'Site', title: 'Anna Novák', lines: ['Poland'], portrait: { initials: 'AN', photo } };
    // The circle's centre is 64 + 110 px from the left, in the middle of the lower block.
    const withPhoto = await ogImage(card);
    expect(near(await pixel(withPhoto, 174, 402), '#c81e1e')).toBe(true);
    const withInitials = await ogImage({ ...card, portrait: { initials: 'AN' } });
    expect(near(await pixel(withInitials, 100, 402), '#e0f2fe')).toBe(true);
    // Same path, new picture: the cache key covers the file's bytes.
    await sharp({ create: { width: 300, height: 300, channels: 3, background: '#15803d' } })
      .jpeg()
      .toFile(photo);
    expect(near(await pixel(await ogImage(card), 174, 402), '#15803d')).toBe(true);
  });
});
