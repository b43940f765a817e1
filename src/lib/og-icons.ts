/**
 * The symbols a link-preview card puts before its figures, so that the card
 * needs no word of any one language: a calendar before years, a map pin before
 * a count of visits, a person before a count of people. They are drawn from
 * boxes rather than SVG paths: satori would embed a path as a nested image,
 * which doubles the time sharp needs to draw a card.
 */
export type OgIcon = 'years' | 'visits' | 'people';

/** An element for satori; an `img` also takes its own attributes (src, width…). */
export type Node = {
  type: string;
  props: { style?: Record<string, unknown>; children?: (Node | string)[] | Node | string; [attribute: string]: unknown };
};
export const el = (type: string, style: Record<string, unknown>, children?: Node['props']['children']): Node => ({
  type,
  props: { style, ...(children === undefined ? {} : { children }) },
});

const SIZE = 34;

function shape(name: OgIcon, color: string, background: string): Node[] {
  switch (name) {
    case 'years': // a calendar page: a frame with a thick top edge
      return [el('div', { display: 'flex', width: 28, height: 28, border: `3px solid ${color}`, borderTopWidth: 9, borderRadius: 4 })];
    case 'visits': // a map pin: a teardrop with a hole
      return [
        el(
          'div',
          {
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            width: 24,
            height: 24,
            marginBottom: 8,
            borderRadius: '12px 12px 12px 0',
            transform: 'rotate(-45deg)',
            backgroundColor: color,
          },
          [el('div', { display: 'flex', width: 9, height: 9, borderRadius: 5, backgroundColor: background })],
        ),
      ];
    case 'people': // a head above shoulders
      return [
        el('div', { display: 'flex', width: 14, height: 14, borderRadius: 7, backgroundColor: color }),
        el('div', { display: 'flex', width: 26, height: 12, marginTop: 3, borderRadius: '13px 13px 2px 2px', backgroundColor: color }),
      ];
  }
}

/** A symbol before a figure. */
export function icon(name: OgIcon, color: string, background: string, gap = 0): Node {
  return el(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      alignItems: 'center',
      justifyContent: 'center',
      width: SIZE,
      height: SIZE,
      marginLeft: gap,
      marginRight: 12,
      flexShrink: 0,
    },
    shape(name, color, background),
  );
}
