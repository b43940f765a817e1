import { describe, expect, it } from 'vitest';
import { LOCALES, MESSAGES, localize, plural, t } from '../../../src/lib/i18n';

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
    expect(t('en', 'home.universityFigureText', { professors: 300, countries: 14, since: '2021' })).toBe(
      'More than 300 professors from 14 countries since 2021, in both programmes together.',
    );
    expect(plural('ru', 'count.professors', 1200)).toBe('1\u00a0200 профессоров');
  });

  it('chooses Russian plural forms correctly', () => {
    expect([1, 2, 5, 11, 21, 22, 25].map((n) => plural('ru', 'count.professors', n))).toEqual([
      '1 профессор',
      '2 профессора',
      '5 профессоров',
      '11 профессоров',
      '21 профессор',
      '22 профессора',
      '25 профессоров',
    ]);
    expect(plural('kk', 'count.countries', 14)).toBe('14 ел');
    expect(plural('en', 'count.countries', 1)).toBe('1 country');
  });

  it('falls back to English, marked, when a translation is missing', () => {
    expect(localize({ en: 'Food', ru: 'Еда' }, 'ru')).toEqual({ text: 'Еда', lang: 'ru', fallback: false });
    expect(localize({ en: 'Food' }, 'kk')).toEqual({ text: 'Food', lang: 'en', fallback: true });
    expect(localize({ en: 'Food' }, 'en')).toEqual({ text: 'Food', lang: 'en', fallback: false });
  });
});
