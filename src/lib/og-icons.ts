/**
 * The symbols a link-preview card puts before its figures, so that the card
 * needs no word of any one language: a calendar before years, a plane before
 * a count of visits, a person before a count of people. Paths on a 24 × 24 grid.
 */
export const OG_ICONS = {
  years: 'M7 2h2v2h6V2h2v2h2a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2h2V2zM5 9v11h14V9H5z',
  visits: 'M21 16v-2l-8-5V3.5a1.5 1.5 0 0 0-3 0V9l-8 5v2l8-2.5V19l-2 1.5V22l3.5-1 3.5 1v-1.5L13 19v-5.5l8 2.5z',
  people: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zm0 2c-4.4 0-8 2.2-8 5v1h16v-1c0-2.8-3.6-5-8-5z',
} as const;

export type OgIcon = keyof typeof OG_ICONS;
