/**
 * What `npm run new -- professor --orcid <iD>` takes from a public ORCID
 * record (read by orcid.ts): the name, the current employment (position,
 * organisation, its country) and the most recent works with a DOI, and which
 * of the site's institutions the organisation is. Nothing here writes a file.
 */
import { fold } from '~/shared/normalize';
import type { EmploymentSummary, FuzzyDate, OrcidRecord, Value, WorkSummary } from './orcid';

/** How many works are offered as publications. */
export const MAX_WORKS = 5;

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
