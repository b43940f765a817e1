import { describe, expect, it } from 'vitest';
import { LOCALES, MESSAGES, localize, plural, pluralParts, t, type Locale } from '~/lib/i18n';

describe('UI strings', () => {
  it('every language has exactly the same keys', () => {
    const keys = (l: (typeof LOCALES)[number]) => Object.keys(MESSAGES[l]).sort();
    expect(keys('ru')).toEqual(keys('en'));
    expect(keys('kk')).toEqual(keys('en'));
  });

  it('every plural key has the forms each language needs', () => {
    for (const locale of LOCALES) {
      const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      for (const [key, value] of Object.entries(MESSAGES[locale])) {
        if (typeof value === 'object') expect(Object.keys(value).sort(), `${locale} ${key}`).toEqual([...needed].sort());
      }
    }
  });

  it('Kazakh strings are written in Kazakh Cyrillic, with Latin only in proper names (Erasmus+, JavaScript)', () => {
    const values = Object.values(MESSAGES.kk).flatMap((v) => (typeof v === 'string' ? [v] : Object.values(v)));
    const text = values.join(' ').replace(/\{\w+\}/g, '');
    expect(text).toMatch(/[әғқңөұүһі]/);
    // Allowed: programme names, names of formats and standards, and literal values of the data files.
    const allowed = [
      'Erasmus',
      'ICM',
      'JavaScript',
      'JSON',
      'Schema',
      'CSV',
      'RFC',
      'UTF',
      'CRLF',
      'ISO',
      'ORCID',
      'iD',
      'RSS',
      'iCalendar',
    ];
    const dataValues = ['example', 'true', 'planned', 'active', 'completed'];
    expect(text.match(/[A-Za-z]{2,}/g)?.filter((w) => ![...allowed, ...dataValues].includes(w)) ?? []).toEqual([]);
  });

  it('fills parameters and formats numbers per language', () => {
    expect(t('en', 'pagination.status', { current: 2, last: 1200 })).toBe('Page 2 of 1,200');
    expect(plural('ru', 'count.professors', 1200)).toBe('1\u00a0200 профессоров');
  });

  it("states the university's figure with the noun in the form each number needs", () => {
    const figure = (locale: Locale, professors: number, countries: number) =>
      t(locale, 'home.universityFigureText', {
        professors: plural(locale, 'figure.professors', professors),
        countries: plural(locale, 'figure.countries', countries),
        since: '2021',
      });
    expect(figure('en', 300, 14)).toBe('More than 300 professors from 14 countries since 2021, in both programmes together.');
    expect(figure('ru', 300, 14)).toBe('Более 300 профессоров из 14 стран с 2021 года по обеим программам вместе.');
    expect(figure('ru', 21, 21)).toBe('Более 21 профессора из 21 страны с 2021 года по обеим программам вместе.');
    expect(figure('ru', 2, 3)).toBe('Более 2 профессоров из 3 стран с 2021 года по обеим программам вместе.');
    expect(figure('kk', 310, 14)).toBe('2021 жылдан бері екі бағдарламаға 14 елден 310 профессордан астам қатысты.');
    expect(figure('kk', 305, 1)).toBe('2021 жылдан бері екі бағдарламаға 1 елден 305 профессордан астам қатысты.');
  });

  it('splits a counted phrase around its number for large figures', () => {
    expect(pluralParts('ru', 'stats.lectureHours', 1117)).toEqual({ number: '1\u00a0117', before: '', after: 'часов лекций и семинаров' });
    expect(pluralParts('en', 'stats.repeatVisitors', 1)).toEqual({ number: '1', before: '', after: 'professor came more than once' });
  });

  it('falls back to English, marked, when a translation is missing', () => {
    expect(localize({ en: 'Food', ru: 'Еда' }, 'ru')).toEqual({ text: 'Еда', lang: 'ru', fallback: false });
    expect(localize({ en: 'Food' }, 'kk')).toEqual({ text: 'Food', lang: 'en', fallback: true });
    expect(localize({ en: 'Food' }, 'en')).toEqual({ text: 'Food', lang: 'en', fallback: false });
  });
});
