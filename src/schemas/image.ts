/**
 * Images in content files. Inside Astro the schema context supplies `image()`,
 * which resolves and optimises the file; the validation CLI supplies
 * `imagePath()` below, which checks the path the same way without Astro.
 */
import { z } from 'astro/zod';
import { localized, typeError, withEditorKind } from './common';

export type ImageFn = () => z.ZodType;

/** Stand-in for Astro's `image()` outside Astro: a relative path to a local raster image. */
export const imagePath = () =>
  withEditorKind(
    z
      .string({ error: typeError('must be the path of an image file next to this entry, e.g. ./photos/anna-novak.jpg') })
      .regex(/^(?:\.\/)?[a-z0-9][a-z0-9._/-]*\.(?:jpe?g|png|webp|avif)$/, {
        message: 'must be a path to a .jpg, .png, .webp or .avif file next to this entry, e.g. ./photos/anna-novak.jpg',
      })
      .refine((p) => !p.split('/').includes('..'), {
        message: 'must not leave the content folder (no ..): put the image next to this entry',
      }),
    { kind: 'image' },
  );

/** A picture with its alternative text, which screen readers read out. */
export function picture<I extends z.ZodType>(image: () => I, description: string) {
  return z
    .object({
      src: image().describe('Path of the image file relative to this entry, e.g. `./photos/anna-novak.jpg`.'),
      alt: localized('What the picture shows, for people who cannot see it, e.g. "Portrait of Anna Novák".'),
      credit: localized(
        'Who made the picture and under which licence or permission, shown under it, e.g. "Photo: ATU press office, CC BY 4.0".',
      ).optional(),
    })
    .strict()
    .describe(description);
}
