/**
 * What each link-preview image says: one image per professor, project and country that every reader
 * can read (no word of one language: names in both scripts, country codes, years and figures behind
 * symbols), and the site's own card in each language for every other page.
 */
import type { ImageMetadata } from 'astro';
import type { Country, Institution, Professor, Project, SiteContent } from './content';
import { visitCount } from './derive';
import { initials, yearSpan } from './format';
import { LOCALES, localize, t, type Locale } from './i18n';
import type { OgCard } from './og';

/** The source file of a content image: Astro keeps its path on the image's metadata. */
function photoFile(image: ImageMetadata): string {
  const path = (image as ImageMetadata & { fsPath?: string }).fsPath;
  if (!path) throw new Error(`link preview: no source file for the image ${image.src}`);
  return path;
}

/** Distinct non-empty texts joined, e.g. a name and its Cyrillic form, or a country in three languages. */
const both = (texts: (string | undefined)[]) => [...new Set(texts.filter((x): x is string => !!x))];

/** What an entry's card shows about its country, the same in every language: the code and the distinct names. */
export const ogCountry = (country: Country) => ({
  code: country.id.toUpperCase(),
  names: both(LOCALES.map((l) => country.name[l])).join(' · '),
});

/** The site's short name and the example badge in every language at once, for the one card of an entry. */
export function ogCommon(host: Institution): { site: string; badge: string } {
  return {
    site: both(LOCALES.map((l) => (host.shortName ?? host.name)[l])).join(' · '),
    badge: both(LOCALES.map((l) => t(l, 'badge.example'))).join(' · '),
  };
}

export function professorCard(p: Professor, common: { site: string; badge: string }): OgCard {
  return {
    site: common.site,
    title: p.name,
    ...(p.nameRu || p.nameKk ? { alternates: [both([p.nameRu, p.nameKk]).join(' · ')] } : {}),
    country: ogCountry(p.country),
    figures: [
      { icon: 'years', value: yearSpan(p.years) },
      { icon: 'visits', value: String(p.visits.length) },
    ],
    ...(p.example ? { badge: common.badge } : {}),
    portrait: { initials: initials(p.name), ...(p.photo ? { photo: photoFile(p.photo.src) } : {}) },
  };
}

export function projectCard(p: Project, common: { site: string; badge: string }): OgCard {
  const years = [Number(p.start.slice(0, 4)), ...(p.end ? [Number(p.end.slice(0, 4))] : [])];
  const alternates = both([p.title.ru, p.title.kk]).filter((x) => x !== p.title.en);
  return {
    site: common.site,
    title: p.title.en,
    ...(alternates.length ? { alternates } : {}),
    people: p.professors.map((x) => x.name).join(', '),
    // An ongoing project: the start year and an open dash.
    figures: [{ icon: 'years', value: p.end ? yearSpan([...new Set(years)]) : `${years[0]}–` }],
    ...(p.example ? { badge: common.badge } : {}),
  };
}

export function countryCard(country: Country, professors: readonly Professor[], common: { site: string }): OgCard {
  const [title, ...others] = both(LOCALES.map((l) => country.name[l]));
  const years = [...new Set(professors.flatMap((p) => p.years))].sort((a, b) => a - b);
  return {
    site: common.site,
    title: title!,
    ...(others.length ? { alternates: [others.join(' · ')] } : {}),
    country: ogCountry(country),
    figures: [
      { icon: 'people', value: String(professors.length) },
      { icon: 'visits', value: String(visitCount(professors)) },
      ...(years.length ? [{ icon: 'years' as const, value: yearSpan([years[0]!, years.at(-1)!]) }] : []),
    ],
  };
}

/** Cards by `<kind>/<id>`, the path of the image under /og/ without `.png`. */
export function ogCards(content: SiteContent): Map<string, OgCard> {
  const common = ogCommon(content.host);
  const cards = new Map<string, OgCard>();
  for (const p of content.professors) cards.set(`professors/${p.id}`, professorCard(p, common));
  for (const p of content.projects) cards.set(`projects/${p.id}`, projectCard(p, common));
  for (const [id, country] of content.countries)
    cards.set(`countries/${id}`, countryCard(country, content.professorsByCountry.get(id) ?? [], common));
  for (const locale of LOCALES) {
    cards.set(siteCardPath(locale), {
      site: localize(content.host.name, locale).text,
      title: localize(content.site.title, locale).text,
      lines: [localize(content.site.tagline, locale).text],
    });
  }
  return cards;
}

/** The site's card in a language, shown for pages without a card of their own, e.g. `site/ru`. */
export const siteCardPath = (locale: Locale) => `site/${locale}`;
