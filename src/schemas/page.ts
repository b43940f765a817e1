/** A page of prose in one language: `pages/<locale>/<name>.md`, e.g. `pages/ru/apply.md`. */
import { z } from 'astro/zod';
import { draft, line } from './common';
import { reliesOn } from './facts';

export const pageSchema = z
  .object({
    title: line('Title of the page in its language, shown as the heading.', 120),
    description: line('One sentence for search engines and link previews.', 300),
    contact: z
      .boolean()
      .default(false)
      .describe(
        'Set to true to show the contact box (from site.yaml) under the title of the page, e.g. on the page for visiting professors.',
      ),
    reliesOn,
    draft,
  })
  .strict();

export type PageData = z.infer<typeof pageSchema>;
