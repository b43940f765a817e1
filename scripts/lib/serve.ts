/**
 * A static file server (sirv) over a built dist/ on 127.0.0.1 and Debian's Chromium
 * driven by playwright-core (never a downloaded browser). Used by the browser
 * tests and by the benchmark.
 */
import { createReadStream, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import sirv from 'sirv';
import { settings } from '~/lib/settings';

/** Serves `dist` at http://127.0.0.1:<port><prefix> the way a static host does (index.html, 404.html). */
export async function serve(dist: string, prefix = '/'): Promise<{ url: string; close: () => Promise<void> }> {
  // dev: every request looks at the folder as it is now, and nothing is cached.
  const files = sirv(dist, { dev: true, etag: false });
  const notFound = (res: import('node:http').ServerResponse) => {
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    createReadStream(join(dist, '404.html')).pipe(res);
  };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (!url.pathname.startsWith(prefix)) return notFound(res);
    req.url = url.pathname.slice(prefix.length - 1) + url.search;
    files(req, res, () => notFound(res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export function chromiumPath(): string {
  const path = settings.CHROME_PATH;
  if (!existsSync(path)) {
    throw new Error(`Chromium not found at ${path}. Install it with "apt-get install -y chromium" (Debian) or set CHROME_PATH.`);
  }
  return path;
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
