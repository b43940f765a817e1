/**
 * Rule: an example entry shows readers what the site is, and most of them read
 * Russian or Kazakh, so every text of an example professor or project has ru and
 * kk, unless the entry says `englishOnly: true` (kept so the fallback stays tested).
 * Real entries may be in English only. The texts are found from the schema.
 */
import { z } from 'astro/zod';
import { COLLECTIONS } from '~/schemas/index';
import { imagePath } from '~/schemas/image';
import { peel } from '~/schemas/introspect';
import { problem, type ContentModel, type Entry, type Path } from '../model';
import type { Problem } from '../read';

const LANGUAGES = { ru: 'Russian', kk: 'Kazakh' } as const;

/** A translated text: an object with `ru` and `kk` (and `en`, unless English is the Markdown body). */
function isTranslated(s: z.ZodType): boolean {
  return s instanceof z.ZodObject && 'ru' in s.shape && 'kk' in s.shape;
}

/** Every translated text in `value` as `schema` reads it, with its path and whether its English is the body. */
export function translatedTexts(
  schema: z.ZodType,
  value: unknown,
  path: Path = [],
): { path: Path; text: Record<string, unknown>; bodyIsEnglish: boolean }[] {
  if (value === undefined || value === null) return [];
  const s = peel(schema).schema;
  if (s instanceof z.ZodUnion)
    return (s.options as z.ZodType[])
      .filter((o) => isTranslated(peel(o).schema))
      .flatMap((o) => (typeof value === 'object' ? translatedTexts(o, value, path) : []));
  if (isTranslated(s) && typeof value === 'object')
    return [{ path, text: value as Record<string, unknown>, bodyIsEnglish: !('en' in (s as z.ZodObject).shape) }];
  if (s instanceof z.ZodObject && typeof value === 'object')
    return Object.entries(s.shape as Record<string, z.ZodType>).flatMap(([key, field]) =>
      translatedTexts(field, (value as Record<string, unknown>)[key], [...path, key]),
    );
  if (s instanceof z.ZodArray && Array.isArray(value))
    return value.flatMap((item, i) => translatedTexts(s.element as z.ZodType, item, [...path, i]));
  return [];
}

function check(entry: Entry<{ example: boolean; englishOnly?: boolean }>, schema: z.ZodType): Problem[] {
  if (!entry.data.example || entry.data.englishOnly) return [];
  const out: Problem[] = [];
  for (const { path, text, bodyIsEnglish } of translatedTexts(schema, entry.data)) {
    if (bodyIsEnglish && !entry.body?.trim()) continue;
    for (const [code, language] of Object.entries(LANGUAGES)) {
      if (typeof text[code] === 'string' && (text[code] as string).trim()) continue;
      const what = bodyIsEnglish ? 'the text below the front matter' : 'the English text';
      out.push(
        problem(
          entry,
          [...path, code],
          `is missing: every text of an example entry needs ${language}; add ${code} (the ${language} of ${what}), or set englishOnly: true if the entry stays in English on purpose`,
          entry.lineOf?.(path),
        ),
      );
    }
  }
  return out;
}

/** Every text of an example professor or project has Russian and Kazakh, unless the entry is marked englishOnly. */
export function checkTranslations(model: ContentModel): Problem[] {
  const professor = COLLECTIONS.professors.schema({ image: imagePath });
  return [
    ...model.professors.flatMap((e) => check(e, professor)),
    ...model.projects.flatMap((e) => check(e, COLLECTIONS.projects.schema())),
  ];
}
