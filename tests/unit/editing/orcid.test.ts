// `npm run new -- professor --orcid`: what is taken from an ORCID record, read from recorded answers
// (tests/fixtures/orcid, the record of ORCID's fictitious Josiah Carberry), never from orcid.org.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { orcidId, readOrcidRecord, recordedFetch, type EmploymentSummary, type Fetch, type OrcidRecord } from '~/lib/editing/orcid';
import { currentEmployment, institutionNames, matchInstitution, nameOf, prefillFromRecord, recentWorks } from '~/lib/editing/orcid-prefill';
import { professorFile } from '~/lib/editing/scaffold';
import { publicationSchema } from '~/schemas/publication';
import { ROOT } from '../../helpers/run';

const FIXTURES = join(ROOT, 'tests/fixtures/orcid');
const CARBERRY = '0000-0002-1825-0097';
/** A fresh copy of the recorded record, for a test to change. */
const record = (): OrcidRecord => JSON.parse(readFileSync(join(FIXTURES, `${CARBERRY}.json`), 'utf8')) as OrcidRecord;
type Employment = { summaries: { 'employment-summary': EmploymentSummary }[] };
const employments = (r: OrcidRecord) => r['activities-summary']!.employments!['affiliation-group'] as Employment[];

describe('the ORCID iD an editor types', () => {
  it('accepts the bare iD and its orcid.org address, and refuses a wrong check digit or shape', () => {
    expect(orcidId('0000-0002-1825-0097')).toEqual({ id: CARBERRY });
    expect(orcidId(' https://orcid.org/0000-0002-1825-0097/ ')).toEqual({ id: CARBERRY });
    expect(orcidId('0000-0002-1694-233x')).toEqual({ id: '0000-0002-1694-233X' });
    expect(orcidId('0000-0002-1825-0098')).toEqual({ error: expect.stringContaining('wrong check digit') });
    expect(orcidId('0000-0002-1825')).toEqual({ error: expect.stringContaining('must look like 0000-0002-1825-0097') });
  });
});

describe('what a record gives', () => {
  it('takes the name from given names and family name, the credit name only when there are no given names', () => {
    expect(nameOf(record())).toBe('Josiah Carberry');
    const credit = record();
    credit.person!.name = { 'given-names': null, 'family-name': null, 'credit-name': { value: 'J. S. Carberry' } };
    expect(nameOf(credit)).toBe('J. S. Carberry');
    const both = record();
    both.person!.name!['credit-name'] = { value: 'Prof. J. S. Carberry' };
    expect(nameOf(both)).toBe('Josiah Carberry');
    const hidden = record();
    hidden.person!.name = null;
    expect(nameOf(hidden)).toBeUndefined();
  });

  it('chooses the current employment: no end date, and of those the one begun last', () => {
    // The record also has a visiting post begun later (1931) that has ended, and an earlier post that has ended.
    expect(currentEmployment(record())?.organization.name).toBe('Brown University');
    const two = record();
    const later = structuredClone(employments(two)[1]!);
    later.summaries[0]!['employment-summary']['role-title'] = 'Dean';
    later.summaries[0]!['employment-summary']['start-date'] = { year: { value: '1935' }, month: null, day: null };
    employments(two).push(later);
    expect(currentEmployment(two)?.['role-title']).toBe('Dean');
    const ended = record();
    for (const g of employments(ended))
      g.summaries[0]!['employment-summary']['end-date'] = { year: { value: '1940' }, month: null, day: null };
    expect(currentEmployment(ended)).toBeUndefined();
    expect(prefillFromRecord(ended).organisation).toBeUndefined();
  });

  it('gives the position, organisation and its country in lower case', () => {
    const p = prefillFromRecord(record());
    expect(p.name).toBe('Josiah Carberry');
    expect(p.position).toBe('Professor of Psychoceramics');
    expect(p.organisation).toEqual({ name: 'Brown University', country: 'us' });
  });

  it('offers the five most recent works with a DOI, newest first, each once', () => {
    const works = recentWorks(record());
    // Skipped: a more recent book without a DOI, a lecture whose DOI ORCID could not read ("work:doi"),
    // a work without a date; the 2016 paper is the sixth. The 2022 paper is listed by two sources.
    expect(works.map((w) => [w.year, w.doi])).toEqual([
      [2023, '10.5555/psy.2023.0117'],
      [2022, '10.5555/aic.2022.0021'],
      [2021, '10.5555/psy.2021.0342'],
      [2020, '10.5555/psy.2020.0005'],
      [2019, '10.5555/cq.2019.0008'],
    ]);
    expect(works[2]).toEqual({
      title: 'Why cracked pots hold water: a survey',
      year: 2021,
      venue: 'Journal of Psychoceramics',
      doi: '10.5555/psy.2021.0342',
    });
    expect(recentWorks(record(), 10).map((w) => w.doi)).toContain('10.5555/glaze.2016.004');
    expect(recentWorks(record(), 10).find((w) => w.doi === '10.5555/glaze.2016.004')).not.toHaveProperty('venue');
    for (const w of works) expect(publicationSchema.safeParse(w).success, w.title).toBe(true);
  });

  it('gives nothing it does not have: a record with only a name', () => {
    expect(prefillFromRecord({ person: { name: { 'given-names': { value: 'Anna' }, 'family-name': { value: 'Novák' } } } })).toEqual({
      name: 'Anna Novák',
      works: [],
    });
  });
});

describe('the institution on the site', () => {
  // Invented institutions, as in content/institutions.
  const site = [
    institutionNames('aegean-coast-technical-university', {
      name: { en: 'Aegean Coast Technical University', ru: 'Технический университет Эгейского побережья' },
      shortName: { en: 'ACTU' },
      ror: 'https://ror.org/0abcdef12',
    }),
    institutionNames('lodz-institute-of-pottery', { name: { en: 'Łódź Institute of Pottery' } }),
  ];

  it('matches a name in any language or a short name, ignoring case, diacritics, punctuation and a leading "The"', () => {
    expect(matchInstitution({ name: 'AEGEAN COAST TECHNICAL UNIVERSITY' }, site)).toBe('aegean-coast-technical-university');
    expect(matchInstitution({ name: 'Технический университет Эгейского побережья' }, site)).toBe('aegean-coast-technical-university');
    expect(matchInstitution({ name: 'Actu' }, site)).toBe('aegean-coast-technical-university');
    expect(matchInstitution({ name: 'The Lodz Institute of Pottery.' }, site)).toBe('lodz-institute-of-pottery');
    expect(matchInstitution({ name: 'Aegean Coast University' }, site)).toBeUndefined();
  });

  it('matches by ROR id whatever the name', () => {
    expect(matchInstitution({ name: 'Ege Kıyısı Teknik Üniversitesi', ror: '0abcdef12' }, site)).toBe('aegean-coast-technical-university');
  });
});

describe('reading a record', () => {
  it('reads a recorded answer the way it reads orcid.org, asking for JSON', async () => {
    const asked: string[] = [];
    const recorded = recordedFetch(FIXTURES);
    const fetch: Fetch = (url, init) => {
      asked.push(`${url} ${init.headers.Accept}`);
      return recorded(url, init);
    };
    const answer = await readOrcidRecord(CARBERRY, { fetch });
    expect(asked).toEqual([`https://pub.orcid.org/v3.0/${CARBERRY}/record application/json`]);
    expect('record' in answer && nameOf(answer.record)).toBe('Josiah Carberry');
  });

  it('says in a few words why a record could not be read', async () => {
    const offline: Fetch = () => Promise.reject(new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND pub.orcid.org') }));
    expect(await readOrcidRecord(CARBERRY, { fetch: offline })).toEqual({
      error: 'orcid.org did not answer: getaddrinfo ENOTFOUND pub.orcid.org',
    });
    const silent: Fetch = (_url, { signal }) =>
      new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason as Error)));
    expect(await readOrcidRecord(CARBERRY, { fetch: silent, timeoutMs: 50 })).toEqual({
      error: 'orcid.org did not answer within 0.1 s',
    });
    expect(await readOrcidRecord('0000-0001-5109-3700', { fetch: recordedFetch(FIXTURES) })).toEqual({
      error: 'orcid.org has no public record with this iD',
    });
    const busy: Fetch = () => Promise.resolve(new Response('', { status: 503 }));
    expect(await readOrcidRecord(CARBERRY, { fetch: busy })).toEqual({ error: 'orcid.org answered HTTP 503' });
    const page: Fetch = () => Promise.resolve(new Response('<html>maintenance</html>', { status: 200 }));
    expect(await readOrcidRecord(CARBERRY, { fetch: page })).toEqual({ error: 'orcid.org sent an answer that is not an ORCID record' });
  });
});

describe('the professor file started from a record', () => {
  const p = prefillFromRecord(record());
  const text = professorFile({
    name: p.name!,
    position: p.position,
    orcid: CARBERRY,
    suggestedPublications: p.works,
  });
  const front = (t: string) => parse(/^---\n([\s\S]*?)\n---\n/.exec(t)![1]!) as Record<string, unknown>;

  it('fills the name, position and iD, and lists the publications commented out, for the editor to choose', () => {
    const data = front(text);
    expect(data.name).toBe('Josiah Carberry');
    expect(data.position).toEqual({ en: 'Professor of Psychoceramics' });
    expect(data.links).toEqual({ orcid: CARBERRY });
    expect(data).not.toHaveProperty('publications');
    expect(text).toContain('# List only publications written together with colleagues at the host university');
    expect(text).toContain('#     doi: "10.5555/psy.2023.0117"');
  });

  it('gives publications the schema accepts once their "# " is removed', () => {
    const uncommented = text.replace(/^# ( *(?:publications:|- title:|year:|venue:|doi:))/gm, '$1');
    const publications = front(uncommented).publications as unknown[];
    expect(publications).toHaveLength(5);
    for (const pub of publications) expect(publicationSchema.safeParse(pub).error).toBeUndefined();
  });
});
