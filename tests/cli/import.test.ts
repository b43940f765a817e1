// `npm run import` as an editor runs it: a plan that writes nothing, then
// --write, which writes the files and checks the folder; a wrong path is named.
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, run } from '../helpers/run';

const work = mkdtempSync(join(tmpdir(), 'import-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const importCommand = (args: string[], content: string) => run('npm', ['run', '-s', 'import', '--', ...args], { CONTENT_DIR: content });

describe('npm run import', () => {
  it('prints the plan without writing, writes with --write, and then finds nothing to change', () => {
    const content = join(work, 'content');
    cpSync(join(ROOT, 'content'), content, { recursive: true });
    const sheet = join(work, 'visits.csv');
    writeFileSync(
      sheet,
      'Name (Latin),Country,Home institution,Position,Fields,Programme,First day,Last day,Forms of cooperation\r\n' +
        'Aibek Toktosunov,Kyrgyzstan,Chuy Valley Institute of Environmental Engineering,,,Foreign Scientist,01.02.2027,20.02.2027,seminar\r\n',
    );
    const plan = importCommand([sheet], content);
    expect(plan.status, plan.stderr).toBe(0);
    expect(plan.stdout).toContain('  visits added:        1 (to professors already on the site)');
    expect(plan.stdout).toContain('Nothing was written. To write these files, run the same command with --write');
    expect(run('git', ['diff', '--no-index', '--quiet', join(ROOT, 'content', 'professors'), join(content, 'professors')]).status).toBe(0);

    const write = importCommand([sheet, '--write'], content);
    expect(write.status, write.stdout + write.stderr).toBe(0);
    expect(write.stdout).toContain('Wrote 1 file. Checking the content folder…');
    expect(write.stdout).toContain('All files valid.');

    const again = importCommand([sheet], content);
    expect(again.stdout).toContain('Nothing to change.');
  });

  it('names a file that does not exist, and writes nothing', () => {
    const r = importCommand([join(work, 'missing.xlsx')], join(work, 'none'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('missing.xlsx does not exist');
    expect(existsSync(join(work, 'none'))).toBe(false);
  });
});
