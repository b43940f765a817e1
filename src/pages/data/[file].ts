// The open data files (/data/professors.json, /data/visits.csv, ...) and the JSON Schema of each JSON file.
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteContent } from '~/lib/content';
import { DATA_FILES, dataFile, dataSchema, isJsonFile } from '~/lib/open-data';

export const getStaticPaths = (() => [
  ...DATA_FILES.map((file) => ({ params: { file } })),
  ...DATA_FILES.filter(isJsonFile).map((file) => ({ params: { file: file.replace(/\.json$/, '.schema.json') } })),
]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const name = params.file!;
  if (name.endsWith('.schema.json')) {
    const file = name.replace(/\.schema\.json$/, '.json') as (typeof DATA_FILES)[number];
    if (!isJsonFile(file)) return new Response(null, { status: 404 });
    return new Response(dataSchema(file), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
  }
  const file = name as (typeof DATA_FILES)[number];
  const type = file.endsWith('.csv') ? 'text/csv; charset=utf-8; header=present' : 'application/json; charset=utf-8';
  return new Response(dataFile(file, await siteContent(), site), { headers: { 'Content-Type': type } });
};
