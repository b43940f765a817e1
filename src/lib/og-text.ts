/**
 * Text for the link-preview cards: Noto Sans read by fontkit, lines shaped
 * (kerning included) and wrapped to a width, and each letter's outline at a
 * size, which src/lib/og-draw.ts draws once and reuses.
 */
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';

const require = createRequire(import.meta.url);

export type Weight = 400 | 700;

/**
 * Noto Sans in the subsets the cards need, in the order a letter is looked
 * for: Latin, Latin Extended, Cyrillic and Cyrillic Extended together cover
 * Turkish, Polish and Czech letters and the Kazakh ә ғ қ ң ө ұ ү һ і.
 */
export const FONT_FILES = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'].flatMap((subset) =>
  ([400, 700] as const).map((weight) => ({
    name: `Noto Sans ${subset}`,
    weight,
    file: require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`),
  })),
);

/** Ascender and descender of Noto Sans, in ems: a line of `normal` height is their sum. */
export const ASCENT = 1.069;
export const DESCENT = 0.293;
export const NORMAL_LINE = ASCENT + DESCENT;

let fonts: Map<Weight, fontkit.Font[]> | undefined;
function fontsOf(weight: Weight): fontkit.Font[] {
  fonts ??= new Map(
    ([400, 700] as const).map((w) => [w, FONT_FILES.filter((f) => f.weight === w).map((f) => fontkit.openSync(f.file) as fontkit.Font)]),
  );
  return fonts.get(weight)!;
}

/** One letter placed on a line: which font and glyph, and where its origin sits from the line's start, in pixels. */
export interface PlacedGlyph {
  font: number;
  glyph: fontkit.Glyph;
  x: number;
}

/** A line of text laid out at a size: its glyphs and width in pixels. */
export interface Run {
  glyphs: PlacedGlyph[];
  width: number;
  size: number;
  weight: Weight;
}

/**
 * Lays a line out: each stretch of letters in the first font that has them,
 * shaped by fontkit (kerning included), one stretch after another.
 */
export function layout(text: string, size: number, weight: Weight): Run {
  const key = `${weight}:${size}:${text}`;
  let run = runs.get(key);
  if (!run) {
    // Most cards repeat the site's name, the badge and a country: keep recent lines, not all of them.
    if (runs.size > 20_000) runs.clear();
    runs.set(key, (run = shape(text, size, weight)));
  }
  return run;
}
const runs = new Map<string, Run>();

function shape(text: string, size: number, weight: Weight): Run {
  const list = fontsOf(weight);
  const fontFor = (ch: string) => {
    const cp = ch.codePointAt(0)!;
    const i = list.findIndex((f) => f.hasGlyphForCodePoint(cp));
    return i < 0 ? 0 : i;
  };
  const glyphs: PlacedGlyph[] = [];
  let x = 0;
  const chars = [...text];
  for (let start = 0; start < chars.length;) {
    const font = fontFor(chars[start]!);
    let end = start + 1;
    while (end < chars.length && (chars[end] === ' ' || fontFor(chars[end]!) === font)) end++;
    const f = list[font]!;
    const scale = size / f.unitsPerEm;
    const shaped = f.layout(chars.slice(start, end).join(''));
    shaped.glyphs.forEach((glyph, i) => {
      const pos = shaped.positions[i]!;
      glyphs.push({ font, glyph, x: x + pos.xOffset * scale });
      x += pos.xAdvance * scale;
    });
    start = end;
  }
  return { glyphs, width: x, size, weight };
}

/**
 * Words laid out into lines no wider than `width`, breaking at spaces and,
 * as browsers do, after a hyphen ("Kohler-|Wendt"). A piece wider than the
 * line keeps a line of its own, or with `anywhere` is broken between letters.
 */
export function wrap(text: string, size: number, weight: Weight, width: number, anywhere = false): Run[] {
  const whole = layout(text, size, weight);
  if (whole.width <= width) return [whole];
  const fits = (candidate: string) => layout(candidate, size, weight).width <= width;
  const lines: string[] = [];
  let line = '';
  // Each piece is a word with the space before it, or the part of a word after a hyphen.
  for (const piece of text.match(/\s*[^\s-]*-*/g) ?? []) {
    if (!piece) continue;
    if (!line || fits(line + piece)) line += piece;
    else {
      lines.push(line);
      line = piece.trimStart();
    }
    while (anywhere && !fits(line) && [...line].length > 1) {
      const letters = [...line];
      let n = letters.length - 1;
      while (n > 1 && !fits(letters.slice(0, n).join(''))) n--;
      lines.push(letters.slice(0, n).join(''));
      line = letters.slice(n).join('');
    }
  }
  if (line) lines.push(line);
  return lines.map((l) => layout(l, size, weight));
}

/**
 * A letter at a size: a key for its drawn mask, and its outline as an SVG
 * body in its own box (only made when the mask is drawn); `left` and `top`
 * place the box from the glyph's origin on the baseline.
 */
export function glyphOutline(g: PlacedGlyph, size: number, weight: Weight) {
  const box = g.glyph.bbox;
  if (!(box.maxX > box.minX && box.maxY > box.minY)) return undefined;
  return {
    key: `g:${weight}:${g.font}:${g.glyph.id}:${size}`,
    draw() {
      const scale = size / fontsOf(weight)[g.font]!.unitsPerEm;
      const left = Math.floor(box.minX * scale) - 1;
      const top = Math.ceil(box.maxY * scale) + 1;
      return {
        width: Math.ceil(box.maxX * scale) + 1 - left,
        height: top - Math.floor(box.minY * scale) + 1,
        body: `<path transform="translate(${-left} ${top}) scale(${scale} ${-scale})" d="${g.glyph.path.toSVG()}"/>`,
        left,
        top: -top,
      };
    },
  };
}
