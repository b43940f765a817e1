// What the built pages say: no claim that the site lists everyone (it lists the entries it has; the
// university counts 300+), no "state programme", and none of the glossary's avoided variants.
import { describe, expect, inject, it } from 'vitest';
import { builtPages, visibleText } from '../helpers/dist';
import { avoidedIn } from '../helpers/glossary';

/** Phrases that said more than the site knows, in each language (issue: overclaims O1–O5). */
const OVERCLAIMS: Record<'en' | 'ru' | 'kk', RegExp[]> = {
  en: [
    /Browse everyone/,
    /Everyone who has visited/,
    /All visiting professors/,
    /Every visiting professor/,
    /Every joint project/,
    /has grown/,
    /how many came from each/,
  ],
  ru: [/Все, кто приезжал/, /Все зарубежные профессора/, /Все совместные проекты/, /[Гг]осударственная программа/, /росла год от года/],
  // The FAQ may ask «Мұнда барлық шетелдік профессорлар бар ма?» (and answers: not yet).
  kk: [/Келген барлық профессорлар/, /[Бб]арлық шетелдік профессорлар(?! бар ма)/, /[Мм]емлекеттік бағдарлама/],
};

describe('the copy of the built site', () => {
  const pages = builtPages(inject('dist')).filter((p) => /^(en|ru|kk)\//.test(p.path));

  it('claims no more than the entries on the site, in every language', () => {
    const found = pages.flatMap((p) => {
      const lang = p.path.slice(0, 2) as 'en' | 'ru' | 'kk';
      const text = visibleText(p.doc) + ' ' + (p.doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '');
      return OVERCLAIMS[lang].filter((re) => re.test(text)).map((re) => `${p.path}: ${re.source}`);
    });
    expect(found).toEqual([]);
  });

  it('uses one term per concept (the glossary) on every Russian and Kazakh page', () => {
    const found = pages
      .filter((p) => !p.path.startsWith('en/'))
      .flatMap((p) => avoidedIn(p.path, visibleText(p.doc), [p.path.slice(0, 2) as 'ru' | 'kk']));
    expect(found).toEqual([]);
  });
});
