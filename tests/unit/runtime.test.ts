// The project brings its own Node.js: npm ci installs Node 24 from the npm registry, npm runs
// every script with it, and anything started with an older Node stops with one line.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REQUIRED_NODE, satisfies } from '../../scripts/lib/node-version';
import { ROOT, run } from '../helpers/run';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  engines: { node: string };
  devDependencies: Record<string, string>;
};

describe('the Node.js runtime', () => {
  it('runs the tests on the Node 24 that package.json pins, which engines.node allows', () => {
    const pinned = pkg.devDependencies.node!;
    expect(pinned).toMatch(/^24\.\d+\.\d+$/);
    expect(process.versions.node).toBe(pinned);
    expect(satisfies(pinned)).toBe(true);
    expect(REQUIRED_NODE).toBe('22.12.0');
  });

  it('names Node 24 in .nvmrc and in every workflow that sets up Node', () => {
    expect(readFileSync(join(ROOT, '.nvmrc'), 'utf8').trim()).toBe('24');
    const dir = join(ROOT, '.github/workflows');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.yml'))) {
      const workflow = parse(readFileSync(join(dir, file), 'utf8')) as {
        jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }>;
      };
      for (const step of Object.values(workflow.jobs).flatMap((j) => j.steps)) {
        if (step.uses?.startsWith('actions/setup-node'))
          expect(step.with, file).toEqual(expect.objectContaining({ 'node-version-file': '.nvmrc' }));
      }
    }
  });

  it('compares versions part by part', () => {
    expect(satisfies('22.12.0')).toBe(true);
    expect(satisfies('22.11.9')).toBe(false);
    expect(satisfies('22.9.0')).toBe(false);
    expect(satisfies('20.20.2')).toBe(false);
    expect(satisfies('23.0.0')).toBe(true);
    expect(satisfies('24.21.0')).toBe(true);
  });

  it('stops a command started on an older Node with one line that names the version it needs', () => {
    const r = run('npx', ['tsx', '-e', "import { requireNode } from './scripts/lib/node-version.ts'; requireNode('20.20.2');"]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringContaining('needs Node.js 22.12.0 or newer (this is 20.20.2)')]);
  });
});
