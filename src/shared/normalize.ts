/**
 * Search text normalisation, used at index time (hidden variants on each
 * page) and at query time (the query is folded the same way), so that what
 * people type finds what is written:
 * - Kazakh letters fold to their nearest Russian ones (қ→к, ә→а, ...);
 * - Latin diacritics fold away (Wróbel→wrobel, Şahinoğlu→sahinoglu);
 * - Cyrillic is also transliterated to Latin (Врубель→vrubel);
 * - a skeleton folds the ways Russian and Kazakh names are written in Latin
 *   letters, and Kazakh's 2021 Latin alphabet, into one form
 *   (Qyrğyzstan, Kyrgyzstan, Қырғызстан → kirgizstan; Germaniia → germania).
 * No dependencies: this module also runs in the browser.
 */

const KAZAKH: Record<string, string> = { ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и' };
const LATIN: Record<string, string> = { ł: 'l', ı: 'i', ß: 'ss', ø: 'o', đ: 'd', æ: 'ae', œ: 'oe', ð: 'd', þ: 'th' };
const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** Lower case, Kazakh letters folded to Russian ones, Latin diacritics removed. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[әғқңөұүһі]/g, (c) => KAZAKH[c]!)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łıßøđæœðþ]/g, (c) => LATIN[c]!)
    .normalize('NFC');
}

/** Folded text with Cyrillic letters written in Latin: "Қасымұлы" → "kasymuly". */
export function transliterate(text: string): string {
  return fold(text).replace(/[а-я]/g, (c) => CYRILLIC_TO_LATIN[c] ?? c);
}

/**
 * One form for the Latin spellings of a Cyrillic word: Kazakh's 2021 Latin
 * letters (ş ç q ğ ñ ä ö ū ü ı i̇) and the common romanisations of Russian and
 * Kazakh (я ya/ia, ю yu/iu, х kh/h, ж zh/j, ц ts/c, щ shch/sch, ы and й y/i).
 * Built for comparing, not for reading: "Юлия", "Yulia" and "Iuliia" → "iulia".
 */
export function skeleton(text: string): string {
  return transliterate(text.toLowerCase().replace(/ş/g, 'sh').replace(/ç/g, 'ch'))
    .replace(/q/g, 'k')
    .replace(/shch|sch/g, 'sh')
    .replace(/zh/g, 'j')
    .replace(/kh/g, 'h')
    .replace(/ts/g, 'c')
    .replace(/y/g, 'i')
    .replace(/i+/g, 'i')
    .replace(/ie/g, 'e');
}

/**
 * Extra words to index for a page so that folded and transliterated queries
 * find it: every distinct folded or transliterated word of `texts`. (Pagefind
 * lower-cases words itself; duplicates of visible words cost little.)
 */
export function searchVariants(texts: readonly (string | undefined)[]): string {
  const out = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const variant of [fold(text), transliterate(text), skeleton(text)]) {
      for (const word of variant.split(/[^\p{L}\p{N}]+/u)) if (word) out.add(word);
    }
  }
  return [...out].join(' ');
}

/** The query as Pagefind should receive it. */
export function normalizeQuery(query: string): string {
  return fold(query.trim());
}

/**
 * The query in skeleton form, for a second search when the first finds
 * nothing (a name typed in another romanisation); undefined when it is the same query.
 */
export function skeletonQuery(query: string): string | undefined {
  const form = query
    .trim()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(skeleton)
    .join(' ');
  return form && form !== normalizeQuery(query) ? form : undefined;
}

/** A file name from a name in any script: "Łukasz Wróbel" → `lukasz-wrobel`, "Қасымұлы" → `kasymuly`. */
export function slugify(name: string): string {
  return transliterate(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}
