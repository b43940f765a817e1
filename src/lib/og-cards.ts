/**
 * What each link-preview image says: one image per professor, project and country, in English with the
 * Cyrillic name, and the site's own card in each language for every other page.
 */
import type { ImageMetadata } from 'astro';
import type { SiteContent } from './content';
import { visitCount } from './derive';
import { initials, yearSpan } from './format';
import { LOCALES, localize, plural, t, type Locale } from './i18n';
import type { OgCard } from './og';

/** The source file of a content image: Astro keeps its path on the image's metadata. */
function photoFile(image: ImageMetadata): string {
  const path = (image as ImageMetadata & { fsPath?: string }).fsPath;
  if (!path) throw new Error(`link preview: no source file for the image ${image.src}`);
  return path;
}

/** Cards by `<kind>/<id>`, the path of the image under /og/ without `.png`. */
export function ogCards(content: SiteContent): Map<string, OgCard> {
  const site = content.site.title.en;
  const badge = t('en', 'badge.example');
  const cards = new Map<string, OgCard>();
  for (const p of content.professors) {
    cards.set(`professors/${p.id}`, {
      site,
      title: p.name,
      ...(p.nameRu || p.nameKk ? { alternate: (p.nameKk ?? p.nameRu)! } : {}),
      lines: [p.position.en, `${p.institution.name.en} · ${p.country.name.en}`, yearSpan(p.years)],
      ...(p.example ? { badge } : {}),
      portrait: { initials: initials(p.name), ...(p.photo ? { photo: photoFile(p.photo.src) } : {}) },
    });
  }
  for (const p of content.projects) {
    cards.set(`projects/${p.id}`, {
      site,
      title: p.title.en,
      ...(p.title.kk || p.title.ru ? { alternate: (p.title.kk ?? p.title.ru)! } : {}),
      lines: [p.professors.map((x) => x.name).join(', ')],
      ...(p.example ? { badge } : {}),
    });
  }
  for (const [id, country] of content.countries) {
    const professors = content.professorsByCountry.get(id) ?? [];
    cards.set(`countries/${id}`, {
      site,
      title: country.name.en,
      ...(country.name.kk ? { alternate: [...new Set([country.name.ru, country.name.kk].filter(Boolean))].join(' · ') } : {}),
      lines: [`${plural('en', 'count.professors', professors.length)}, ${plural('en', 'count.visits', visitCount(professors))}`],
    });
  }
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
