import { describe, expect, it } from 'vitest';
import { fold, normalizeQuery, searchVariants, skeleton, skeletonQuery, transliterate } from '~/shared/normalize';

describe('search normalisation', () => {
  it('folds every Kazakh-specific letter to the letter people type without a Kazakh keyboard', () => {
    expect(fold('ӘҒҚҢӨҰҮҺІ әғқңөұүһі')).toBe('агкноуухи агкноуухи');
    expect(fold('Қасымұлы')).toBe('касымулы');
    expect(fold('Шахиноғлу')).toBe(fold('Шахиноглу'));
  });

  it('removes Latin diacritics, including letters that do not decompose', () => {
    expect(fold('Łukasz Wróbel')).toBe('lukasz wrobel');
    expect(fold('Burak Şahinoğlu')).toBe('burak sahinoglu');
    expect(fold('Vojtěch Hruška, Reto Zürcher, Matthias Große')).toBe('vojtech hruska, reto zurcher, matthias grosse');
  });

  it('transliterates Cyrillic, Russian and Kazakh, to Latin', () => {
    expect(transliterate('Лукаш Врубель')).toBe('lukash vrubel');
    expect(transliterate('Шахиноғлу')).toBe('shakhinoglu');
    expect(transliterate('Жанар Кенжебаева')).toBe('zhanar kenzhebaeva');
  });

  it('adds the folded and transliterated words', () => {
    const variants = searchVariants(['Łukasz Wróbel', 'Лукаш Врубель', 'Тамақ технологиясы']).split(' ');
    expect(variants).toEqual(expect.arrayContaining(['lukasz', 'wrobel', 'lukash', 'vrubel', 'тамак', 'tamak', 'tekhnologiyasy']));
    expect(new Set(variants).size).toBe(variants.length);
  });

  it('folds queries the same way as the index', () => {
    expect(normalizeQuery('  Тамак ')).toBe('тамак');
    expect(normalizeQuery('Тамақ')).toBe('тамак');
  });
});

// Each row: ways people write one word; all of them must meet in one skeleton.
const SAME_WORD: string[][] = [
  ['Қырғызстан', 'Qyrğyzstan', 'Qyrgyzstan', 'Kyrgyzstan', 'Кыргызстан'],
  ['Германия', 'Germaniia', 'Germaniya', 'Germania'],
  ['Қазақстан', 'Qazaqstan', 'Kazakstan'],
  ['Жамбыл', 'Zhambyl', 'Jambyl'],
  ['Шымкент', 'Şymkent', 'Shymkent'],
  ['Шаңырақ', 'Şañyraq', 'Shanyrak'],
  ['Юлия', 'Yulia', 'Iuliia', 'Yuliya'],
  ['Цой', 'Tsoy', 'Tsoi'],
  ['Хасанов', 'Khasanov', 'Hasanov'],
  ['Щукин', 'Shchukin', 'Schukin'],
  ['Әлия', 'Äliya', 'Aliia', 'Aliya'],
  ['Өмір', 'Ömır', 'Omir'],
  ['Ұлан', 'Ūlan', 'Ulan'],
  ['Үміт', 'Ümıt', 'Umit'],
  ['Ілияс', 'İlias', 'Iliyas'],
  ['Чалов', 'Çalov', 'Chalov'],
  ['Елена', 'Yelena', 'Elena'],
  ['Дмитриев', 'Dmitriev', 'Dmitriyev'],
];
const DIFFERENT: [string, string][] = [
  ['Германия', 'Грузия'],
  ['Kazakstan', 'Kyrgyzstan'],
  ['Shymkent', 'Almaty'],
];

describe('the skeleton of a word', () => {
  for (const forms of SAME_WORD)
    it(`is one for ${forms.join(', ')}`, () => {
      expect(new Set(forms.map(skeleton)).size, forms.map((f) => `${f} → ${skeleton(f)}`).join('; ')).toBe(1);
    });

  it('keeps different words apart', () => {
    for (const [a, b] of DIFFERENT) expect(skeleton(a)).not.toBe(skeleton(b));
  });

  it('is indexed for a page, and a query in another spelling reaches it', () => {
    const variants = searchVariants(['Қырғызстан']).split(' ');
    expect(variants).toContain(skeletonQuery('Qyrğyzstan'));
    expect(variants).toContain(skeletonQuery('Qyrgyzstan'));
    expect(searchVariants(['Германия']).split(' ')).toContain(skeletonQuery('Germaniia'));
  });

  it('is asked for only when it differs from the query', () => {
    expect(skeletonQuery('biogas')).toBeUndefined();
    expect(skeletonQuery('Qyrgyzstan')).toBe('kirgizstan');
  });
});
