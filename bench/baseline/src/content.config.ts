import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { basename, extname, join, resolve } from 'node:path';

const root = resolve(process.env.CONTENT_DIR ?? '../../content');

export const collections = {
  professors: defineCollection({
    loader: glob({ base: join(root, 'professors'), pattern: '**/[!_]*.md', generateId: ({ entry }) => basename(entry, extname(entry)) }),
    schema: z.looseObject({ name: z.string() }),
  }),
};
