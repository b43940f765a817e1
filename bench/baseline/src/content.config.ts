import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';
import { basename, extname, join, resolve } from 'node:path';

const root = resolve(process.env.CONTENT_DIR ?? '../../content');

export const collections = {
  professors: defineCollection({
    loader: glob({ base: join(root, 'professors'), pattern: '**/[!_]*.md', generateId: ({ entry }) => basename(entry, extname(entry)) }),
    schema: z.object({ name: z.string() }).passthrough(),
  }),
};
