/** Runs a project command the way an editor or CI would, capturing its output. */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The environment a person's shell would have: without the variables Vitest
 * sets for its own Vite (BASE_URL, MODE, NODE_ENV=test ...), which Astro would
 * otherwise read as the site's own settings.
 */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of [
    'BASE_URL',
    'MODE',
    'DEV',
    'PROD',
    'SSR',
    'NODE_ENV',
    'TEST',
    'VITEST',
    'VITEST_MODE',
    'VITEST_POOL_ID',
    'VITEST_WORKER_ID',
  ])
    delete env[key];
  return env;
}

export function run(command: string, args: string[], env: Record<string, string> = {}, timeout = 240_000): RunResult {
  const result = spawnSync(command, args, {
    cwd: ROOT,
    env: { ...cleanEnv(), ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * `run` without blocking the test worker: for builds, which take minutes on a
 * busy machine, during which a blocked worker cannot answer Vitest's own calls.
 */
export function runAsync(command: string, args: string[], env: Record<string, string> = {}, timeout = 600_000): Promise<RunResult> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...cleanEnv(), ...env, FORCE_COLOR: '0', NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeout);
    child.on('error', fail);
    child.on('close', (status) => {
      clearTimeout(timer);
      done({ status, stdout, stderr });
    });
  });
}

/** How long a test that builds a site may take, waiting for other builds included. */
export const BUILD_TIMEOUT = 900_000;

const BUILD_LOCK = join(ROOT, 'node_modules/.cache/site-build.lock');

/** Whether the process that took a lock still runs (a build killed by a timeout leaves its lock behind). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Waits until no other build of this checkout runs, then holds the lock until `release` is called. */
async function buildLock(): Promise<() => void> {
  mkdirSync(dirname(BUILD_LOCK), { recursive: true });
  for (;;) {
    try {
      mkdirSync(BUILD_LOCK);
      writeFileSync(join(BUILD_LOCK, 'pid'), String(process.pid));
      return () => rmSync(BUILD_LOCK, { recursive: true, force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    let holder = 0;
    try {
      holder = Number(readFileSync(join(BUILD_LOCK, 'pid'), 'utf8'));
    } catch {
      // taken a moment ago, its pid not yet written
    }
    if (holder && !running(holder)) rmSync(BUILD_LOCK, { recursive: true, force: true });
    else await sleep(250);
  }
}

/**
 * `npm run build` with the given settings, one build of this checkout at a time. When the output
 * folder is outside the project (a test's temporary folder), Astro writes its prerender chunks into
 * the project's own `.astro/.prerender/`, and rewrites `.astro/`'s content modules: two such builds at
 * once would read each other's files.
 */
export async function buildSite(env: Record<string, string>, timeout = BUILD_TIMEOUT): Promise<RunResult> {
  const release = await buildLock();
  try {
    return await runAsync('npm', ['run', 'build'], env, timeout);
  } finally {
    release();
  }
}

/**
 * A script of scripts/ as its npm script runs it, without npm's banner: in one Node process with tsx's
 * loader (`node_modules/.bin/tsx` would start a second process for every call).
 */
export function script(file: string, args: string[] = [], env: Record<string, string> = {}): RunResult {
  return run(process.execPath, ['--import', 'tsx', file, ...args], env);
}

/** `npm run validate` without npm's banner. */
export function validate(args: string[] = [], env: Record<string, string> = {}): RunResult {
  return script('scripts/validate.ts', args, env);
}
