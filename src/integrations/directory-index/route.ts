// /directory/<locale>/<file>.json (injected by ./index.ts): the directory's index, names and
// card shards per language (see src/lib/directory-index.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteContent } from '~/lib/content';
import { directoryData } from '~/lib/directory-index';
import { LOCALES } from '~/lib/i18n';

export const getStaticPaths = (async () => {
  const content = await siteContent();
  const data = await Promise.all(LOCALES.map(async (locale) => [locale, await directoryData(content, locale)] as const));
  return data.flatMap(([locale, { files }]) =>
    Object.entries(files).map(([file, body]) => ({ params: { locale, file }, props: { body } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
