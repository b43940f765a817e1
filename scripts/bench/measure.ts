/** Timing and peak memory of a command, sizes of a build, and how soon `astro dev` serves its first page. */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { round, type DirStats } from './result';

/** As `npm run build` sizes it: Node's heap may grow to three quarters of the machine's memory. */
export const HEAP = `--max-old-space-size=${Math.floor((totalmem() / 2 ** 20) * 0.75)}`;

export interface Timed {
  wallS: number;
  rssKb: number;
  out: string;
}

/** Runs a command under /usr/bin/time: wall time, peak RSS of the process tree's largest process, and its output. */
export function timed(cmd: string, args: string[], env: Record<string, string>, cwd: string): Timed {
  const start = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], {
    cwd,
    env: { ...process.env, ...env, FORCE_COLOR: '0' },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const wallS = (performance.now() - start) / 1000;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`);
  const rssKb = Number(r.stderr.trim().split('\n').at(-1));
  return { wallS, rssKb, out: r.stdout + r.stderr };
}

/** Astro's own figures from its build log: page rendering and the site's content validation, in seconds. */
export function astroPhases(log: string): { renderS?: number; validateS?: number } {
  // eslint-disable-next-line no-control-regex -- Astro colours its log even with FORCE_COLOR=0
  const plain = log.replace(/\u001b\[[0-9;]*m/g, '');
  // Astro writes "812ms", "41.37s" or, past a minute, "7m 31s".
  const render = /generating static routes[\s\S]*?Completed in (?:(\d+)m )?([\d.]+)(m?s)/.exec(plain);
  const validate = /content valid: .* in (\d+) ms/.exec(plain);
  return {
    ...(render ? { renderS: round(Number(render[1] ?? 0) * 60 + Number(render[2]) / (render[3] === 'ms' ? 1000 : 1)) } : {}),
    ...(validate ? { validateS: round(Number(validate[1]) / 1000) } : {}),
  };
}

export function dirStats(dir: string): DirStats {
  let bytes = 0;
  let pages = 0;
  let files = 0;
  for (const f of readdirSync(dir, { recursive: true }).map(String)) {
    const p = join(dir, f);
    if (!statSync(p).isFile()) continue;
    bytes += statSync(p).size;
    files++;
    if (f.endsWith('.html')) pages++;
  }
  return { bytes, pages, files };
}

/** gzip bytes of a page's HTML plus the CSS and JS it references directly. */
export function pageWeight(dist: string, path: string): number {
  const html = readFileSync(join(dist, path, 'index.html'));
  let total = gzipSync(html).length;
  for (const m of html.toString().matchAll(/(?:href|src)="\/(_astro\/[^"]+\.(?:css|js))"/g))
    total += gzipSync(readFileSync(join(dist, m[1]!))).length;
  return total;
}

/** Seconds from starting `astro dev` on `content` until it serves the English home page. */
export async function devFirstPage(root: string, content: string): Promise<number> {
  const port = 4321 + Math.floor(Math.random() * 1000);
  const start = performance.now();
  const child = spawn(join(root, 'node_modules/.bin/astro'), ['dev', '--port', String(port)], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
    detached: true,
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`astro dev stopped with ${child.exitCode}`);
      if (performance.now() - start > 1_800_000) throw new Error('astro dev served no page in 30 minutes');
      const ok = await fetch(`http://localhost:${port}/en/`)
        .then((r) => r.ok)
        .catch(() => false);
      if (ok) return round((performance.now() - start) / 1000);
      await new Promise((r) => setTimeout(r, 250));
    }
  } finally {
    process.kill(-child.pid!, 'SIGTERM');
  }
}

export const gitCommit = () => spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim();
