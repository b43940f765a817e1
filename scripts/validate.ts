/**
 * npm run validate [-- --json]
 * Checks every file of the content folder and prints each problem on a line:
 *   <file>: <field>: <what is wrong and how to fix it>
 */
import './lib/node-version';
import { cliOptions } from './lib/cli';
import { contentDir, formatNotice, formatProblem, formatWarning, githubAnnotation, validateContent } from '~/lib/validation/index';
import { displayPath } from '~/lib/validation/read';

const HELP = `Usage: npm run validate [-- --json | --github]

Checks the content folder (./content, or the folder in the CONTENT_DIR
environment variable) against the schemas and the rules between files.

Prints every problem on its own line:
  <file>: <field>: <what is wrong and how to fix it>
and exits with 1 if there is any, or prints a one-line summary and exits 0.
Before them it prints what the site leaves out on purpose (drafts), and what
valid content still lacks, neither of which changes the exit code:
  notice: <file>: <field>: <what the site leaves out, and how to change it>
  warning: <file>: <field>: <what to fill in>

Options:
  --json    print the result as JSON:
            { ok, problems: [{ file, field, line, message }], warnings: [...],
              notices: [...], counts }
  --github  also print each problem, warning and notice as a GitHub Actions
            annotation, so a pull request shows it on the line of the field
  --help    show this text

Examples:
  npm run validate
  CONTENT_DIR=/tmp/my-copy npm run validate -- --json
`;

const args = cliOptions('validate', HELP, { json: { type: 'boolean' }, github: { type: 'boolean' } });

const dir = contentDir();
const started = performance.now();
const result = validateContent(dir);
const ms = Math.round(performance.now() - started);

if (args.json) {
  const { problems, warnings, notices, counts } = result;
  process.stdout.write(
    `${JSON.stringify({ ok: problems.length === 0, contentDir: displayPath(dir), problems, warnings, notices, counts }, null, 2)}\n`,
  );
} else {
  // What the site leaves out and what valid content still lacks come first; neither changes the exit code.
  for (const n of result.notices) process.stdout.write(`${formatNotice(n)}\n`);
  if (args.github) for (const n of result.notices) process.stdout.write(`${githubAnnotation(n, 'notice')}\n`);
  for (const w of result.warnings) process.stdout.write(`${formatWarning(w)}\n`);
  if (args.github) for (const w of result.warnings) process.stdout.write(`${githubAnnotation(w, 'warning')}\n`);
}
if (args.json) {
  // All said above.
} else if (result.problems.length) {
  for (const p of result.problems) process.stdout.write(`${formatProblem(p)}\n`);
  if (args.github) for (const p of result.problems) process.stdout.write(`${githubAnnotation(p)}\n`);
  const files = new Set(result.problems.map((p) => p.file)).size;
  process.stderr.write(
    `\n${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}. Fix them and run npm run validate again.\n`,
  );
} else {
  const c = result.counts;
  process.stdout.write(
    `${displayPath(dir)}: all ${result.files} files valid (${c.professors} professors, ${c.projects} projects, ${c.institutions} institutions, ${c.countries} countries, ${c.fields} fields, ${c.programmes} programmes, ${c.pages} pages) in ${ms} ms\n`,
  );
}
process.exit(result.problems.length ? 1 : 0);
