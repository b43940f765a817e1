/**
 * Feeds for people who follow the programme: RSS per language (visits and
 * projects, newest first) and iCalendar (RFC 5545) of visits still to come,
 * for the whole site and per country. Built once per build, like the pages;
 * "upcoming" is counted from the build date, so a daily rebuild keeps it true.
 */
import type { Professor, Project, SiteContent, VisitOfProfessor } from './content';
import { formatDateRange } from './format';
import { localize, t, type Locale, type MessageKey } from './i18n';
import { displayName } from './names';
import { absoluteUrl } from './seo';

/** How many items an RSS feed carries. */
export const FEED_SIZE = 50;

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** RFC 822 date of an ISO day, as RSS wants it. */
const rfc822 = (iso: string) => new Date(`${iso}T00:00:00Z`).toUTCString();

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
            `${localize(v.programme.shortName, locale).text}; ${v.formats.map((f) => t(locale, `format.${f}` as MessageKey)).join(', ')}.`,
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

/** The RSS 2.0 feed of one language: visits that have begun and projects that have started, newest first. */
export function rssFeed(content: SiteContent, locale: Locale, site: URL | undefined, today: string): string {
  const items = [...visitItems(content, locale, site, today), ...projectItems(content, locale, site, today)]
    .sort((a, b) => b.date.localeCompare(a.date) || a.guid.localeCompare(b.guid))
    .slice(0, FEED_SIZE);
  const home = absoluteUrl(site, locale, '');
  const self = absoluteUrl(site, locale, 'rss.xml');
  const title = localize(content.site.title, locale).text;
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>${escapeXml(title)}</title>
<link>${escapeXml(home)}</link>
<atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>
<description>${escapeXml(t(locale, 'feeds.rssDescription'))}</description>
<language>${locale}</language>
${items.length ? `<lastBuildDate>${rfc822(items[0]!.date)}</lastBuildDate>\n` : ''}${items
    .map(
      (i) => `<item>
<title>${escapeXml(i.title)}</title>
<link>${escapeXml(i.link)}</link>
<guid isPermaLink="false">${escapeXml(i.guid)}</guid>
<pubDate>${rfc822(i.date)}</pubDate>
<description>${escapeXml(i.description)}</description>
</item>
`,
    )
    .join('')}</channel>
</rss>
`;
}

/** Text escaped for an iCalendar TEXT value (RFC 5545, 3.3.11). */
const icsText = (s: string) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** A content line folded at 75 octets, continuation lines starting with a space (RFC 5545, 3.1). */
function fold(line: string): string {
  const bytes = new TextEncoder();
  const out: string[] = [];
  let current = '';
  for (const ch of line) {
    const limit = out.length === 0 ? 75 : 74;
    if (bytes.encode(current + ch).length > limit) {
      out.push(current);
      current = ch;
    } else current += ch;
  }
  out.push(current);
  return out.join('\r\n ');
}

const icsDate = (iso: string) => iso.replace(/-/g, '');
const dayAfter = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** Visits still running or to come on `today`, soonest first. */
export function upcomingVisits(professors: readonly Professor[], today: string): VisitOfProfessor[] {
  return professors
    .flatMap((professor) => professor.visits.filter((v) => v.end >= today).map((visit) => ({ professor, visit })))
    .sort((a, b) => a.visit.start.localeCompare(b.visit.start) || a.professor.id.localeCompare(b.professor.id));
}

/**
 * An iCalendar file of the visits still to come (English, with Russian names
 * in the description): one all-day event per visit, its lecture courses listed.
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
  const events = upcomingVisits(professors, today).flatMap(({ professor: p, visit: v }) => {
    const courses = v.activities.filter((a) => a.type === 'lecture-course').map((a) => `${a.title.en}${a.hours ? ` (${a.hours} h)` : ''}`);
    const description = [
      p.summary.en,
      `${v.programme.shortName.en}: ${v.formats.map((f) => t('en', `format.${f}` as MessageKey)).join(', ')}.`,
      ...(courses.length ? [`${t('en', 'format.lecture-course')}: ${courses.join('; ')}.`] : []),
      ...(p.example ? [t('en', 'badge.exampleHint')] : []),
    ].join('\n');
    return [
      'BEGIN:VEVENT',
      `UID:${p.id}-${v.start}@${domain}`,
      `DTSTAMP:${icsDate(today)}T000000Z`,
      `DTSTART;VALUE=DATE:${icsDate(v.start)}`,
      `DTEND;VALUE=DATE:${icsDate(dayAfter(v.end))}`,
      `SUMMARY:${icsText(`${p.name} (${p.country.name.en}) at ${v.host.id === content.host.id ? host : localize(v.host.name, 'en').text}`)}`,
      `DESCRIPTION:${icsText(description)}`,
      `URL:${absoluteUrl(site, 'en', `professors/${p.id}`)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ];
  });
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${domain}//Visiting professors//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icsText(name)}`,
    ...events,
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
