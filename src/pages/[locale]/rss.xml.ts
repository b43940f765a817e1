// The news feed of one language: visits and projects, newest first.
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteContent } from '~/lib/content';
import { rssFeed } from '~/lib/feeds';
import { today } from '~/lib/format';
import { LOCALES, type Locale } from '~/lib/i18n';

export const getStaticPaths = (() => LOCALES.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response(await rssFeed(await siteContent(), params.locale as Locale, site, today()), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
