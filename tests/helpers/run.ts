/** Runs a project command the way an editor or CI would, capturing its output. */
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

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
