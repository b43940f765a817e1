// The iCalendar files: complete lines and at least one component, even for a country with no visit to come.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Professor, SiteContent } from '~/lib/content';
import { calendar } from '~/lib/feeds';

const SITE = new URL('https://example.org/');
const content = { host: { id: 'host', name: { en: 'Host University' } } } as unknown as SiteContent;
const visit = (start: string, end: string) => ({
  start,
  end,
  host: content.host,
  activities: [],
  formats: [],
  programme: { shortName: { en: 'Programme' } },
});
const professor = {
  id: 'anna',
  name: 'Anna',
  example: false,
  summary: { en: 'A summary.' },
  country: { id: 'it', name: { en: 'Italy' } },
  visits: [visit('2020-01-01', '2020-01-10'), visit('2027-03-01', '2027-03-10')],
} as unknown as Professor;

const parse = (text: string) => new ICAL.Component(ICAL.parse(text));

describe('calendar', () => {
  for (const [label, professors, events] of [
    ['with a visit to come', [professor], 1],
    ['with no visit to come', [], 0],
  ] as const) {
    it(`${label}: ends with CRLF after END:VCALENDAR and parses with ${events} event(s) and at least one component`, () => {
      const text = calendar(content, professors, SITE, '2026-11-25', 'Calendar');
      expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
      expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      const cal = parse(text);
      expect(cal.name).toBe('vcalendar');
      expect(cal.getAllSubcomponents('vevent')).toHaveLength(events);
      expect(cal.getAllSubcomponents().length).toBeGreaterThan(0);
      // The component that keeps an empty calendar valid shows nothing: a time zone, not a placeholder event.
      expect(cal.getAllSubcomponents().map((c) => c.name)).toEqual(['vtimezone', ...Array(events).fill('vevent')]);
      expect(cal.getAllSubcomponents('vtodo').length + cal.getAllSubcomponents('vjournal').length).toBe(0);
    });
  }
});
