// RSS per language and the iCalendar feeds, read back by real parsers.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import sax from 'sax';
import ICAL from 'ical.js';
import { describe, expect, inject, it } from 'vitest';
import { readContentTree } from '~/lib/validation/read';
import { FEED_SIZE } from '~/lib/feeds';
import { ROOT } from '../helpers/run';

const dist = () => inject('dist');
const BUILD_DATE = '2026-11-25';
const professors = readContentTree(join(ROOT, 'content'))
  .files.filter((f) => f.collection === 'professors' && !(f.data as { draft?: boolean }).draft)
  .map((f) => ({ id: f.id, ...(f.data as { name: string; country: string; visits: { start: string; end: string }[] }) }));
const coming = professors.flatMap((p) => p.visits.filter((v) => v.end >= BUILD_DATE).map((v) => ({ p, v })));

interface Item {
  title: string;
  link: string;
  pubDate: string;
}

describe('RSS', () => {
  it('is well-formed RSS 2.0 in each language, newest first, linking to pages in that language', () => {
    for (const locale of ['en', 'ru', 'kk']) {
      const xml = readFileSync(join(dist(), locale, 'rss.xml'), 'utf8');
      // A strict XML parser throws on anything that is not well-formed.
      expect(() => sax.parser(true).write(xml).close()).not.toThrow();
      expect(() => sax.parser(true).write(xml.replace('</channel>', '')).close()).toThrow();
      const rss = new XMLParser({ ignoreAttributes: false }).parse(xml) as { rss: { channel: { language: string; item: Item[] } } };
      const { channel } = rss.rss;
      expect(channel.language).toBe(locale);
      // The self link is the feed's own address (a file, without the trailing slash of pages).
      expect(xml).toMatch(new RegExp(`<atom:link href="https?://[^"]+/${locale}/rss\\.xml" rel="self"`));
      expect(channel.item.length).toBeGreaterThan(0);
      expect(channel.item.length).toBeLessThanOrEqual(FEED_SIZE);
      const dates = channel.item.map((i) => Date.parse(i.pubDate));
      expect(dates.every((d) => !Number.isNaN(d) && d <= Date.parse(`${BUILD_DATE}T00:00:00Z`))).toBe(true);
      expect([...dates].sort((a, b) => b - a)).toEqual(dates);
      for (const item of channel.item) expect(new URL(item.link).pathname.startsWith(`/${locale}/`)).toBe(true);
    }
    // Names appear as each language writes them.
    const ru = readFileSync(join(dist(), 'ru', 'rss.xml'), 'utf8');
    expect(ru).toMatch(/[А-Яа-я]/);
  });

  it('is announced in the head of every page and linked from the home page', () => {
    const home = readFileSync(join(dist(), 'kk/index.html'), 'utf8');
    expect(home).toContain('<link rel="alternate" type="application/rss+xml"');
    expect(home).toContain('href="/kk/rss.xml"');
    expect(home).toContain('href="/calendar.ics"');
  });
});

describe('iCalendar', () => {
  it('parses as RFC 5545 and holds one all-day event per visit still to come', () => {
    const text = readFileSync(join(dist(), 'calendar.ics'), 'utf8');
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    expect(events).toHaveLength(coming.length);
    for (const { p, v } of coming) {
      const event = events.find((e) => e.uid.startsWith(`${p.id}-${v.start}@`));
      expect(event, `${p.id} ${v.start}`).toBeDefined();
      expect(event!.startDate.isDate).toBe(true);
      expect(event!.startDate.toString()).toBe(v.start);
      // DTEND of an all-day event is the day after the last day.
      expect(Date.parse(event!.endDate.toString()) - Date.parse(v.end)).toBe(86_400_000);
      expect(event!.summary).toContain(p.name);
    }
  });

  it('has one calendar per country, with only that country\u2019s visits, linked from each profile', () => {
    const files = readdirSync(join(dist(), 'calendar'));
    expect(files.sort()).toEqual([...new Set(professors.map((p) => `${p.country}.ics`))].sort());
    for (const file of files) {
      const country = file.replace('.ics', '');
      const events = new ICAL.Component(ICAL.parse(readFileSync(join(dist(), 'calendar', file), 'utf8'))).getAllSubcomponents('vevent');
      expect(events).toHaveLength(coming.filter(({ p }) => p.country === country).length);
    }
    const profile = professors[0]!;
    expect(readFileSync(join(dist(), 'en/professors', profile.id, 'index.html'), 'utf8')).toContain(
      `href="/calendar/${profile.country}.ics"`,
    );
  });

  it('every calendar ends with CRLF and holds at least one component, even a country with no visit to come', () => {
    const files = ['calendar.ics', ...readdirSync(join(dist(), 'calendar')).map((f) => `calendar/${f}`)];
    const empty = files.filter((f) => f !== 'calendar.ics' && !coming.some(({ p }) => `calendar/${p.country}.ics` === f));
    // The seed content has countries with no visit to come: the case RFC 5545 must still allow.
    expect(empty.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = readFileSync(join(dist(), file), 'utf8');
      expect(text.endsWith('END:VCALENDAR\r\n'), file).toBe(true);
      expect(new ICAL.Component(ICAL.parse(text)).getAllSubcomponents().length, file).toBeGreaterThan(0);
    }
  });
});
