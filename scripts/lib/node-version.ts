// Stops a command that would run on a Node.js older than package.json's
// engines.node with one line naming the version it needs. `npm run …` uses the
// Node 24 that `npm ci` installs into node_modules/.bin, so this only fires
// when something is started with an older system Node directly. Importing this
// file checks the running Node (Astro's own CLI does the same for builds).
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { engines: { node: string } };
/** The lowest version engines.node allows, e.g. "22.12.0". */
export const REQUIRED_NODE = pkg.engines.node.replace(/^>=\s*/, '');

/** True when `version` (e.g. "20.20.2") is at least `required`. */
export function satisfies(version: string, required = REQUIRED_NODE): boolean {
  const have = version.split('.').map(Number);
  const need = required.split('.').map(Number);
  for (let i = 0; i < need.length; i++) {
    if ((have[i] ?? 0) !== need[i]) return (have[i] ?? 0) > (need[i] ?? 0);
  }
  return true;
}

/** Exits with one line when this process runs on an older Node.js. */
export function requireNode(version = process.versions.node): void {
  if (satisfies(version)) return;
  console.error(
    `This project needs Node.js ${REQUIRED_NODE} or newer (this is ${version}); run it through npm (npm run build, npm test), which uses the Node 24 that npm ci installs.`,
  );
  process.exit(1);
}

requireNode();
