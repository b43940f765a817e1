/**
 * Feeds for people who follow the programme: RSS per language (visits and
 * projects, newest first) and iCalendar (RFC 5545) of visits still to come,
 * for the whole site and per country. Built once per build, like the pages;
 * "upcoming" is counted from the build date, so a daily rebuild keeps it true.
 */
import { getRssString } from '@astrojs/rss';
import ical, { ICalCalendarMethod, ICalEventTransparency } from 'ical-generator';
import type { Professor, Project, SiteContent, VisitOfProfessor } from './content';
import { formatDateRange } from './format';
import { localize, t, type Locale } from './i18n';
import { displayName } from './names';
import { absoluteUrl } from './seo';

/** How many items an RSS feed carries. */
export const FEED_SIZE = 50;

interface FeedItem {
  title: string;
  link: string;
  date: string;
  description: string;
  guid: string;
}

function visitItems(content: SiteContent, locale: Locale, site: URL | undefined, today: string): FeedItem[] {
  return content.professors.flatMap((p) =>
    p.visits
      .filter((v) => v.start <= today)
      .map((v) => {
        const name = displayName(p, locale).primary;
        const link = absoluteUrl(site, locale, `professors/${p.id}`);
        return {
          title: `${name} (${localize(p.country.name, locale).text}): ${formatDateRange(locale, v.start, v.end)}`,
          link,
          date: v.start,
          description: [
            localize(p.summary, locale).text,
            `${localize(v.programme.shortName, locale).text}; ${v.formats.map((f) => t(locale, `format.${f}`)).join(', ')}.`,
          ].join(' '),
          guid: `${link}#visit-${v.start}`,
        };
      }),
  );
}

function projectItems(content: SiteContent, locale: Locale, site: URL | undefined, today: string): FeedItem[] {
  return content.projects
    .filter((p: Project) => p.start <= today)
    .map((p) => {
      const link = absoluteUrl(site, locale, `projects/${p.id}`);
      return { title: localize(p.title, locale).text, link, date: p.start, description: localize(p.summary, locale).text, guid: link };
    });
}

/** Text for an XML element written by hand (the channel's and items' extra elements). */
const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** The date of an ISO day at midnight UTC. */
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The RSS 2.0 feed of one language (written by @astrojs/rss): visits that have begun and projects that have started, newest first. */
export function rssFeed(content: SiteContent, locale: Locale, site: URL | undefined, today: string): Promise<string> {
  const items = [...visitItems(content, locale, site, today), ...projectItems(content, locale, site, today)]
    .sort((a, b) => b.date.localeCompare(a.date) || a.guid.localeCompare(b.guid))
    .slice(0, FEED_SIZE);
  // The feed's own address: a file, so no trailing slash as pages have.
  const self = `${absoluteUrl(site, locale, '')}rss.xml`;
  return getRssString({
    title: localize(content.site.title, locale).text,
    description: t(locale, 'feeds.rssDescription'),
    site: absoluteUrl(site, locale, ''),
    trailingSlash: true,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      `<atom:link href="${xmlText(self)}" rel="self" type="application/rss+xml"/>`,
      `<language>${locale}</language>`,
      ...(items.length ? [`<lastBuildDate>${day(items[0]!.date).toUTCString()}</lastBuildDate>`] : []),
    ].join(''),
    items: items.map((i) => ({
      title: i.title,
      link: i.link,
      pubDate: day(i.date),
      description: i.description,
      // A visit's link is its professor's page, shared by all their visits: its id is not a permalink.
      customData: `<guid isPermaLink="${i.guid === i.link}">${xmlText(i.guid)}</guid>`,
    })),
  });
}

/**
 * The host's time zone (Almaty has kept UTC+05:00 since 1 March 2024), as a VTIMEZONE. The
 * visits are all-day dates and do not refer to it; it is there because RFC 5545 (§3.6) wants at
 * least one component in a calendar, and a country with no visit to come has no event. A time zone
 * is a component that calendar applications read without showing anything.
 */
const HOST_TIME_ZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Asia/Almaty',
  'X-LIC-LOCATION:Asia/Almaty',
  'BEGIN:STANDARD',
  'DTSTART:20240301T000000',
  'TZOFFSETFROM:+0600',
  'TZOFFSETTO:+0500',
  'TZNAME:+05',
  'END:STANDARD',
  'END:VTIMEZONE',
];

const dayAfter = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** Visits still running or to come on `today`, soonest first. */
export function upcomingVisits(professors: readonly Professor[], today: string): VisitOfProfessor[] {
  return professors
    .flatMap((professor) => professor.visits.filter((v) => v.end >= today).map((visit) => ({ professor, visit })))
    .sort((a, b) => a.visit.start.localeCompare(b.visit.start) || a.professor.id.localeCompare(b.professor.id));
}

/**
 * An iCalendar file (written by ical-generator) of the visits still to come,
 * in English with Russian names in the description: one all-day event per
 * visit, its lecture courses listed, and the host's time zone.
 */
export function calendar(
  content: SiteContent,
  professors: readonly Professor[],
  site: URL | undefined,
  today: string,
  name: string,
): string {
  const host = localize(content.host.name, 'en').text;
  const domain = site ? new URL(site).hostname : 'localhost';
  const cal = ical({
    name,
    prodId: { company: domain, product: 'Visiting professors', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    scale: 'GREGORIAN',
  });
  for (const { professor: p, visit: v } of upcomingVisits(professors, today)) {
    const courses = v.activities.filter((a) => a.type === 'lecture-course').map((a) => `${a.title.en}${a.hours ? ` (${a.hours} h)` : ''}`);
    cal.createEvent({
      id: `${p.id}-${v.start}@${domain}`,
      stamp: day(today),
      // All-day: the end is the day after the last day (RFC 5545).
      start: day(v.start),
      end: day(dayAfter(v.end)),
      allDay: true,
      summary: `${p.name} (${p.country.name.en}) at ${v.host.id === content.host.id ? host : localize(v.host.name, 'en').text}`,
      description: [
        p.summary.en,
        `${v.programme.shortName.en}: ${v.formats.map((f) => t('en', `format.${f}`)).join(', ')}.`,
        ...(courses.length ? [`${t('en', 'format.lecture-course')}: ${courses.join('; ')}.`] : []),
        ...(p.example ? [t('en', 'badge.exampleHint')] : []),
      ].join('\n'),
      url: absoluteUrl(site, 'en', `professors/${p.id}`),
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  // The time zone goes before the events, as calendars usually write it; every line ends with CRLF,
  // the last (END:VCALENDAR) too (RFC 5545 §3.1, §3.4).
  const lines = cal.toString().split('\r\n').filter(Boolean);
  const first = lines.findIndex((line) => line.startsWith('BEGIN:V') && line !== 'BEGIN:VCALENDAR');
  const at = first === -1 ? lines.length - 1 : first;
  return [...lines.slice(0, at), ...HOST_TIME_ZONE, ...lines.slice(at), ''].join('\r\n');
}
