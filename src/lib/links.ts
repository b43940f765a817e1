/** Addresses of a researcher's profiles elsewhere, from the identifiers kept in their file. */
import type { Professor } from './content';

export interface ResearcherLink {
  kind: 'orcid' | 'scopus' | 'scholar' | 'website';
  href: string;
  /** The identifier as shown beside the service's name (ORCID iD, Scopus author ID). */
  id?: string;
}

/** ORCID, Scopus, Google Scholar and the personal website, in that order, for those the file gives. */
export function researcherLinks(links: Professor['links']): ResearcherLink[] {
  const out: ResearcherLink[] = [];
  if (links.orcid) out.push({ kind: 'orcid', href: `https://orcid.org/${links.orcid}`, id: links.orcid });
  if (links.scopus)
    out.push({ kind: 'scopus', href: `https://www.scopus.com/authid/detail.uri?authorId=${links.scopus}`, id: links.scopus });
  if (links.scholar) out.push({ kind: 'scholar', href: `https://scholar.google.com/citations?user=${links.scholar}` });
  if (links.website) out.push({ kind: 'website', href: links.website });
  return out;
}
