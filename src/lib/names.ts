/** How a person's name is shown in each language. */
import type { Locale } from './i18n';

export interface Named {
  name: string;
  nameRu?: string | undefined;
  nameKk?: string | undefined;
}

/**
 * On the Russian and Kazakh pages the Cyrillic name leads and the name as the
 * person writes it follows; on English pages the Latin name alone.
 */
export function displayName(person: Named, locale: Locale): { primary: string; secondary?: string } {
  const local = locale === 'ru' ? person.nameRu : locale === 'kk' ? (person.nameKk ?? person.nameRu) : undefined;
  if (!local || local === person.name) return { primary: person.name };
  return { primary: local, secondary: person.name };
}

/** The family name as shown in `locale`: the last word of the displayed name ("Şahinoğlu", "Шахиноглу"). */
export function displayedSurname(person: Named, locale: Locale): string {
  const words = displayName(person, locale).primary.split(/\s+/);
  return words.at(-1) ?? '';
}
