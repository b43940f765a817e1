/**
 * npm run bench:import -- [--rows N] [--seed S]
 * Times `npm run import` on a synthetic office sheet of N visit rows (default
 * 10,000): people with one to four visits each, at institutions already on
 * the site (named in English or Russian) or new ones, dates as the office
 * types them. Runs the command itself twice on a copy of the content: the
 * plan with --write, then the same sheet again (which must change nothing).
 */
import '../lib/node-version';
import { spawnSync } from 'node:child_process';
import { closeSync, cpSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliOptions, positiveInteger } from '../lib/cli';
import { ROOT } from '../../tests/helpers/run';

const HELP = `Usage: npm run bench:import -- [--rows N] [--seed S]

Writes a synthetic sheet of N visit rows (default 10000) and times
"npm run import -- sheet.csv --write" on a copy of the content folder, then
the same command again, which must find nothing to change. Prints both times
and the counts of the plan.
`;

const args = cliOptions('bench:import', HELP, { rows: { type: 'string' }, seed: { type: 'string' } });
const rows = positiveInteger('bench:import', HELP, 'rows', args.rows, 10_000);
let state = positiveInteger('bench:import', HELP, 'seed', args.seed, 1);
/** A small deterministic generator (mulberry32), so the same seed gives the same sheet. */
function random(): number {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const work = mkdtempSync(join(tmpdir(), 'bench-import-'));
const content = join(work, 'content');
cpSync(join(ROOT, 'content'), content, { recursive: true });
const COUNTRIES = ['Poland', 'Германия', 'Czechia', 'Италия', 'Turkey', 'Bulgaria', 'Kyrgyzstan', 'Uzbekistan', 'Austria', 'Switzerland'];
const FIELDS = ['food-technology', 'Биотехнология', 'Materials science', 'design', 'Энергетика'];
const FORMS = ['lecture course', 'семинар', 'joint research', 'стажировка', 'consultation'];
const SYLLABLES = ['ka', 'ren', 'lo', 'mi', 'sta', 'vek', 'dor', 'ni', 'sha', 'tel', 'ber', 'gan', 'zu', 'pol'];
const word = (n: number) => {
  const w = Array.from({ length: n }, () => pick(SYLLABLES)).join('');
  return w[0]!.toUpperCase() + w.slice(1);
};
// Home institutions, each shared by several people; the first row of each creates it.
const institutions = Array.from({ length: Math.max(10, Math.round(rows / 15)) }, (_, i) => ({
  name: `${word(3)} Institute of Technology ${i + 1}`,
  country: pick(COUNTRIES),
  city: word(2),
  website: `https://www.institute-${i + 1}.test`,
}));
const two = (n: number) => String(n).padStart(2, '0');

const header =
  'Name (Latin),Country,Home institution,Institution city,Institution website,Position,Fields,Programme,First day,Last day,Forms of cooperation,Hours,Topic,Summary,Source';
const lines = [header];
let person = 0;
while (lines.length - 1 < rows) {
  person++;
  // The number keeps synthetic people apart: two of them never share a name.
  const name = `${word(2)} ${word(3)} ${person}`;
  const inst = institutions[Math.floor(random() * institutions.length)]!;
  const fields = `${pick(FIELDS)};${pick(FIELDS)}`;
  const visits = 1 + Math.floor(random() * 4);
  for (let v = 0; v < visits && lines.length - 1 < rows; v++) {
    // One visit a year at most, so that no two overlap.
    const year = 2015 + 2 * v + Math.floor(random() * 2);
    const month = 1 + Math.floor(random() * 11);
    const day = 1 + Math.floor(random() * 14);
    const cells = [
      name,
      inst.country,
      `"${inst.name}"`,
      inst.city,
      inst.website,
      'Associate Professor',
      fields,
      random() < 0.8 ? 'Foreign Scientist' : 'Erasmus+ ICM',
      `${two(day)}.${two(month)}.${year}`,
      `${two(day + 10)}.${two(month)}.${year}`,
      pick(FORMS),
      String(12 + Math.floor(random() * 60)),
      `Course ${v + 1} of ${name}`,
      `Visiting professor number ${person} (synthetic).`,
      `https://visitors.test/${person}`,
    ];
    lines.push(cells.join(','));
  }
}
const sheet = join(work, 'sheet.csv');
writeFileSync(sheet, `${lines.join('\r\n')}\r\n`);

/** Runs the import as an editor would, its output to a file (it lists every new file, megabytes at this size). */
function timed(label: string, extra: string[]): void {
  const log = join(work, `${label.replace(/\W+/g, '-')}.log`);
  const fd = openSync(log, 'w');
  const started = performance.now();
  const r = spawnSync('npm', ['run', '-s', 'import', '--', sheet, ...extra], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: content },
    stdio: ['ignore', fd, fd],
  });
  const seconds = (performance.now() - started) / 1000;
  closeSync(fd);
  const out = readFileSync(log, 'utf8').split('\n');
  const summary = out.slice(out.findIndex((l) => / rows? read\.$/.test(l))).slice(0, 9);
  // The counts, then how the run ended (the last lines: the check of the folder, or "Nothing to change.").
  const ending = out.slice(-3).filter((l) => l && !summary.includes(l));
  process.stdout.write(`${label}: ${seconds.toFixed(1)} s (exit ${r.status})\n${[...summary, ...ending].join('\n')}\n\n`);
}

process.stdout.write(`${rows} rows, ${person} people, in ${sheet}\n\n`);
timed('import --write', ['--write']);
timed('the same sheet again', []);
rmSync(work, { recursive: true, force: true });
