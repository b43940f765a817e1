/**
 * npm run schemas [-- --check]
 * Writes json-schema/*.json from the zod schemas in src/schemas, for editors'
 * completion and hover help in VS Code. With --check, only reports whether the
 * committed files are current.
 */
import './lib/node-version';
import { cliOptions } from './lib/cli';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { JSON_SCHEMA_DIR, generatedEditorFiles } from '~/lib/editing/json-schema';

const HELP = `Usage: npm run schemas [-- --check]

Writes ${JSON_SCHEMA_DIR}/*.json from the schemas in src/schemas, and the
VS Code settings that use them (.vscode/settings.json). Run it after
changing a schema and commit the result.

Options:
  --check   change nothing; exit 1 if a file is missing or out of date
  --help    show this text
`;

const { check } = cliOptions('schemas', HELP, { check: { type: 'boolean' } });
let stale = 0;
for (const [path, text] of Object.entries(generatedEditorFiles())) {
  mkdirSync(dirname(path), { recursive: true });
  const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  if (current === text) continue;
  stale++;
  if (check) process.stderr.write(`${path}: out of date; run npm run schemas and commit the result\n`);
  else writeFileSync(path, text);
}
process.stdout.write(check ? `${stale ? stale : 'no'} schema file(s) out of date\n` : `${stale} file(s) written\n`);
process.exit(check && stale ? 1 : 0);
