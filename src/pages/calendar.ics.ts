// Every visit still to come, as an iCalendar feed to subscribe to.
import type { APIRoute } from 'astro';
import { siteContent } from '~/lib/content';
import { calendar } from '~/lib/feeds';
import { today } from '~/lib/format';
import { localize } from '~/lib/i18n';

export const GET: APIRoute = async ({ site }) => {
  const content = await siteContent();
  return new Response(calendar(content, content.professors, site, today(), localize(content.site.title, 'en').text), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
