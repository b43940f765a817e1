/**
 * How a link-preview card is laid out: a top row (the site's name and the
 * example badge) and below it the portrait or country code beside the title
 * and its lines, in the same few blocks every time, measured and painted
 * without a layout engine. Sizes follow CSS: a line of `normal` height is the
 * font's ascender and descender.
 */
import { Card, shapeMask } from './og-draw';
import { ICON_SIZE, iconSvg, type OgIcon } from './og-icons';
import { ASCENT, NORMAL_LINE, layout, wrap, type Run, type Weight } from './og-text';

/** Size of link-preview images, as Open Graph recommends; the large cards of the main networks take it as it is. */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
const PAD = 64;
/** The width inside the padding. */
const INNER = OG_WIDTH - 2 * PAD;

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

const COLOR = {
  background: '#0c4a6e',
  title: '#ffffff',
  site: '#bae6fd',
  text: '#e0f2fe',
  accent: '#7dd3fc',
  badge: '#fffbeb',
  badgeText: '#78350f',
  initials: '#0c4a6e',
  initialsCircle: '#e0f2fe',
};

/** A laid-out piece of the card: its size, and how to paint it with its top-left corner at (x, y). */
interface Block {
  width: number;
  height: number;
  texts: string[];
  paint(card: Card, x: number, y: number): void;
}

/** Text in lines no wider than `maxWidth`, each line `lineHeight` ems tall with the letters centred in it, as CSS sets them. */
function textBlock(
  text: string,
  style: { size: number; weight?: Weight; color: string; under?: string; lineHeight?: number },
  maxWidth = Infinity,
): Block {
  const { weight = 400, color, under = COLOR.background, lineHeight = NORMAL_LINE } = style;
  // A word too long for its line even after breaking at hyphens is set smaller, down to 60 %, and then
  // broken between letters rather than cut off.
  let size = style.size;
  let lines: Run[] = [layout(text, size, weight)];
  while (maxWidth < Infinity) {
    const smallest = size <= style.size * 0.6;
    lines = wrap(text, size, weight, maxWidth, smallest);
    if (smallest || lines.every((l) => l.width <= maxWidth)) break;
    size -= 2;
  }
  const line = lineHeight * size;
  return {
    width: Math.max(...lines.map((l) => l.width)),
    height: lines.length * line,
    texts: [text],
    paint(card, x, y) {
      lines.forEach((run, i) => card.text(run, x, y + i * line + (line - NORMAL_LINE * size) / 2 + ASCENT * size, color, under));
    },
  };
}

/** Blocks side by side, centred on one another; `gaps[i]` is the space before block i. */
function row(blocks: Block[], gaps: number[]): Block {
  const height = Math.max(...blocks.map((b) => b.height));
  return {
    width: blocks.reduce((w, b, i) => w + (gaps[i] ?? 0) + b.width, 0),
    height,
    texts: blocks.flatMap((b) => b.texts),
    paint(card, x, y) {
      blocks.forEach((b, i) => {
        x += gaps[i] ?? 0;
        b.paint(card, x, y + (height - b.height) / 2);
        x += b.width;
      });
    },
  };
}

/** Blocks one under another, left-aligned; `gaps[i]` is the space above block i. */
function column(blocks: Block[], gaps: number[]): Block {
  return {
    width: Math.max(...blocks.map((b) => b.width)),
    height: blocks.reduce((h, b, i) => h + (gaps[i] ?? 0) + b.height, 0),
    texts: blocks.flatMap((b) => b.texts),
    paint(card, x, y) {
      blocks.forEach((b, i) => {
        y += gaps[i] ?? 0;
        b.paint(card, x, y);
        y += b.height;
      });
    },
  };
}

/** A rounded rectangle filled with `color` (or, with a `border`, framed in it), with `inner` painted inside it. */
function box(inner: Block, style: { padX: number; padY: number; radius: number; color: string; border?: number }): Block {
  const { padX, padY, radius, color, border } = style;
  const width = inner.width + 2 * padX + 2 * (border ?? 0);
  const height = inner.height + 2 * padY + 2 * (border ?? 0);
  return {
    width,
    height,
    texts: inner.texts,
    paint(card, x, y) {
      const [w, h] = [Math.round(width), Math.round(height)];
      const body = border
        ? `<rect x="${border / 2}" y="${border / 2}" width="${w - border}" height="${h - border}" rx="${radius - border / 2}" fill="none" stroke="#000" stroke-width="${border}"/>`
        : `<rect width="${w}" height="${h}" rx="${radius}"/>`;
      card.fill(shapeMask(`box:${radius}:${border ?? 0}`, w, h, body), x, y, color, COLOR.background);
      inner.paint(card, x + padX + (border ?? 0), y + padY + (border ?? 0));
    },
  };
}

/** A country's two-letter code in a framed box. */
const codeBox = (code: string, size: number): Block =>
  box(textBlock(code, { size, weight: 700, color: COLOR.accent, lineHeight: 1.3 }), {
    padX: size / 3,
    padY: 0,
    radius: size / 5,
    color: COLOR.accent,
    border: Math.max(2, size / 12),
  });

export const PORTRAIT = 220;

/** The portrait circle with the initials; for a photo, only its place is kept, and the photo put in after painting (see `drawCard`). */
function portrait(initials: string, photo: boolean): Block {
  const letters = textBlock(initials, { size: 88, weight: 700, color: COLOR.initials, under: COLOR.initialsCircle });
  return {
    width: PORTRAIT,
    height: PORTRAIT,
    texts: [initials],
    paint(card, x, y) {
      if (photo) {
        card.photoAt = { x: Math.round(x), y: Math.round(y) };
        return;
      }
      card.fill(circle(), x, y, COLOR.initialsCircle, COLOR.background);
      letters.paint(card, x + (PORTRAIT - letters.width) / 2, y + (PORTRAIT - letters.height) / 2);
    },
  };
}
export const circle = () =>
  shapeMask('circle', PORTRAIT, PORTRAIT, `<circle cx="${PORTRAIT / 2}" cy="${PORTRAIT / 2}" r="${PORTRAIT / 2}"/>`);

function icon(name: OgIcon): Block {
  return {
    width: ICON_SIZE,
    height: ICON_SIZE,
    texts: [],
    paint(card, x, y) {
      card.fill(shapeMask(`icon:${name}`, ICON_SIZE, ICON_SIZE, iconSvg(name)), x, y, COLOR.accent, COLOR.background);
    },
  };
}

const rowText = (value: string, maxWidth: number) => textBlock(value, { size: 34, color: COLOR.text }, maxWidth);

/** Symbols and their figures, then a project's people, on one row that wraps the people's names last. */
function figuresRow(card: OgCard, width: number): Block {
  const blocks: Block[] = [];
  const gaps: number[] = [];
  let used = 0;
  const add = (b: Block, gap: number) => {
    blocks.push(b);
    gaps.push(gap);
    used += gap + b.width;
  };
  (card.figures ?? []).forEach((f, i) => {
    add(icon(f.icon), i > 0 ? 40 : 0);
    add(rowText(f.value, Infinity), 12);
  });
  if (card.people) {
    add(icon('people'), card.figures?.length ? 40 : 0);
    add(rowText(card.people, width - used - 12), 12);
  }
  return row(blocks, gaps);
}

/** The card's layout: a top row (site and badge), and below it the portrait or code beside the title and its lines. */
export function cardLayout(card: OgCard): { top: Block; middle: Block } {
  const site = textBlock(card.site, { size: 30, color: COLOR.site });
  const badge =
    card.badge &&
    box(textBlock(card.badge, { size: 26, weight: 700, color: COLOR.badgeText, under: COLOR.badge }), {
      padX: 16,
      padY: 6,
      radius: 8,
      color: COLOR.badge,
    });
  const top = row(badge ? [site, badge] : [site], [0, INNER - site.width - (badge ? badge.width : 0)]);

  const side = card.portrait
    ? portrait(card.portrait.initials, !!card.portrait.photo)
    : card.country && !card.people
      ? codeBox(card.country.code, 64)
      : undefined;
  const sideGap = card.portrait ? 48 : 64;
  const width = INNER - (side ? side.width + sideGap : 0);
  const titleSize = card.title.length > 60 ? 52 : card.title.length > 36 ? 60 : 68;
  const blocks: Block[] = [textBlock(card.title, { size: titleSize, weight: 700, color: COLOR.title, lineHeight: 1.1 }, width)];
  const gaps = [0];
  for (const line of (card.alternates ?? []).slice(0, 2)) {
    blocks.push(textBlock(line, { size: line.length > 50 ? 30 : 40, color: COLOR.text }, width));
    gaps.push(12);
  }
  for (const line of (card.lines ?? []).slice(0, 3)) {
    blocks.push(textBlock(line, { size: 30, color: COLOR.text }, width));
    gaps.push(14);
  }
  if (card.country && (card.portrait || card.people)) {
    const code = codeBox(card.country.code, 30);
    blocks.push(row([code, rowText(card.country.names, width - code.width - 30)], [0, 30]));
    gaps.push(22);
  }
  if (card.figures?.length || card.people) {
    blocks.push(figuresRow(card, width));
    gaps.push(22);
  }
  const text = column(blocks, gaps);
  return { top, middle: side ? row([side, text], [0, sideGap]) : text };
}

/** The card painted; a photo's place is left on it as `photoAt`. */
export function paintCard(card: OgCard): Card {
  const { top, middle } = cardLayout(card);
  const canvas = new Card(OG_WIDTH, OG_HEIGHT, COLOR.background);
  // The top row at the top; the rest centred in what is left of a 630 px column below the padding.
  top.paint(canvas, PAD, PAD);
  middle.paint(canvas, PAD, PAD + top.height + (OG_HEIGHT - top.height - middle.height) / 2);
  return canvas;
}
