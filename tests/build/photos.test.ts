// Professors' photos: the profile shows one responsive, lazily loaded picture with the
// alt text of the page's language and the photo's credit; lists show it beside the name
// without reading it out; the link preview shows the photo, or the initials without one.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, inject, it } from 'vitest';
import { readContentTree } from '~/lib/validation/read';
import { builtPages } from '../helpers/dist';
import { ROOT } from '../helpers/run';

interface Photo {
  src: string;
  alt: Partial<Record<'en' | 'ru' | 'kk', string>> & { en: string };
  credit?: Partial<Record<'en' | 'ru' | 'kk', string>> & { en: string };
}
const dist = inject('dist');
const pages = new Map(builtPages(dist).map((p) => [p.path, p]));
const professors = readContentTree(join(ROOT, 'content'))
  .files.filter((f) => f.collection === 'professors')
  .map((f) => ({ id: f.id, photo: (f.data as { photo?: Photo }).photo }));
const withPhoto = professors.filter((p) => p.photo);
const withoutPhoto = professors.filter((p) => !p.photo);

async function pixel(file: string, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(file).raw().toBuffer({ resolveWithObject: true });
  const i = (y * info.width + x) * info.channels;
  return [data[i]!, data[i + 1]!, data[i + 2]!];
}
const INITIALS_BACKGROUND = [0xe0, 0xf2, 0xfe];
const near = (a: number[], b: number[]) => a.every((v, i) => Math.abs(v - b[i]!) < 12);

describe('professors with a photo', () => {
  it('exist in the content, at least two', () => {
    expect(withPhoto.length).toBeGreaterThanOrEqual(2);
  });

  for (const locale of ['en', 'ru', 'kk'] as const) {
    it(`show it on the profile in ${locale}: one image with size, alt text, lazy loading, WebP and a 2x source, and its credit`, () => {
      for (const { id, photo } of withPhoto) {
        const doc = pages.get(`${locale}/professors/${id}/`)!.doc;
        const images = doc.querySelectorAll('main article > header img');
        expect(images, id).toHaveLength(1);
        const img = images[0]!;
        expect(img.getAttribute('alt'), id).toBe(photo!.alt[locale] ?? photo!.alt.en);
        expect([img.getAttribute('width'), img.getAttribute('height')], id).toEqual(['160', '160']);
        expect(img.getAttribute('loading'), id).toBe('lazy');
        expect(img.getAttribute('src'), id).toMatch(/\.webp$/);
        expect(img.getAttribute('srcset'), id).toMatch(/\.webp 1x, \S+\.webp 2x$/);
        for (const src of img
          .getAttribute('srcset')!
          .split(', ')
          .map((s) => s.split(' ')[0]!))
          expect(existsSync(join(dist, src)), src).toBe(true);
        if (photo!.credit)
          expect(doc.querySelector('main article > header figcaption')?.text.trim(), id).toContain(
            photo!.credit[locale] ?? photo!.credit.en,
          );
      }
    });
  }

  it('show it in the A to Z list beside the name, with empty alt text so it is not read out twice', () => {
    const list = pages.get('en/professors/')!.doc;
    for (const { id } of withPhoto) {
      const card = list.querySelector(`a[href$="/professors/${id}/"]`)?.closest('li');
      const img = card?.querySelector('img');
      expect(img?.getAttribute('alt'), id).toBe('');
    }
  });

  it('show the photo in the link preview, and the initials for everyone else', async () => {
    for (const { id } of withPhoto) {
      expect(near(await pixel(join(dist, `og/professors/${id}.png`), 174, 402), INITIALS_BACKGROUND), id).toBe(false);
    }
    for (const { id } of withoutPhoto.slice(0, 3)) {
      expect(near(await pixel(join(dist, `og/professors/${id}.png`), 100, 402), INITIALS_BACKGROUND), id).toBe(true);
      expect(pages.get(`en/professors/${id}/`)!.doc.querySelectorAll('main article > header img'), id).toHaveLength(0);
    }
  });
});
