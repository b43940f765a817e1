/**
 * Counted phrases in the three languages, checked against noun forms written
 * out by hand, not against the plural rules the code uses: a wrong rule, a
 * missing form or a form in the wrong slot all show up here.
 */
import { describe, expect, it } from 'vitest';
import { LOCALES, MESSAGES, plural, type Locale, type PluralKey } from '~/lib/i18n';

const NUMBERS = [1, 2, 5, 11, 21, 22, 25, 101, 300, 310];

/**
 * Which hand-written form each number takes: English has "one" for 1 only;
 * Russian has "one" for 1, 21, 101 (ending in 1 but not 11), "few" for 2, 22
 * (ending in 2–4 but not 12–14) and "many" for the rest; Kazakh keeps the
 * noun singular after every number.
 */
const SLOT: Record<Locale, (n: number) => number> = {
  en: (n) => (n === 1 ? 0 : 1),
  ru: (n) => ({ 1: 0, 21: 0, 101: 0, 2: 1, 22: 1 })[n] ?? 2,
  kk: () => 0,
};

/** The phrase for each form, in the order of SLOT: en [one, other], ru [one, few, many], kk [all]. */
const EXPECTED: Record<PluralKey, Record<Locale, string[]>> = {
  'count.professors': {
    en: ['{n} professor', '{n} professors'],
    ru: ['{n} профессор', '{n} профессора', '{n} профессоров'],
    kk: ['{n} профессор'],
  },
  'count.countries': { en: ['{n} country', '{n} countries'], ru: ['{n} страна', '{n} страны', '{n} стран'], kk: ['{n} ел'] },
  'count.projects': {
    en: ['{n} joint project', '{n} joint projects'],
    ru: ['{n} совместный проект', '{n} совместных проекта', '{n} совместных проектов'],
    kk: ['{n} бірлескен жоба'],
  },
  'count.visits': { en: ['{n} visit', '{n} visits'], ru: ['{n} визит', '{n} визита', '{n} визитов'], kk: ['{n} сапар'] },
  'count.hours': { en: ['{n} hour', '{n} hours'], ru: ['{n} час', '{n} часа', '{n} часов'], kk: ['{n} сағат'] },
  'count.institutions': {
    en: ['{n} institution', '{n} institutions'],
    ru: ['{n} организация', '{n} организации', '{n} организаций'],
    kk: ['{n} ұйым'],
  },
  'count.results': { en: ['{n} result', '{n} results'], ru: ['{n} результат', '{n} результата', '{n} результатов'], kk: ['{n} нәтиже'] },
  'count.named': {
    en: ['{n} professor by that name', '{n} professors by that name'],
    ru: ['{n} профессор с таким именем', '{n} профессора с таким именем', '{n} профессоров с таким именем'],
    kk: ['Осы есімді {n} профессор'],
  },
  'directory.show': {
    en: ['Show {n} professor', 'Show {n} professors'],
    ru: ['Показать {n} результат', 'Показать {n} результата', 'Показать {n} результатов'],
    kk: ['{n} профессорды көрсету'],
  },
  'directory.chosen': { en: ['{n} chosen', '{n} chosen'], ru: ['выбрано: {n}', 'выбрано: {n}', 'выбрано: {n}'], kk: ['таңдалғаны: {n}'] },
  'count.rows': { en: ['{n} row', '{n} rows'], ru: ['{n} строка', '{n} строки', '{n} строк'], kk: ['{n} жол'] },
  // After "More than" / «Более» (genitive) / «астам» (ablative).
  'figure.professors': {
    en: ['{n} professor', '{n} professors'],
    ru: ['{n} профессора', '{n} профессоров', '{n} профессоров'],
    kk: ['{n} профессордан астам'],
  },
  // After "from" / «из» (genitive); the Kazakh ablative ending belongs to the noun.
  'figure.countries': { en: ['{n} country', '{n} countries'], ru: ['{n} страны', '{n} стран', '{n} стран'], kk: ['{n} елден'] },
  // The number of examples agrees with the verb; the total stands apart, so any total reads right.
  'examples.professors': {
    en: [
      '{n} of these {total} professors is an invented example, not a real person.',
      '{n} of these {total} professors are invented examples, not real people.',
    ],
    ru: [
      'Учтено профессоров: {total}, из них {n} — вымышленный пример, а не реальный человек.',
      'Учтено профессоров: {total}, из них {n} — вымышленные примеры, а не реальные люди.',
      'Учтено профессоров: {total}, из них {n} — вымышленные примеры, а не реальные люди.',
    ],
    kk: ['Мұнда есептелген профессорлар: {total}, оның ішінде {n} — ойдан құрастырылған мысал, нақты адам емес.'],
  },
  'examples.projects': {
    en: ['{n} of these {total} joint projects is an invented example.', '{n} of these {total} joint projects are invented examples.'],
    ru: [
      'Учтено совместных проектов: {total}, из них {n} — вымышленный пример.',
      'Учтено совместных проектов: {total}, из них {n} — вымышленные примеры.',
      'Учтено совместных проектов: {total}, из них {n} — вымышленные примеры.',
    ],
    kk: ['Мұнда есептелген бірлескен жобалар: {total}, оның ішінде {n} — ойдан құрастырылған мысал.'],
  },
  'stats.lectureHours': {
    en: ['{n} hour of lectures and seminars', '{n} hours of lectures and seminars'],
    ru: ['{n} час лекций и семинаров', '{n} часа лекций и семинаров', '{n} часов лекций и семинаров'],
    kk: ['{n} сағат дәріс пен семинар'],
  },
  'stats.repeatVisitors': {
    en: ['{n} professor came more than once', '{n} professors came more than once'],
    ru: ['{n} профессор приезжал не один раз', '{n} профессора приезжали не один раз', '{n} профессоров приезжали не один раз'],
    kk: ['{n} профессор бірнеше рет келді'],
  },
};

describe('counted phrases', () => {
  it('the table below covers every plural message', () => {
    const keys = Object.entries(MESSAGES.en)
      .filter(([, v]) => typeof v === 'object')
      .map(([k]) => k);
    expect(keys.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [key, byLocale] of Object.entries(EXPECTED) as [PluralKey, Record<Locale, string[]>][]) {
    for (const locale of LOCALES) {
      it(`${key} in ${locale}: ${NUMBERS.join(', ')}`, () => {
        // A placeholder other than {n} is left as written, so the forms are compared whole.
        const got = NUMBERS.map((n) => plural(locale, key, n, { total: '{total}' }));
        const want = NUMBERS.map((n) => byLocale[locale][SLOT[locale](n)]!.replace('{n}', String(n)));
        expect(got).toEqual(want);
      });
    }
  }
});

/** Placeholders that stand for a count of something. */
const COUNTED = ['count', 'n', 'shown', 'total', 'visits', 'hours', 'current', 'last'];

/**
 * Plain strings with a count that stay right for every number without plural
 * forms, and why. A new string with a count goes through plural forms, or is
 * added here after a reader of the language has checked it.
 */
const NO_COUNTED_NOUN: Record<string, string> = {
  'pagination.status': 'page numbers, with no counted noun',
  'list.recent': 'shown is the list size and total is larger; en "of {total} visitors" is always plural, ru has no noun',
  'list.all': 'no counted noun',
};

describe('strings that show a count', () => {
  for (const locale of ['en', 'ru'] as const) {
    it(`${locale}: a count in a plain string stands after a colon or in brackets, where no noun agrees with it`, () => {
      const offending: string[] = [];
      for (const [key, value] of Object.entries(MESSAGES[locale])) {
        if (typeof value !== 'string' || key in NO_COUNTED_NOUN) continue;
        for (const [, before, name] of value.matchAll(/(.?.?)\{(\w+)\}/g)) {
          if (COUNTED.includes(name!) && !/^(: |.\()$/.test(before!)) offending.push(`${key}: ${value}`);
        }
      }
      expect(offending).toEqual([]);
    });
  }

  it('Kazakh never glues a case or plural ending to a placeholder, whose last sound it cannot know', () => {
    const ending = '(?:[дтн][аеы]н|[дтн][аеі]н|[гғкқ][аеә]|[гғкқ]е|[дтн][аеә]|[дтн]ың|[дтн]ің|[дтн][ыі]|[мбп]ен|[лдт][аеә]р|с?[ыі])';
    const glued = new RegExp(`\\{\\w+\\}(?:-?${ending}(?![а-яёәғқңөұүһі])|[а-яёәғқңөұүһі])`, 'i');
    const strings = Object.entries(MESSAGES.kk).flatMap(([key, v]) =>
      typeof v === 'string' ? [[key, v]] : Object.entries(v).map(([form, text]) => [`${key}.${form}`, text]),
    );
    expect(strings.filter(([, text]) => glued.test(text!)).map(([key, text]) => `${key}: ${text}`)).toEqual([]);
    expect(glued.test('{professors}-ден астам')).toBe(true);
    expect(glued.test('{x}дан')).toBe(true);
    expect(glued.test('{current}-беті')).toBe(false);
  });
});
