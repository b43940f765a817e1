// `npm run new -- professor --orcid` as an editor uses it. orcid.org is never asked: the command reads
// recorded answers (ORCID_FIXTURES, the record of ORCID's fictitious Josiah Carberry), or is pointed at
// a closed port on this machine to see what an editor without a network sees.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, validate } from '../helpers/run';
import { contentWithoutExample, newEntry } from '../helpers/new-entry';
import { BIOGRAPHY_PLACEHOLDER } from '~/shared/placeholders';

const work = mkdtempSync(join(tmpdir(), 'new-orcid-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const CARBERRY = '0000-0002-1825-0097';
const recorded = (dir: string) => ({ CONTENT_DIR: dir, ORCID_FIXTURES: join(ROOT, 'tests/fixtures/orcid') });
const front = (text: string) => parse(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!) as Record<string, unknown>;

/** A port on this machine that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

describe('npm run new -- professor --orcid', () => {
  it('starts the file from the record and prints the commands for the institution and country the site lacks', () => {
    const dir = contentWithoutExample(join(work, 'record'));
    const r = newEntry(['professor', '--orcid', `https://orcid.org/${CARBERRY}`, '--field', 'food-technology'], recorded(dir));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('professors/josiah-carberry.md: created');
    expect(r.stdout).toContain('From the ORCID record: name, position, links.orcid.');
    expect(r.stdout).toContain('npm run new -- country us "United States of America"');
    expect(r.stdout).toContain('npm run new -- institution "Brown University" --country us');
    expect(r.stdout).toContain('then write us under country: and brown-university under institution:');
    const text = readFileSync(join(dir, 'professors/josiah-carberry.md'), 'utf8');
    const data = front(text);
    expect(data).toMatchObject({
      name: 'Josiah Carberry',
      position: { en: 'Professor of Psychoceramics' },
      links: { orcid: CARBERRY },
      fields: ['food-technology'],
      country: null,
      institution: null,
    });
    // The works are there for the editor to choose from, not published as they are.
    expect(data).not.toHaveProperty('publications');
    expect(text.match(/^# {3}- title: /gm)).toHaveLength(5);
    expect(text).toContain('#   - title: "Hairline cracks in glazed earthenware as a record of kiln temperature"');

    const before = validate([], { CONTENT_DIR: dir });
    expect(before.status).toBe(1);
    for (const field of ['country', 'institution', 'visits[0].start', 'summary.en'])
      expect(before.stdout).toContain(`josiah-carberry.md: ${field}: `);
    expect(before.stdout).not.toContain('josiah-carberry.md: name: ');
    expect(before.stdout).not.toContain('josiah-carberry.md: position.en: ');
  });

  it('fills the country and institution the site has; filled in, the file validates', () => {
    const dir = contentWithoutExample(join(work, 'matched'));
    const env = recorded(dir);
    // What the editor does after the first run's advice: the country and the institution are added.
    expect(newEntry(['country', 'us', 'United States of America'], env).status).toBe(0);
    writeFileSync(
      join(dir, 'institutions/brown-university.yaml'),
      'name:\n  en: Brown University\ncountry: us\ncity:\n  en: Providence\nsources:\n  - https://www.brown.edu/\n',
    );
    const r = newEntry(['professor', '--orcid', CARBERRY, '--field', 'food-technology'], env);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('From the ORCID record: name, position, country, institution, links.orcid.');
    expect(r.stdout).not.toContain('npm run new -- institution');
    const file = join(dir, 'professors/josiah-carberry.md');
    const text = readFileSync(file, 'utf8');
    expect(front(text)).toMatchObject({ country: 'us', institution: 'brown-university' });

    writeFileSync(
      file,
      text
        .replace(/programme: +#.*/, 'programme: erasmus-icm')
        .replace(/start: +#.*/, 'start: 2024-10-07')
        .replace(/end: +#.*/, 'end: 2024-10-18')
        .replace(/formats: \[\] +#.*/, 'formats: [lecture-course]')
        .replace('summary:\n  en: ', 'summary:\n  en: Professor of psychoceramics who gave a short lecture course.')
        .replace('sources:\n  - ', 'sources:\n  - https://orcid.org/0000-0002-1825-0097')
        // Josiah Carberry is ORCID's invented person: an example entry, here in English only.
        .replace('# example: false', 'example: true')
        .replace('# englishOnly:', 'englishOnly: true')
        .replace(BIOGRAPHY_PLACEHOLDER, 'A professor of psychoceramics, the study of cracked pots.'),
    );
    const after = validate([], { CONTENT_DIR: dir });
    expect(after.stdout + after.stderr, after.stdout).toMatch(/all \d+ files valid/);
    expect(after.status).toBe(0);
  });

  it('lets the options given win over the record', () => {
    const dir = contentWithoutExample(join(work, 'options'));
    const r = newEntry(
      ['professor', 'J. S. Carberry', '--orcid', CARBERRY, '--country', 'pl', '--institution', 'almaty-technological-university'],
      recorded(dir),
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('From the ORCID record: position, links.orcid.');
    expect(r.stdout).not.toContain('not on the site yet');
    expect(front(readFileSync(join(dir, 'professors/j-s-carberry.md'), 'utf8'))).toMatchObject({
      name: 'J. S. Carberry',
      country: 'pl',
      institution: 'almaty-technological-university',
      position: { en: 'Professor of Psychoceramics' },
    });
  });

  it('without a network says so in one line and writes the empty template with the iD', async () => {
    const dir = contentWithoutExample(join(work, 'offline'));
    const env = { CONTENT_DIR: dir, ORCID_API: `http://127.0.0.1:${await closedPort()}/v3.0` };
    // Without the record there is no name to make the file name from: it must be given.
    const nameless = newEntry(['professor', '--orcid', CARBERRY], env);
    expect(nameless.status).toBe(2);
    expect(nameless.stderr).toContain(`give it too, e.g. npm run new -- professor "Full Name" --orcid ${CARBERRY}`);
    expect(existsSync(join(dir, 'professors/josiah-carberry.md'))).toBe(false);

    const r = newEntry(['professor', 'Josiah Carberry', '--orcid', CARBERRY, '--country', 'pl'], env);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(
      new RegExp(
        `^new: could not read the ORCID record ${CARBERRY} \\(orcid.org did not answer: [^\\n]*ECONNREFUSED[^\\n]*\\); writing the empty template with the iD filled in\\n$`,
      ),
    );
    expect(r.stdout).toContain('professors/josiah-carberry.md: created');
    const text = readFileSync(join(dir, 'professors/josiah-carberry.md'), 'utf8');
    expect(front(text)).toMatchObject({ name: 'Josiah Carberry', country: 'pl', links: { orcid: CARBERRY }, position: { en: null } });
    expect(text).not.toContain('- title: "');
  });

  it('refuses a wrong check digit, or an iD the site has already, and writes nothing', () => {
    const dir = contentWithoutExample(join(work, 'refused'));
    const files = () => readdirSync(join(dir, 'professors')).sort();
    const before = files();
    const wrong = newEntry(['professor', '--orcid', '0000-0002-1825-0098'], recorded(dir));
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('the ORCID iD "0000-0002-1825-0098" has a wrong check digit');
    expect(newEntry(['project', 'Cracked pots', '--orcid', CARBERRY], recorded(dir)).stderr).toContain('--orcid goes with professor only');
    expect(files()).toEqual(before);

    const taken = newEntry(['professor', '--orcid', CARBERRY], recorded(join(ROOT, 'content')));
    expect(taken.status).toBe(2);
    expect(taken.stderr).toContain('lukasz-wrobel.md has this ORCID iD already');
    expect(existsSync(join(ROOT, 'content/professors/josiah-carberry.md'))).toBe(false);
  });
});
