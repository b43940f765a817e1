// The GitHub workflows must run the project's own commands, and only on events that are safe for forks.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validateWorkflow } from '@action-validator/core';
import { ROOT } from '../helpers/run';

interface Step {
  run?: string;
  uses?: string;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, { steps: Step[]; permissions?: Record<string, string> }>;
}

const dir = join(ROOT, '.github/workflows');
const workflows = Object.fromEntries(
  readdirSync(dir)
    .filter((f) => f.endsWith('.yml'))
    .map((f) => [f, parse(readFileSync(join(dir, f), 'utf8')) as Workflow]),
);
const scripts = Object.keys((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps);

describe('GitHub workflows', () => {
  it('pass the GitHub workflow schema check (action-validator)', () => {
    for (const file of Object.keys(workflows)) {
      const state = validateWorkflow(readFileSync(join(dir, file), 'utf8'));
      expect(state.errors, file).toEqual([]);
    }
    // The check itself catches a misspelt key.
    expect(validateWorkflow('on: pull_request\njobs:\n  x:\n    runs-on: ubuntu-24.04\n    stepz: []\n').errors.length).toBeGreaterThan(0);
  });

  it('parse, and every command they run is one of the project\u2019s own', () => {
    expect(Object.keys(workflows).sort()).toEqual(['deploy.yml', 'pull-request.yml']);
    for (const [file, w] of Object.entries(workflows)) {
      for (const step of steps(w)) {
        if (!step.run) continue;
        for (const command of step.run.split('\n').filter(Boolean)) {
          const script = /^npm (?:run (\S+)|(test|ci)\b)/.exec(command);
          expect(script, `${file}: ${command}`).not.toBeNull();
          if (script![1]) expect(scripts, `${file}: ${command}`).toContain(script![1]);
        }
      }
    }
  });

  it('check pull requests on pull_request, never pull_request_target, with a read-only token', () => {
    const raw = readFileSync(join(dir, 'pull-request.yml'), 'utf8');
    expect(raw.replace(/#.*/g, '')).not.toMatch(/pull_request_target/);
    const w = workflows['pull-request.yml']!;
    expect(Object.keys(w.on)).toEqual(['pull_request']);
    expect(w.permissions).toEqual({ contents: 'read' });
    const runs = steps(w).map((s) => s.run ?? s.uses ?? '');
    // Validate (as annotations), build, upload the preview, test: in that order.
    const order = ['npm ci', 'npm run validate -- --github', 'npm run build', 'actions/upload-artifact', 'npm test'].map((x) =>
      runs.findIndex((r) => r.startsWith(x)),
    );
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('deploy main to GitHub Pages with the Pages address and base path', () => {
    const w = workflows['deploy.yml']!;
    expect(w.on).toMatchObject({ push: { branches: ['main'] } });
    // A nightly build keeps what is "coming soon" true.
    expect((w.on as { schedule?: { cron: string }[] }).schedule?.[0]?.cron).toMatch(/^\d+ \d+ \* \* \*$/);
    const build = steps(w).find((s) => s.run === 'npm run build')!;
    expect(build.env?.BASE_PATH).toContain('steps.pages.outputs.base_path');
    expect(build.env?.SITE_URL).toContain('steps.pages.outputs.origin');
    expect(steps(w).map((s) => s.uses?.split('@')[0])).toEqual(
      expect.arrayContaining(['actions/upload-pages-artifact', 'actions/deploy-pages']),
    );
  });
});
