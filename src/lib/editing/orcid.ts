/**
 * What `npm run new -- professor --orcid <iD>` takes from a public ORCID
 * record: the name, the current employment (position, organisation, its
 * country) and the most recent works with a DOI. Reads the ORCID public API
 * v3.0 (`/v3.0/<iD>/record`, the person and the activity summaries in one
 * answer); `fetch` is passed in, so tests give it recorded answers
 * (`recordedFetch`) and never the network. Nothing here writes a file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isValidOrcid } from '~/schemas/identifiers';
import { fold } from '~/shared/normalize';

/** The ORCID public API; ORCID_API may name another (e.g. https://pub.sandbox.orcid.org/v3.0). */
export const ORCID_API = 'https://pub.orcid.org/v3.0';
/** How long orcid.org has to answer. */
export const ORCID_TIMEOUT_MS = 10_000;
/** How many works are offered as publications. */
export const MAX_WORKS = 5;

// ---------------------------------------------------------------- the iD

const ORCID_SHAPE = /^(?:https?:\/\/(?:www\.)?orcid\.org\/)?(\d{4}-\d{4}-\d{4}-\d{3}[\dXx])\/?$/;

/** The bare iD from what an editor pastes (the iD or its https://orcid.org/ address), or why it is not one. */
export function orcidId(input: string): { id: string } | { error: string } {
  const m = ORCID_SHAPE.exec(input.trim());
  if (!m) return { error: 'must look like 0000-0002-1825-0097 or https://orcid.org/0000-0002-1825-0097' };
  const id = m[1]!.toUpperCase();
  if (!isValidOrcid(id)) return { error: 'has a wrong check digit: copy the iD again from the person\u2019s orcid.org page' };
  return { id };
}

// ---------------------------------------------------------------- reading the record

/** `fetch` as the reader uses it (the global one, or recorded answers). */
export type Fetch = (url: string, init: { headers: Record<string, string>; signal: AbortSignal }) => Promise<Response>;

export type RecordAnswer = { record: OrcidRecord } | { error: string };

/**
 * The public record of `id`, or one short reason why it could not be read
 * (no network, no answer in time, no such record, an answer that is not a record).
 */
export async function readOrcidRecord(
  id: string,
  { fetch = globalThis.fetch as Fetch, api = ORCID_API, timeoutMs = ORCID_TIMEOUT_MS }: { fetch?: Fetch; api?: string; timeoutMs?: number } = {},
): Promise<RecordAnswer> {
  const seconds = `${Math.round(timeoutMs / 100) / 10} s`;
  let text: string;
  try {
    const response = await fetch(`${api.replace(/\/+$/, '')}/${id}/record`, {
      headers: { Accept: 'application/json' },
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (response.status === 404) return { error: 'orcid.org has no public record with this iD' };
    if (!response.ok) return { error: `orcid.org answered HTTP ${response.status}` };
    text = await response.text();
  } catch (e) {
    const name = e instanceof Error ? e.name : '';
    if (name === 'TimeoutError' || name === 'AbortError') return { error: `orcid.org did not answer within ${seconds}` };
    return { error: `orcid.org did not answer: ${networkReason(e)}` };
  }
  try {
    const record = JSON.parse(text) as OrcidRecord;
    if (record && typeof record === 'object' && ('person' in record || 'activities-summary' in record)) return { record };
  } catch {
    // not JSON: said below
  }
  return { error: 'orcid.org sent an answer that is not an ORCID record' };
}

/** The innermost message of a failed fetch: Node says "fetch failed" and puts the reason (ENOTFOUND, ECONNREFUSED …) in `cause`. */
function networkReason(e: unknown): string {
  let reason = e instanceof Error ? e.message : String(e);
  for (let c: unknown = e; c instanceof Error; c = c.cause) if (c.message) reason = c.message;
  return reason.split('\n')[0]!.trim() || 'no reason given';
}

/**
 * A `fetch` that answers from files instead of the network: `<dir>/<iD>.json`
 * is the answer to `/<iD>/record`; an iD without a file is answered 404, as
 * orcid.org answers an iD it does not know.
 */
export function recordedFetch(dir: string): Fetch {
  return async (url) => {
    const id = /\/(\d{4}-\d{4}-\d{4}-\d{3}[\dX])\/record$/.exec(url)?.[1];
    let body: string | undefined;
    try {
      if (id) body = readFileSync(join(dir, `${id}.json`), 'utf8');
    } catch {
      body = undefined;
    }
    return body === undefined
      ? new Response(JSON.stringify({ 'response-code': 404, 'user-message': 'The resource was not found.' }), { status: 404 })
      : new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } });
  };
}

// ---------------------------------------------------------------- the parts of a record used here

interface Value<T = string> {
  value: T;
}
interface FuzzyDate {
  year?: Value | null;
  month?: Value | null;
  day?: Value | null;
}
interface ExternalId {
  'external-id-type': string;
  'external-id-value': string;
  'external-id-normalized'?: Value | null;
  'external-id-relationship'?: string | null;
}
interface Organization {
  name: string;
  address?: { city?: string | null; region?: string | null; country?: string | null } | null;
  'disambiguated-organization'?: { 'disambiguated-organization-identifier': string; 'disambiguation-source': string } | null;
}
interface EmploymentSummary {
  'role-title'?: string | null;
  'department-name'?: string | null;
  'start-date'?: FuzzyDate | null;
  'end-date'?: FuzzyDate | null;
  organization: Organization;
}
interface WorkSummary {
  title?: { title?: Value | null; subtitle?: Value | null } | null;
  'external-ids'?: { 'external-id'?: ExternalId[] | null } | null;
  'publication-date'?: FuzzyDate | null;
  'journal-title'?: Value | null;
  type?: string;
}

/** An ORCID v3.0 record as `/record` answers it: only the fields read here. */
export interface OrcidRecord {
  person?: {
    name?: {
      'given-names'?: Value | null;
      'family-name'?: Value | null;
      'credit-name'?: Value | null;
    } | null;
  } | null;
  'activities-summary'?: {
    employments?: { 'affiliation-group'?: { summaries?: { 'employment-summary': EmploymentSummary }[] }[] } | null;
    works?: { group?: { 'work-summary'?: WorkSummary[] }[] } | null;
  } | null;
}

// ---------------------------------------------------------------- what is taken from it

export interface SuggestedPublication {
  title: string;
  year: number;
  venue?: string;
  doi: string;
}

/** What a professor file is started from. Every part may be missing: a record shows only what its owner made public. */
export interface OrcidPrefill {
  name?: string;
  /** Role title of the current employment. */
  position?: string;
  /** The organisation of the current employment, its country as an ISO code in lower case. */
  organisation?: { name: string; country?: string; ror?: string };
  /** The most recent works with a DOI, newest first, at most MAX_WORKS. */
  works: SuggestedPublication[];
}

const str = (v: Value | null | undefined): string | undefined => {
  const s = v?.value?.replace(/\s+/g, ' ').trim();
  return s || undefined;
};

/** A fuzzy date as a sortable number: 2023-05 → 20230500; no year → undefined. */
function dateKey(d: FuzzyDate | null | undefined): number | undefined {
  const year = Number(d?.year?.value);
  if (!Number.isInteger(year) || year <= 0) return undefined;
  return year * 10_000 + (Number(d?.month?.value) || 0) * 100 + (Number(d?.day?.value) || 0);
}

/**
 * The name as the record gives it: given names and family name, which are
 * the full name the schema asks for. The credit name (the name the person
 * publishes under) is often shortened ("J. S. Carberry") or carries titles,
 * so it is used only when the record has no given names.
 */
export function nameOf(record: OrcidRecord): string | undefined {
  const n = record.person?.name;
  const given = str(n?.['given-names']);
  if (given) return [given, str(n?.['family-name'])].filter(Boolean).join(' ');
  return str(n?.['credit-name']);
}

/**
 * The current employment: of those without an end date, the one that began
 * last (one without a start date counts as the oldest). Undefined when every
 * employment on the record has ended.
 */
export function currentEmployment(record: OrcidRecord): EmploymentSummary | undefined {
  const all = (record['activities-summary']?.employments?.['affiliation-group'] ?? []).flatMap((g) =>
    (g.summaries ?? []).map((s) => s['employment-summary']),
  );
  const current = all.filter((e) => e && !dateKey(e['end-date']));
  return current.sort((a, b) => (dateKey(b['start-date']) ?? 0) - (dateKey(a['start-date']) ?? 0))[0];
}

const DOI = /^10\.\d{4,9}\/\S+$/;

/** The work's own DOI (relationship self), as ORCID normalised it when it could; undefined when it has none that reads as a DOI. */
function doiOf(work: WorkSummary): string | undefined {
  for (const id of work['external-ids']?.['external-id'] ?? []) {
    if (id['external-id-type'] !== 'doi' || (id['external-id-relationship'] ?? 'self') !== 'self') continue;
    const value = (id['external-id-normalized']?.value ?? id['external-id-value'])
      .trim()
      .replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:)/i, '');
    if (DOI.test(value)) return value;
  }
  return undefined;
}

/** A title as one line of text: markup some sources put in titles (<i>, <sub>) removed. */
const plain = (s: string) =>
  s
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Up to `max` works that have a DOI and a year, newest first. ORCID groups
 * the versions of one work from different sources; the first version with a
 * DOI stands for its group.
 */
export function recentWorks(record: OrcidRecord, max = MAX_WORKS): SuggestedPublication[] {
  const found: (SuggestedPublication & { key: number })[] = [];
  const seen = new Set<string>();
  for (const group of record['activities-summary']?.works?.group ?? []) {
    for (const work of group['work-summary'] ?? []) {
      const doi = doiOf(work);
      const key = dateKey(work['publication-date']);
      const title = plain(str(work.title?.title) ?? '');
      if (!doi || !key || !title) continue;
      if (!seen.has(doi.toLowerCase())) {
        seen.add(doi.toLowerCase());
        const subtitle = str(work.title?.subtitle);
        const venue = str(work['journal-title']);
        found.push({
          title: subtitle ? `${title}: ${plain(subtitle)}` : title,
          year: Math.floor(key / 10_000),
          ...(venue ? { venue: plain(venue) } : {}),
          doi,
          key,
        });
      }
      break;
    }
  }
  return found
    .sort((a, b) => b.key - a.key)
    .slice(0, max)
    .map(({ key: _key, ...work }) => work);
}

const ROR_ID = /(?:ror\.org\/)?(0[0-9a-hjkmnp-tv-z]{6}[0-9]{2})$/;

/** Name, current employment and recent works from a record. */
export function prefillFromRecord(record: OrcidRecord): OrcidPrefill {
  const job = currentEmployment(record);
  const org = job?.organization;
  const orgName = org?.name?.replace(/\s+/g, ' ').trim();
  const country = org?.address?.country?.trim().toLowerCase();
  const disambiguated = org?.['disambiguated-organization'];
  const ror =
    disambiguated?.['disambiguation-source'] === 'ROR'
      ? ROR_ID.exec(disambiguated['disambiguated-organization-identifier'].trim())?.[1]
      : undefined;
  const position = job?.['role-title']?.replace(/\s+/g, ' ').trim();
  return {
    name: nameOf(record),
    ...(position ? { position } : {}),
    ...(orgName ? { organisation: { name: orgName, ...(country ? { country } : {}), ...(ror ? { ror } : {}) } } : {}),
    works: recentWorks(record),
  };
}

// ---------------------------------------------------------------- the institution on the site

/** An institution of the site as matched here: its file name, names in every language, short names and ROR id. */
export interface InstitutionNames {
  id: string;
  names: string[];
  ror?: string;
}

/** A name folded for comparing: case, diacritics and punctuation ignored, a leading "The" dropped. */
export function nameKey(name: string): string {
  return fold(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/** The site's institution that is the organisation: the same ROR id, or the same name in any language or short name. */
export function matchInstitution(org: { name: string; ror?: string }, institutions: readonly InstitutionNames[]): string | undefined {
  if (org.ror) {
    const byRor = institutions.find((i) => i.ror === org.ror);
    if (byRor) return byRor.id;
  }
  const key = nameKey(org.name);
  return institutions.find((i) => i.names.some((n) => nameKey(n) === key))?.id;
}

/** The names and ROR id of an institution file's data, as `matchInstitution` reads them. */
export function institutionNames(id: string, data: unknown): InstitutionNames {
  const d = (data ?? {}) as { name?: unknown; shortName?: unknown; ror?: unknown };
  const texts = (v: unknown): string[] =>
    typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).filter((s): s is string => typeof s === 'string') : [];
  const ror = typeof d.ror === 'string' ? ROR_ID.exec(d.ror.trim())?.[1] : undefined;
  return { id, names: [...texts(d.name), ...texts(d.shortName)], ...(ror ? { ror } : {}) };
}
