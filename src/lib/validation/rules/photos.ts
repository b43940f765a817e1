/** Rule: the photo a professor file names exists next to the file, as an image of at most 1 MB. */
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { problem, type ContentModel } from '../model';
import type { Problem } from '../read';

/** Largest photo file accepted: the site makes the smaller sizes itself. */
export const MAX_PHOTO_BYTES = 1024 * 1024;

/** The first bytes of each image format a photo may have, by file extension. */
const JPEG = { name: 'JPEG', test: (b: Buffer) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff };
const SIGNATURES: Record<string, { name: string; test: (b: Buffer) => boolean }> = {
  '.jpg': JPEG,
  '.jpeg': JPEG,
  '.png': { name: 'PNG', test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  '.webp': { name: 'WebP', test: (b) => b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP' },
  '.avif': { name: 'AVIF', test: (b) => b.toString('latin1', 4, 12) === 'ftypavif' },
};

/** What is wrong with a photo file, or undefined when it can be published. */
function photoFileProblem(path: string, src: string): string | undefined {
  if (!existsSync(path)) return `file ${src} does not exist: put the image there or correct the path`;
  const bytes = statSync(path).size;
  if (bytes > MAX_PHOTO_BYTES) {
    const mb = (bytes / 1024 / 1024).toFixed(1);
    return `file ${src} is ${mb} MB, more than 1 MB: save it smaller (about 800 pixels wide, JPEG quality 80); the site makes the other sizes itself`;
  }
  const format = SIGNATURES[extname(path).toLowerCase()];
  const head = Buffer.alloc(16);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (format && !format.test(head))
    return `file ${src} is not a ${format.name} image: export the photo again as ${format.name}, or name the file after its real format`;
  return undefined;
}

/** Photos named in professor files exist next to the file, as images of at most 1 MB. Unlike the other rules, it reads the photo files. */
export function checkPhotos(model: ContentModel): Problem[] {
  const out: Problem[] = [];
  for (const professor of model.professors) {
    const src = professor.data.photo?.src;
    if (!src || !professor.path) continue;
    const message = photoFileProblem(resolve(dirname(professor.path), src), src);
    if (message) out.push(problem(professor, ['photo', 'src'], message));
  }
  return out;
}
