/** Browser tests: the shared server and Chromium, started and stopped around a test file. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch, serve } from '../../scripts/lib/serve';

export { chromiumPath, launch, serve } from '../../scripts/lib/serve';

/**
 * For a test file: serves a built site and starts Chromium before its tests,
 * and stops both after them. Read `browser` and `url` inside tests.
 */
export function servedSite(dist: () => string): { browser: Browser; url: string } {
  const site = {} as { browser: Browser; url: string };
  let server: Awaited<ReturnType<typeof serve>> | undefined;
  beforeAll(async () => {
    server = await serve(dist());
    site.url = server.url;
    site.browser = await launch();
  });
  afterAll(async () => {
    await site.browser?.close();
    await server?.close();
  });
  return site;
}
