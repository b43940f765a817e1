/**
 * npm run new -- professor "Anna Novák" --country cz
 * Writes a new content file with every field listed and the required ones
 * empty, or adds an empty visit to a professor. Never overwrites a file.
 */
import './lib/node-version';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import {
  COLLECTION_OF,
  addVisit,
  countryFile,
  institutionFile,
  professorFile,
  projectFile,
  slugify,
  type Kind as FileKind,
} from '~/lib/editing/scaffold';
import { contentDir } from '~/lib/validation/index';
import { readContentTree } from '~/lib/validation/read';
import { closest } from '~/lib/validation/messages';
import { COLLECTIONS, type CollectionName } from '~/schemas/index';
import { COUNTRY_CODES } from '~/schemas/country';

const HELP = `Usage: npm run new -- <kind> [name] [options]

Writes a new file into the content folder with every field listed: the
required ones are empty, for you to fill in, and the optional ones are
commented out. It never overwrites a file. Then run: npm run validate

Kinds:
  professor "Full Name" [--country CODE] [--institution ID] [--field ID]...
  project "English title" [--professor ID]...
  institution "English name" [--country CODE]
  country CODE ["English name"]      two-letter ISO code, e.g. cz
  visit --professor ID               adds an empty visit to that professor

Options:
  --slug NAME   use this file name instead of one made from the name
  --help        show this text

In a terminal, a missing name or country is asked for. File names are made
from the name in Latin letters: "Łukasz Wróbel" becomes lukasz-wrobel.

Examples:
  npm run new -- professor "Łukasz Wróbel" --country pl
  npm run new -- visit --professor lukasz-wrobel
`;

class UsageError extends Error {}

/** A new file of a collection (by the name of one entry, from the collection table), or a visit added to a professor. */
type Kind = FileKind | 'visit';
/** Where a new entry's file goes. */
const fileFor = (root: string, collection: CollectionName, id: string) =>
  join(root, COLLECTIONS[collection].path, `${id}${COLLECTIONS[collection].extensions[0]}`);

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: {
      country: { type: 'string' },
      institution: { type: 'string' },
      field: { type: 'string', multiple: true },
      professor: { type: 'string', multiple: true },
      slug: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const kind = positionals[0] as Kind | undefined;
  if (!kind || !(kind === 'visit' || kind in COLLECTION_OF)) {
    throw new UsageError(kind ? `unknown kind "${kind}"` : 'say what to create: professor, project, institution, country or visit');
  }
  const root = contentDir();
  const tree = readContentTree(root);
  const ids = (collection: string) => new Set(tree.files.filter((f) => f.collection === collection).map((f) => f.id));
  const known = (collection: string, id: string, what: string) => {
    const all = ids(collection);
    if (all.has(id)) return id;
    const hint = closest(id, all);
    throw new UsageError(
      `there is no ${what} "${id}" in ${COLLECTIONS[collection as CollectionName].path}${hint ? `; did you mean "${hint}"?` : ''}`,
    );
  };
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const ask = async (question: string): Promise<string> => {
    if (!interactive) throw new UsageError(`${question.replace(/[?:]\s*$/, '')} is missing`);
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    try {
      return (await rl.question(question)).trim();
    } finally {
      rl.close();
    }
  };

  if (kind === 'visit') {
    const [id] = values.professor ?? [await ask('Professor (file name, e.g. anna-novak): ')];
    known('professors', id!, 'professor');
    const file = tree.files.find((f) => f.collection === 'professors' && f.id === id)!.path;
    writeFileSync(file, addVisit(readFileSync(file, 'utf8')));
    done(file, 'added an empty visit at the end of visits');
    return 0;
  }

  let name = positionals.slice(1).join(' ').trim();
  let file: string;
  let text: string;
  if (kind === 'country') {
    const code = (name.split(/\s+/)[0] || (await ask('Country code (two letters, e.g. cz): '))).toLowerCase();
    if (!COUNTRY_CODES.has(code)) throw new UsageError(`"${code}" is not an ISO 3166-1 two-letter country code (e.g. cz, pl, de)`);
    file = fileFor(root, 'countries', code);
    if (ids('countries').has(code)) throw new UsageError(`${code} exists already: ${relative(process.cwd(), file)}`);
    text = countryFile({ name: name.split(/\s+/).slice(1).join(' ') || undefined });
  } else {
    if (!name) name = await ask(kind === 'project' ? 'English title: ' : 'Full name: ');
    if (!name) throw new UsageError('the name is empty');
    const slug = values.slug ?? slugify(name);
    if (!slug || slugify(slug) !== slug)
      throw new UsageError(`"${slug}" cannot be a file name: use lower-case Latin letters, digits and hyphens`);
    const collection = COLLECTION_OF[kind]!;
    if (ids(collection).has(slug)) {
      const existing = tree.files.find((f) => f.collection === collection && f.id === slug)!.path;
      throw new UsageError(
        `${relative(process.cwd(), existing)} exists already. If it is the same ${kind}, edit that file` +
          (kind === 'professor' ? ` (to add a visit: npm run new -- visit --professor ${slug})` : '') +
          `; if not, choose another file name with --slug ${slug}-2`,
      );
    }
    file = fileFor(root, collection, slug);
    let country = values.country?.toLowerCase();
    if (kind !== 'project' && !country && interactive)
      country = (await ask('Country code (two letters, e.g. cz; Enter to skip): ')).toLowerCase() || undefined;
    if (country) known('countries', country, 'country');
    if (kind === 'professor') {
      if (values.institution) known('institutions', values.institution, 'institution');
      for (const f of values.field ?? []) known('fields', f, 'field');
      text = professorFile({ name, country, institution: values.institution, fields: values.field });
    } else if (kind === 'project') {
      for (const p of values.professor ?? []) known('professors', p, 'professor');
      text = projectFile({ title: name, professors: values.professor });
    } else {
      text = institutionFile({ name, country });
    }
  }
  if (existsSync(file)) throw new UsageError(`${relative(process.cwd(), file)} exists already`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text, { flag: 'wx' });
  done(file, 'created');
  return 0;
}

function done(file: string, what: string): void {
  process.stdout.write(
    `${relative(process.cwd(), file)}: ${what}.\nNext: open it, fill in every field marked REQUIRED, then run: npm run validate\n`,
  );
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    if (e instanceof UsageError || (e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS'))) {
      process.stderr.write(`new: ${(e as Error).message}\n\nRun "npm run new -- --help" for usage.\n`);
      process.exit(2);
    }
    process.stderr.write(`new: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
