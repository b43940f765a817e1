/** Loaders for content that Astro's built-in loaders do not cover. */
import { readFile } from 'node:fs/promises';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';

/** Loads one YAML file as a single entry with the given id (used for site.yaml). */
export function singleFileLoader(path: string, id: string): Loader {
  return {
    name: 'single-file',
    load: async ({ store, parseData, watcher }) => {
      const load = async () => {
        const data = parse(await readFile(path, 'utf8'), { schema: 'core' }) as Record<string, unknown>;
        store.clear();
        store.set({ id, data: await parseData({ id, data }) });
      };
      await load();
      watcher?.add(path);
      watcher?.on('change', (changed) => {
        if (changed === path) void load();
      });
    },
  };
}
