/**
 * npm run import -- visits.xlsx [--write]
 * Loads the office's list of visits from a spreadsheet into the content
 * folder: first a plan of what would change, then, with --write, the files.
 */
import './lib/node-version';
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { cliArgs } from './lib/cli';
import { contentDir } from '~/lib/content-files';
import { indexContent, planImport } from '~/lib/import/plan';
import { formatPlan } from '~/lib/import/report';
import { readSheet, SheetError, type SheetRow } from '~/lib/import/sheet';
import { templateCsv, templateWorkbook } from '~/lib/import/template';
import { writePlan } from '~/lib/import/write';
import { validateContent, formatProblem } from '~/lib/validation/index';

const HELP = `Usage: npm run import -- <file.xlsx | file.csv> [more files] [--write]

Reads a spreadsheet with one row per visit (the template is
content/_templates/visits.xlsx, or visits.csv) and works out what it would add
to the content folder: new professors with their visits, new institutions and
countries, visits added to professors already on the site, and empty fields
filled in. Rows of one person become one professor: the same ORCID iD, or the
same name (in any script) at the same home institution.

Without --write it only prints this plan. Every row it cannot use is named by
row, column and value, with the fix, and nothing is written for it. A value
that differs from what a file already says is reported and never overwritten.
Running the same sheet again changes nothing.

Headers may be in English or Russian (see CONTRIBUTING.md). The site's own
data files can be read back too: npm run import -- visits.csv professors.csv

Options:
  --write      write the files of the plan, then check the folder as
               npm run validate does
  --template   write the empty templates again into content/_templates/
               (visits.xlsx, visits.csv, visits-ru.csv)
  --help       show this text

Examples:
  npm run import -- ~/Downloads/visits.xlsx
  npm run import -- ~/Downloads/visits.xlsx --write
`;

const { values, positionals } = cliArgs('import', HELP, { write: { type: 'boolean' }, template: { type: 'boolean' } });
if (values.template) {
  const dir = join(contentDir(), '_templates');
  await templateWorkbook().xlsx.writeFile(join(dir, 'visits.xlsx'));
  writeFileSync(join(dir, 'visits.csv'), templateCsv('en'));
  writeFileSync(join(dir, 'visits-ru.csv'), templateCsv('ru'));
  process.stdout.write(`${relative(process.cwd(), dir)}: visits.xlsx, visits.csv and visits-ru.csv written\n`);
  process.exit(0);
}
if (!positionals.length) {
  process.stderr.write(`import: name the spreadsheet to read\n\n${HELP}`);
  process.exit(2);
}

const root = contentDir();
const rows: SheetRow[] = [];
let unreadable = false;
for (const path of positionals) {
  const display = relative(process.cwd(), path) || path;
  try {
    const sheet = await readSheet(path, display);
    for (const p of sheet.problems) process.stderr.write(`import: ${display} ${p}\n`);
    if (sheet.problems.length) unreadable = true;
    for (const h of sheet.ignored) process.stdout.write(`${display}: column "${h}" is not read by the import\n`);
    rows.push(...sheet.rows);
  } catch (e) {
    if (!(e instanceof SheetError) && (e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    process.stderr.write(`import: ${display} ${e instanceof SheetError ? e.message : 'does not exist'}\n`);
    unreadable = true;
  }
}
if (unreadable) process.exit(1);

const plan = planImport(rows, indexContent(root));
for (const line of formatPlan(plan, root)) process.stdout.write(`${line}\n`);

const changes =
  plan.newProfessors.length +
  plan.newInstitutions.length +
  plan.newCountries.length +
  plan.updates.filter((u) => u.visits.length || u.fills.length).length;
if (!values.write) {
  process.stdout.write(
    changes ? `\nNothing was written. To write these files, run the same command with --write\n` : `\nNothing to change.\n`,
  );
  process.exit(plan.problems.length ? 1 : 0);
}
if (!changes) {
  process.stdout.write('\nNothing to change.\n');
  process.exit(plan.problems.length ? 1 : 0);
}
const written = writePlan(plan, root);
process.stdout.write(`\nWrote ${written.length} file${written.length === 1 ? '' : 's'}. Checking the content folder…\n`);
const result = validateContent(root);
for (const p of result.problems) process.stdout.write(`${formatProblem(p)}\n`);
process.stdout.write(
  result.problems.length
    ? `${result.problems.length} problem(s) to fix: see above, then run npm run validate\n`
    : 'All files valid. Review the new files, then commit them (see CONTRIBUTING.md).\n',
);
process.exit(plan.problems.length || result.problems.length ? 1 : 0);
