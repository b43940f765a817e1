/**
 * Reading a public ORCID record for `npm run new -- professor --orcid <iD>`:
 * the iD as an editor pastes it, and the ORCID public API v3.0
 * (`/v3.0/<iD>/record`: the person and the activity summaries in one answer).
 * `fetch` is passed in, so tests give it recorded answers (`recordedFetch`)
 * and never the network. What is taken from the record: orcid-prefill.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isValidOrcid } from '~/schemas/identifiers';

/** The ORCID public API; ORCID_API may name another (e.g. https://pub.sandbox.orcid.org/v3.0). */
export const ORCID_API = 'https://pub.orcid.org/v3.0';
/** How long orcid.org has to answer. */
export const ORCID_TIMEOUT_MS = 10_000;

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
  {
    fetch = globalThis.fetch as Fetch,
    api = ORCID_API,
    timeoutMs = ORCID_TIMEOUT_MS,
  }: { fetch?: Fetch; api?: string; timeoutMs?: number } = {},
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

export interface Value<T = string> {
  value: T;
}
export interface FuzzyDate {
  year?: Value | null;
  month?: Value | null;
  day?: Value | null;
}
export interface ExternalId {
  'external-id-type': string;
  'external-id-value': string;
  'external-id-normalized'?: Value | null;
  'external-id-relationship'?: string | null;
}
export interface Organization {
  name: string;
  address?: { city?: string | null; region?: string | null; country?: string | null } | null;
  'disambiguated-organization'?: { 'disambiguated-organization-identifier': string; 'disambiguation-source': string } | null;
}
export interface EmploymentSummary {
  'role-title'?: string | null;
  'department-name'?: string | null;
  'start-date'?: FuzzyDate | null;
  'end-date'?: FuzzyDate | null;
  organization: Organization;
}
export interface WorkSummary {
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
