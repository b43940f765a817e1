/**
 * Schema.org descriptions of the site's entities, for the JSON-LD block of
 * their pages (Base.astro writes them with `jsonForHtml`). Written in English,
 * the language the profiles are kept in. Each node that has a page of its own
 * carries an `@id`, the page's address plus a fragment (`#person`, `#project`,
 * `#organization`), so the same person on a profile and on a project page is
 * one node. `at` gives the absolute address of a page in the current language.
 */
import type { Institution, Professor, Project } from './content';
import { researcherLinks } from './links';
import type { Crumb } from './seo';

const CONTEXT = 'https://schema.org';

/** The absolute address of a page of the site from its path after the locale, e.g. `professors/anna-novak`. */
export type PageUrl = (path: string) => string;

/** The `@id`s of the nodes that have a page. */
export const personId = (at: PageUrl, id: string) => `${at(`professors/${id}`)}#person`;
export const projectId = (at: PageUrl, id: string) => `${at(`projects/${id}`)}#project`;
export const organizationId = (at: PageUrl, id: string) => `${at(`institutions/${id}`)}#organization`;

const address = (place: Pick<Institution, 'city' | 'country'>, withCity = true) => ({
  '@type': 'PostalAddress',
  ...(withCity ? { addressLocality: place.city.en } : {}),
  addressCountry: place.country.id.toUpperCase(),
});

/** A professor's profile. */
export function personLd(professor: Professor, at: PageUrl) {
  return {
    '@context': CONTEXT,
    '@type': 'Person',
    '@id': personId(at, professor.id),
    name: professor.name,
    alternateName: [...new Set([professor.nameRu, professor.nameKk].filter(Boolean))],
    jobTitle: professor.position.en,
    description: professor.summary.en,
    url: at(`professors/${professor.id}`),
    affiliation: {
      '@type': 'Organization',
      '@id': organizationId(at, professor.institution.id),
      name: professor.institution.name.en,
      address: address(professor.institution, false),
    },
    knowsAbout: professor.fields.map((f) => f.label.en),
    sameAs: [researcherLinks(professor.links).find((l) => l.kind === 'orcid')?.href, professor.links.website].filter(Boolean),
  };
}

/** A joint project. */
export function researchProjectLd(project: Project, at: PageUrl) {
  const funder = project.funder ?? project.programme?.funder;
  return {
    '@context': CONTEXT,
    '@type': 'ResearchProject',
    '@id': projectId(at, project.id),
    name: project.title.en,
    description: project.summary.en,
    url: at(`projects/${project.id}`),
    foundingDate: project.start,
    ...(project.end ? { dissolutionDate: project.end } : {}),
    member: project.professors.map((p) => ({ '@type': 'Person', '@id': personId(at, p.id), name: p.name })),
    ...(project.funder || project.programme ? { funder: { '@type': 'Organization', name: funder?.en } } : {}),
  };
}

/** An institution's page: its own website is its address, or else the page. */
export function organizationLd(institution: Institution, at: PageUrl) {
  return {
    '@context': CONTEXT,
    '@type': 'Organization',
    '@id': organizationId(at, institution.id),
    name: institution.name.en,
    url: institution.website ?? at(`institutions/${institution.id}`),
    address: address(institution),
    ...(institution.ror ? { identifier: `https://ror.org/${institution.ror}` } : {}),
  };
}

/** The host university, on the home page: the same node as on its institution's page. */
export function hostLd(host: Institution, at: PageUrl) {
  return {
    '@context': CONTEXT,
    '@type': 'CollegeOrUniversity',
    '@id': organizationId(at, host.id),
    name: host.name.en,
    alternateName: [host.name.ru, host.name.kk].filter(Boolean),
    ...(host.website ? { url: host.website } : {}),
    address: address(host),
  };
}

/** The breadcrumb trail above a page's title. */
export function breadcrumbJsonLd(site: URL | undefined, crumbs: Crumb[]) {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: c.label,
      item: site ? new URL(c.href, site).href : c.href,
    })),
  };
}
