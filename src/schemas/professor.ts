/** A visiting professor: one file per person, `professors/<slug>.md`, the biography in the body. */
import { z } from 'astro/zod';
import { bodyTranslations, draft, englishOnly, example, httpUrl, line, localized, ref, sources } from './common';
import { googleScholarId, languageCode, orcid, scopusAuthorId } from './identifiers';
import { picture } from './image';
import { publicationSchema } from './publication';
import { visitSchema } from './visit';

/**
 * Every field but the photo, built once: Astro calls the schema function for
 * each entry (to bind image() to its file), and building these fields anew
 * each time cost more than checking the entry.
 */
const before = once(() => ({
  name: line('Full name as the person writes it in Latin script, e.g. "Anna Novák".', 120),
  nameRu: line('Name in Russian Cyrillic, e.g. "Анна Новак".', 120).optional(),
  nameKk: line('Name in Kazakh Cyrillic, e.g. "Анна Новак".', 120).optional(),
  degree: z
    .union(
      [
        line('A degree written the same in every language, e.g. "PhD" or "Dr.-Ing.".', 80),
        localized('A degree that is translated, e.g. { en: Candidate of Technical Sciences, ru: кандидат технических наук }.'),
      ],
      { error: 'must be text such as "PhD", or en/ru/kk texts for a degree that is translated' },
    )
    .optional()
    .describe(
      'Academic degree: text that stays the same in every language ("PhD", "Dr.-Ing."), or en/ru/kk texts for one that is translated.',
    ),
  position: localized('Position at the home institution, e.g. "Associate Professor of Food Engineering".'),
}));
const after = once(() => ({
  country: ref('countries', 'pl').describe('Country of the home institution: its ISO code, e.g. `pl`.'),
  institution: ref('institutions', 'warsaw-university-of-life-sciences'),
  fields: z
    .array(ref('fields', 'food-technology'))
    .min(1, { message: 'needs at least one discipline from fields.yaml' })
    .describe('Disciplines from `fields.yaml`, e.g. `[food-technology]`.'),
  teachingLanguages: z.array(languageCode).default([]).describe('Languages the person taught in, e.g. `[en, ru]`.'),
  links: z
    .object({
      orcid: orcid.optional(),
      scopus: scopusAuthorId.optional(),
      scholar: googleScholarId.optional(),
      website: httpUrl('Personal or institutional profile page.').optional(),
    })
    .strict()
    .default({})
    .describe('Research profiles.'),
  visits: z
    .array(visitSchema)
    .min(1, { message: 'needs at least one visit: add one under visits' })
    .describe('Every stay at the host university, oldest first. Three visits stay in one file.'),
  publications: z.array(publicationSchema).default([]).describe('Publications written with colleagues at the host university.'),
  summary: localized('One or two sentences about the person, shown on cards.', 'prose', 400),
  biography: bodyTranslations('Biography'),
  example,
  englishOnly,
  sources,
  draft,
}));

function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/** `image` is Astro's image() inside the site build, and imagePath() in the validation CLI. */
export function professorSchema<I extends z.ZodType>({ image }: { image: () => I }) {
  return z
    .object({
      ...before(),
      photo: picture(image, 'Portrait photo with its alternative text.').optional(),
      ...after(),
    })
    .strict();
}

/** Professor data as the validator sees it (photo paths as text). */
export type ProfessorData = z.infer<ReturnType<typeof professorSchema<z.ZodString>>>;
