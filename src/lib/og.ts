/**
 * Link-preview images (Open Graph, 1200 × 630 PNG) for professors, projects
 * and countries, laid out with satori and drawn with sharp in Noto Sans, whose
 * Latin, Latin Extended, Cyrillic and Cyrillic Extended files together cover
 * Turkish, Polish and Czech letters and the Kazakh ә ғ қ ң ө ұ ү һ і.
 * Each image is cached by a hash of what it shows, so a rebuild only draws
 * images whose text changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { el, icon as drawIcon, type Node, type OgIcon } from './og-icons';
import { settings } from './settings';

const require = createRequire(import.meta.url);

/** Size of link-preview images, as Open Graph recommends; the large cards of the main networks take it as it is. */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** Change when the drawing changes, so cached images are redrawn. */
const TEMPLATE_VERSION = 9;
const PAD = 64;

/** The font files, in the order satori falls back through them for a missing letter. */
export const FONT_FILES = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'].flatMap((subset) =>
  [400, 700].map((weight) => ({
    // One family per subset: satori falls back from family to family, not within one.
    name: `Noto Sans ${subset}`,
    weight: weight as 400 | 700,
    file: require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`),
  })),
);

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
function loadFonts() {
  fonts ??= FONT_FILES.map(({ name, file, weight }) => ({ name, data: readFileSync(file), weight, style: 'normal' as const }));
  return fonts;
}

/**
 * What a preview shows. A card of an entry is one image for all three
 * languages, so it carries no word of any one language: names in Latin and
 * Cyrillic, a country's code and its names, years and figures behind symbols.
 */
export interface OgCard {
  /** Small line at the top: the site's name (on an entry's card the short form in both scripts, "ATU · АТУ"). */
  site: string;
  /** The name or title, large. */
  title: string;
  /** The same name in Cyrillic, or the title in the other languages: one line each, at most two. */
  alternates?: string[];
  /** A country: its two-letter code in a box, and its names. */
  country?: { code: string; names: string };
  /** Names of people, after the people symbol (a project's professors). */
  people?: string;
  /** Years and counts, each after its symbol. */
  figures?: { icon: OgIcon; value: string }[];
  /** Plain lines of text: only the per-language site card has them. */
  lines?: string[];
  /** Shown as a badge: an invented entry must say so wherever it appears. */
  badge?: string;
  /** A person's card shows their photo (the file's path) or, without one, their initials. */
  portrait?: { initials: string; photo?: string };
}

const PORTRAIT = 220;

/** The photo, cut to a square and made small, as a data: URL that satori can draw. */
async function portraitSource(photo: string): Promise<string> {
  const jpeg = await sharp(photo)
    .resize(PORTRAIT * 2, PORTRAIT * 2, { fit: 'cover', position: 'attention' })
    .jpeg({ quality: 80 })
    .toBuffer();
  return `data:image/jpeg;base64,${jpeg.toString('base64')}`;
}

function portrait(card: OgCard, src: string | undefined): Node[] {
  if (!card.portrait) return [];
  const circle = { width: PORTRAIT, height: PORTRAIT, borderRadius: PORTRAIT / 2, marginRight: 48, flexShrink: 0 };
  if (src)
    return [{ type: 'img', props: { src, width: PORTRAIT, height: PORTRAIT, style: { ...circle, objectFit: 'cover' } } as Node['props'] }];
  return [
    el(
      'div',
      {
        ...circle,
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        backgroundColor: '#e0f2fe',
        color: '#0c4a6e',
        fontSize: 88,
        fontWeight: 700,
      },
      card.portrait.initials,
    ),
  ];
}

const row = (children: Node[]) => el('div', { display: 'flex', flexDirection: 'row', alignItems: 'center', marginTop: 22 }, children);
const text = (value: string) => el('div', { display: 'flex', flexShrink: 1, fontSize: 34, color: '#e0f2fe' }, value);

const icon = (name: OgIcon, gap = 0) => drawIcon(name, '#7dd3fc', '#0c4a6e', gap);

/** A country's two-letter code in a framed box. */
function codeBox(code: string, size: number): Node {
  return el(
    'div',
    {
      display: 'flex',
      flexShrink: 0,
      marginRight: size,
      paddingLeft: size / 3,
      paddingRight: size / 3,
      border: `${Math.max(2, size / 12)}px solid #7dd3fc`,
      borderRadius: size / 5,
      color: '#7dd3fc',
      fontSize: size,
      fontWeight: 700,
      lineHeight: 1.3,
    },
    code,
  );
}

function tree(card: OgCard, photo?: string): Node {
  return el(
    'div',
    {
      width: OG_WIDTH,
      height: OG_HEIGHT,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: PAD,
      backgroundColor: '#0c4a6e',
      color: '#ffffff',
      fontFamily: [...new Set(FONT_FILES.map((f) => `'${f.name}'`))].join(', '),
    },
    [
      // satori lays rows out at the full image width: give the row the width inside the padding.
      el(
        'div',
        { display: 'flex', flexDirection: 'row', justifyContent: 'space-between', alignItems: 'center', width: OG_WIDTH - 2 * PAD },
        [
          el('div', { display: 'flex', fontSize: 30, color: '#bae6fd' }, card.site),
          ...(card.badge
            ? [
                el(
                  'div',
                  {
                    display: 'flex',
                    paddingTop: 6,
                    paddingBottom: 6,
                    paddingLeft: 16,
                    paddingRight: 16,
                    borderRadius: 8,
                    backgroundColor: '#fffbeb',
                    color: '#78350f',
                    fontSize: 26,
                    fontWeight: 700,
                  },
                  card.badge,
                ),
              ]
            : []),
        ],
      ),
      el('div', { display: 'flex', flexDirection: 'row', alignItems: 'center', width: OG_WIDTH - 2 * PAD }, [
        ...portrait(card, photo),
        ...(card.country && !card.portrait && !card.people ? [codeBox(card.country.code, 64)] : []),
        el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, flexShrink: 1 }, [
          el(
            'div',
            { display: 'flex', fontSize: card.title.length > 60 ? 52 : card.title.length > 36 ? 60 : 68, fontWeight: 700, lineHeight: 1.1 },
            card.title,
          ),
          ...(card.alternates ?? [])
            .slice(0, 2)
            .map((line) => el('div', { display: 'flex', marginTop: 12, fontSize: line.length > 50 ? 30 : 40, color: '#e0f2fe' }, line)),
          ...(card.lines ?? [])
            .slice(0, 3)
            .map((line) => el('div', { display: 'flex', marginTop: 14, fontSize: 30, color: '#e0f2fe' }, line)),
          ...(card.country && (card.portrait || card.people) ? [row([codeBox(card.country.code, 30), text(card.country.names)])] : []),
          // Figures first, then a project's people on the same row, so three titles still fit.
          ...(card.figures?.length || card.people
            ? [
                row([
                  ...(card.figures ?? []).flatMap((f, i) => [icon(f.icon, i > 0 ? 40 : 0), text(f.value)]),
                  ...(card.people ? [icon('people', card.figures?.length ? 40 : 0), text(card.people)] : []),
                ]),
              ]
            : []),
        ]),
      ]),
      el('div', { display: 'flex', height: 1 }, []),
    ],
  );
}

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
  const photo = card.portrait?.photo;
  // satori turns the text into outlines, so sharp needs no fonts to draw the SVG.
  const svg = await satori(tree(card, photo && (await portraitSource(photo))) as unknown as Parameters<typeof satori>[0], {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts: loadFonts(),
  });
  // sharp draws and compresses on libuv's thread pool, so several images are drawn at once
  // while the next ones are laid out.
  writeFileSync(cached, await ogEncode(svg, photo !== undefined));
  return cached;
}

/**
 * The drawn card as a palette PNG. A card is a few flat colours and
 * smoothed text, so 16 colours without dithering keep it sharp at a quarter
 * of the full-colour file; a photo gets 64 colours, dithered, so a face keeps
 * its shading. The quickest palette search costs about what a full-colour PNG
 * cost to compress, for a file 2 % larger than the slowest search gives.
 */
export function ogEncode(svg: string, photo: boolean): Promise<Buffer> {
  return sharp(Buffer.from(svg))
    .png({ palette: true, colours: photo ? 64 : 16, dither: photo ? 1 : 0, compressionLevel: 6, effort: 1 })
    .toBuffer();
}

/** The PNG of a card, from the cache when the same card was drawn before. */
export async function ogImage(card: OgCard, cache = CACHE): Promise<Buffer> {
  return readFileSync(await ogImageFile(card, cache));
}

/**
 * The cached file of every card, drawing those not yet in the cache several at
 * a time: layout runs on this thread, drawing and compression on sharp's
 * threads, so the machine's cores all work.
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
  const texts: string[] = [];
  const walk = (node: Node | string): void => {
    if (typeof node === 'string') texts.push(node);
    else [node.props.children ?? []].flat().forEach(walk);
  };
  walk(tree(card));
  return texts;
}
