/**
 * Schema.org descriptions of the site's entities, for the JSON-LD block of
 * their pages (Base.astro writes them with `jsonForHtml`). Written in English,
 * the language the profiles are kept in; each takes the page's absolute URL.
 */
import type { Institution, Professor, Project } from './content';
import { researcherLinks } from './links';
import type { Crumb } from './seo';

const CONTEXT = 'https://schema.org';

const address = (place: Pick<Institution, 'city' | 'country'>, withCity = true) => ({
  '@type': 'PostalAddress',
  ...(withCity ? { addressLocality: place.city.en } : {}),
  addressCountry: place.country.id.toUpperCase(),
});

/** A professor's profile. */
export function personLd(professor: Professor, url: string) {
  return {
    '@context': CONTEXT,
    '@type': 'Person',
    name: professor.name,
    alternateName: [...new Set([professor.nameRu, professor.nameKk].filter(Boolean))],
    jobTitle: professor.position.en,
    description: professor.summary.en,
    url,
    affiliation: {
      '@type': 'Organization',
      name: professor.institution.name.en,
      address: address(professor.institution, false),
    },
    knowsAbout: professor.fields.map((f) => f.label.en),
    sameAs: [researcherLinks(professor.links).find((l) => l.kind === 'orcid')?.href, professor.links.website].filter(Boolean),
  };
}

/** A joint project. */
export function researchProjectLd(project: Project, url: string) {
  const funder = project.funder ?? project.programme?.funder;
  return {
    '@context': CONTEXT,
    '@type': 'ResearchProject',
    name: project.title.en,
    description: project.summary.en,
    url,
    foundingDate: project.start,
    ...(project.end ? { dissolutionDate: project.end } : {}),
    member: project.professors.map((p) => ({ '@type': 'Person', name: p.name })),
    ...(project.funder || project.programme ? { funder: { '@type': 'Organization', name: funder?.en } } : {}),
  };
}

/** An institution's page: its own website is its address, or else the page. */
export function organizationLd(institution: Institution, url: string) {
  return {
    '@context': CONTEXT,
    '@type': 'Organization',
    name: institution.name.en,
    url: institution.website ?? url,
    address: address(institution),
    ...(institution.ror ? { identifier: `https://ror.org/${institution.ror}` } : {}),
  };
}

/** The host university, on the home page. */
export function hostLd(host: Institution) {
  return {
    '@context': CONTEXT,
    '@type': 'CollegeOrUniversity',
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
