/**
 * A copy of the real content/ broken in the eight ways an editor most often
 * breaks an entry, each in a different file, so one validator run must report
 * all eight.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { ROOT } from './run';

const FM = /^---\n([\s\S]*?)\n---\n/;

function editFrontMatter(file: string, edit: (doc: ReturnType<typeof parseDocument>) => void, body?: (b: string) => string) {
  const text = readFileSync(file, 'utf8');
  const m = FM.exec(text);
  if (!m) throw new Error(`no front matter in ${file}`);
  const doc = parseDocument(m[1]!);
  edit(doc);
  const rest = text.slice(m[0].length);
  writeFileSync(file, `---\n${doc.toString()}---\n${body ? body(rest) : rest}`);
}

export interface BrokenCopy {
  dir: string;
  /** Lines (without the folder prefix) the validator must print. */
  expected: string[];
  cleanup: () => void;
}

export function brokenCopy(): BrokenCopy {
  const dir = mkdtempSync(join(tmpdir(), 'broken-content-'));
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  const professors = readdirSync(join(dir, 'professors'))
    .filter((f) => f.endsWith('.md'))
    .sort();
  if (professors.length < 6) throw new Error('the broken copy needs at least six professors in content/');
  const [p1, p2, p3, p4, p5] = professors as [string, string, string, string, string];
  const file = (name: string) => join(dir, 'professors', name);
  const id = (name: string) => name.replace(/\.md$/, '');

  // 1. unknown country reference ("qq" is not close to any code, so no suggestion is added)
  editFrontMatter(file(p1), (d) => d.set('country', 'qq'));
  // 2. visit end before start
  let start = '';
  editFrontMatter(file(p2), (d) => {
    start = String(d.getIn(['visits', 0, 'start']));
    d.setIn(['visits', 0, 'end'], '2000-01-01');
  });
  // 3. bad ORCID checksum
  editFrontMatter(file(p3), (d) => d.setIn(['links', 'orcid'], '0000-0002-1825-0098'));
  // 4. misspelt key
  editFrontMatter(file(p4), (d) => d.set('sumary', d.get('summary')));
  // 5. two professors with the same id (a copy in a sub-folder)
  mkdirSync(join(dir, 'professors', 'archive'));
  cpSync(file(p5), join(dir, 'professors', 'archive', p5));
  // 6. a real (non-example) entry without sources
  const host = join(dir, 'institutions', 'almaty-technological-university.yaml');
  writeFileSync(host, readFileSync(host, 'utf8').replace(/^sources:\n(?: {2}- .*\n)+/m, ''));
  // 7. <script> in a body
  const p6 = professors[5]!;
  editFrontMatter(
    file(p6),
    () => {},
    (b) => `${b}\n<script>alert("x")</script>\n`,
  );
  // 8. missing required English name
  writeFileSync(join(dir, 'countries', 'pl.yaml'), 'name:\n  ru: Польша\n  kk: Польша\n');

  const expected = [
    `professors/${p1}: country: unknown country "qq": write the country’s two-letter code, an id from content/countries/`,
    `professors/${p2}: visits[0].end: 2000-01-01 is before start ${start}: the last day cannot come before the first`,
    `professors/${p3}: links.orcid: has a wrong check digit: copy the iD again from the person\u2019s orcid.org page`,
    `professors/${p4}: sumary: unknown field: did you mean "summary"? Fix the spelling or remove it`,
    `professors/${p5}: -: duplicate professor id "${id(p5)}", already used by professors/archive/${p5}: give one of them another name`,
    'institutions/almaty-technological-university.yaml: sources: is missing: list at least one public web page where these facts can be checked, or mark an invented entry with example: true',
    `professors/${p6}: body: contains raw HTML "<script>": HTML is not allowed, write plain Markdown instead`,
    'countries/pl.yaml: name.en: is required but missing: add it. The English text; every entry needs it.',
  ];
  return { dir, expected, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
