// Visits still to come from one country, as an iCalendar feed.
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteContent } from '~/lib/content';
import { calendar } from '~/lib/feeds';
import { today } from '~/lib/format';
import { localize } from '~/lib/i18n';

export const getStaticPaths = (async () => {
  const { professorsByCountry } = await siteContent();
  return [...professorsByCountry.keys()].map((country) => ({ params: { country } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const content = await siteContent();
  const country = content.countries.get(params.country!)!;
  const name = `${localize(content.site.title, 'en').text}: ${country.name.en}`;
  return new Response(calendar(content, content.professorsByCountry.get(country.id) ?? [], site, today(), name), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
