/** The glossary (src/i18n/glossary.yaml): one term per concept, and the variants no text may use. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './run';

interface Term {
  concept: string;
  en: string;
  ru: string;
  kk: string;
  avoid?: Partial<Record<'en' | 'ru' | 'kk', string[]>>;
}
export const glossary = parse(readFileSync(join(ROOT, 'src/i18n/glossary.yaml'), 'utf8')) as Term[];

/** "file: uses «variant» (concept): write «term»" for every avoided variant in `text`. */
export function avoidedIn(file: string, text: string, languages: readonly ('en' | 'ru' | 'kk')[]): string[] {
  return glossary.flatMap((term) =>
    languages.flatMap((lang) =>
      (term.avoid?.[lang] ?? [])
        .filter((v) => new RegExp(v).test(text))
        .map((v) => `${file}: uses «${v}» (${term.concept}): write «${term[lang]}»`),
    ),
  );
}
