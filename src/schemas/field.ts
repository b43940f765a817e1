/** A discipline of the vocabulary in `fields.yaml`. */
import { z } from 'astro/zod';
import { KEBAB_CASE, localized } from './common';

export const fieldSchema = z
  .object({
    id: z
      .string({ error: (issue) => (issue.input === undefined ? 'is missing: give the field an id such as food-technology' : undefined) })
      .regex(KEBAB_CASE, { message: 'must be lower-case words joined by hyphens, e.g. food-technology' })
      .describe('Id used in professor and project files, e.g. `food-technology`.'),
    label: localized('Name of the discipline.'),
  })
  .strict();

export type FieldData = z.infer<typeof fieldSchema>;
