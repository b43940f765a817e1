/**
 * The symbols a link-preview card puts before its figures, so that the card
 * needs no word of any one language: a calendar before years, a map pin before
 * a count of visits, a person before a count of people. Each is an SVG shape
 * in a 34 px square, drawn once into a mask (src/lib/og-draw.ts).
 */
export type OgIcon = 'years' | 'visits' | 'people';

export const ICON_SIZE = 34;

/** The shape's SVG body: holes are cut with the even-odd rule, so the card's background shows through. */
export function iconSvg(name: OgIcon): string {
  switch (name) {
    case 'years': // a calendar page: a frame with a thick top edge
      return '<path fill-rule="evenodd" d="M7 3h20a4 4 0 0 1 4 4v20a4 4 0 0 1-4 4h-20a4 4 0 0 1-4-4v-20a4 4 0 0 1 4-4zM6 12v16h22v-16z"/>';
    case 'visits': // a map pin: a rounded square, one corner sharp, turned to point down, with a hole
      return '<g transform="rotate(-45 17 13)"><path fill-rule="evenodd" d="M5 13a12 12 0 0 1 24 0a12 12 0 0 1-12 12h-12zM12.5 13a4.5 4.5 0 1 0 9 0a4.5 4.5 0 1 0-9 0z"/></g>';
    case 'people': // a head above shoulders
      return '<circle cx="17" cy="9.5" r="7"/><path d="M4 29.9a10.4 10.4 0 0 1 10.4-10.4h5.2a10.4 10.4 0 0 1 10.4 10.4a1.6 1.6 0 0 1-1.6 1.6h-22.8a1.6 1.6 0 0 1-1.6-1.6z"/>';
  }
}
