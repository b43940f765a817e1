/**
 * npm run new -- professor "Anna Novák" --country cz
 * Writes a new content file with every field listed and the required ones
 * empty, or adds an empty visit to a professor. Never overwrites a file.
 * With --orcid, a professor file starts from the public ORCID record
 * (src/lib/editing/orcid.ts). ORCID_FIXTURES=dir answers from recorded
 * answers in dir instead of orcid.org (for tests); ORCID_API names another
 * API address (e.g. ORCID's sandbox).
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
import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json';
import { ORCID_API, orcidId, readOrcidRecord, recordedFetch } from '~/lib/editing/orcid';
import { institutionNames, matchInstitution, prefillFromRecord, type OrcidPrefill } from '~/lib/editing/orcid-prefill';

const HELP = `Usage: npm run new -- <kind> [name] [options]

Writes a new file into the content folder with every field listed: the
required ones are empty, for you to fill in, and the optional ones are
commented out. It never overwrites a file. Then run: npm run validate

Kinds:
  professor "Full Name" [--country CODE] [--institution ID] [--field ID]...
  professor --orcid iD [--country CODE] [--institution ID] [--field ID]...
  project "English title" [--professor ID]...
  institution "English name" [--country CODE]
  country CODE ["English name"]      two-letter ISO code, e.g. cz
  visit --professor ID               adds an empty visit to that professor

Options:
  --orcid iD    start the professor from their public ORCID record (the iD or
                its https://orcid.org/ address): the name, current position,
                institution and country, and the five most recent works with a
                DOI, commented out: keep only those written with colleagues here.
                The name may then be left out; options you give win over the
                record. If orcid.org cannot be reached, the file is written with
                only the iD filled in.
  --slug NAME   use this file name instead of one made from the name
  --help        show this text

In a terminal, a missing name or country is asked for. File names are made
from the name in Latin letters: "Łukasz Wróbel" becomes lukasz-wrobel.

Examples:
  npm run new -- professor "Łukasz Wróbel" --country pl
  npm run new -- professor --orcid https://orcid.org/0000-0002-1825-0097 --field food-technology
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
      orcid: { type: 'string' },
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
  // Said after the file is written: what came from the ORCID record, and what to create for the rest.
  const notes: string[] = [];
  let prefill: OrcidPrefill | undefined;
  let orcid: string | undefined;
  let nameFromRecord = false;
  if (values.orcid !== undefined) {
    if (kind !== 'professor') throw new UsageError('--orcid goes with professor only');
    const parsed = orcidId(values.orcid);
    if ('error' in parsed) throw new UsageError(`the ORCID iD "${values.orcid}" ${parsed.error}`);
    orcid = parsed.id;
    const same = tree.files.find(
      (f) => f.collection === 'professors' && (f.data as { links?: { orcid?: unknown } } | null)?.links?.orcid === orcid,
    );
    if (same)
      throw new UsageError(
        `${relative(process.cwd(), same.path)} has this ORCID iD already. If it is the same person, edit that file ` +
          `(to add a visit: npm run new -- visit --professor ${same.id})`,
      );
    // The options are checked before orcid.org is asked, so a mistyped one costs no waiting.
    if (values.country) known('countries', values.country.toLowerCase(), 'country');
    if (values.institution) known('institutions', values.institution, 'institution');
    for (const f of values.field ?? []) known('fields', f, 'field');
    const answer = await readOrcidRecord(orcid, {
      ...(process.env.ORCID_FIXTURES ? { fetch: recordedFetch(process.env.ORCID_FIXTURES) } : {}),
      api: process.env.ORCID_API || ORCID_API,
    });
    if ('record' in answer) {
      prefill = prefillFromRecord(answer.record);
      if (!name && !prefill.name && !interactive)
        throw new UsageError(
          `the ORCID record ${orcid} shows no name: give it too, e.g. npm run new -- professor "Full Name" --orcid ${orcid}`,
        );
    } else {
      if (!name && !interactive)
        throw new UsageError(
          `could not read the ORCID record ${orcid} (${answer.error}), and without it the name is missing: ` +
            `give it too, e.g. npm run new -- professor "Full Name" --orcid ${orcid}`,
        );
      process.stderr.write(
        `new: could not read the ORCID record ${orcid} (${answer.error}); writing the empty template with the iD filled in\n`,
      );
    }
    if (!name && prefill?.name) {
      name = prefill.name;
      nameFromRecord = true;
    }
  }
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
    let institution = values.institution;
    if (prefill) {
      const fromRecord = fromOrcid(prefill, { country, institution, nameFromRecord }, ids('countries'), institutionsOf(tree.files));
      country ??= fromRecord.country;
      institution ??= fromRecord.institution;
      notes.push(...fromRecord.notes);
    }
    if (kind !== 'project' && !country && !prefill?.organisation?.country && interactive)
      country = (await ask('Country code (two letters, e.g. cz; Enter to skip): ')).toLowerCase() || undefined;
    if (country) known('countries', country, 'country');
    if (kind === 'professor') {
      if (institution) known('institutions', institution, 'institution');
      for (const f of values.field ?? []) known('fields', f, 'field');
      text = professorFile({
        name,
        country,
        institution,
        fields: values.field,
        orcid,
        position: prefill?.position,
        suggestedPublications: prefill?.works,
      });
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
  done(file, 'created', notes);
  return 0;
}

/** The site's institutions, for matching the record's organisation. */
const institutionsOf = (files: readonly { collection: string; id: string; data: unknown }[]) =>
  files.filter((f) => f.collection === 'institutions').map((f) => institutionNames(f.id, f.data));

countries.registerLocale(english);

/**
 * The country and institution the record gives, where the site has them, and
 * otherwise the commands that create them; what was filled in, in one line.
 * `given` holds what the command line says, which wins over the record.
 */
function fromOrcid(
  prefill: OrcidPrefill,
  given: { country?: string; institution?: string; nameFromRecord: boolean },
  siteCountries: ReadonlySet<string>,
  siteInstitutions: ReturnType<typeof institutionsOf>,
): { country?: string; institution?: string; notes: string[] } {
  const notes: string[] = [];
  const org = prefill.organisation;
  const code = org?.country && COUNTRY_CODES.has(org.country) ? org.country : undefined;
  const country = !given.country && code && siteCountries.has(code) ? code : undefined;
  const institution = !given.institution && org ? matchInstitution(org, siteInstitutions) : undefined;
  const filled = [
    given.nameFromRecord && 'name',
    prefill.position && 'position',
    country && 'country',
    institution && 'institution',
    'links.orcid',
  ].filter(Boolean);
  notes.push(`From the ORCID record: ${filled.join(', ')}.`);
  if (prefill.works.length)
    notes.push(
      `${prefill.works.length} recent publication${prefill.works.length > 1 ? 's are' : ' is'} listed commented out under publications: keep only those written with colleagues here.`,
    );
  const create: string[] = [];
  const set: string[] = [];
  if (!given.country && code && !country) {
    const english = countries.getName(code, 'en');
    create.push(`npm run new -- country ${code}${english ? ` ${JSON.stringify(english)}` : ''}`);
    set.push(`${code} under country:`);
  }
  if (!given.institution && org && !institution) {
    create.push(`npm run new -- institution ${JSON.stringify(org.name)}${code ? ` --country ${code}` : ''}`);
    set.push(`${slugify(org.name)} under institution:`);
  }
  if (create.length) {
    notes.push(`${org!.name}${code && !country ? ` (${code})` : ''} is not on the site yet. To add it, run:`);
    notes.push(...create.map((c) => `  ${c}`));
    notes.push(`then write ${set.join(' and ')} in the new file.`);
  }
  return { country, institution, notes };
}

function done(file: string, what: string, notes: readonly string[] = []): void {
  process.stdout.write(
    [
      `${relative(process.cwd(), file)}: ${what}.`,
      ...notes,
      'Next: open it, fill in every field marked REQUIRED, then run: npm run validate',
      '',
    ].join('\n'),
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
