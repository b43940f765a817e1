// What the browser editor reads from a file and writes back (src/lib/editing/form-data.ts):
// an untouched entry is written back byte for byte, a changed value changes its line only,
// nothing empty is written, and a degree keeps its form.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { fromForm, readFile, SOURCE_KEY, TEXT_OR_TRANSLATED, writeFile } from '~/lib/editing/form-data';
import { problems } from '~/lib/editing/save-check';
import { COLLECTIONS } from '~/schemas/index';
import { imagePath } from '~/schemas/image';
import { peel, shapeOf } from '~/schemas/introspect';
import { ROOT } from '../../helpers/run';

const ORDER = Object.keys(shapeOf(COLLECTIONS.professors.schema({ image: imagePath })));
const RULES = { translationsOnly: ['about', 'biography'], needSources: ['professors'] };
const professor = (slug: string) => readFileSync(join(ROOT, 'content/professors', `${slug}.md`), 'utf8');

/** The parts of a professor's form these tests change. */
interface Form {
  [key: string]: unknown;
  nameRu: string;
  nameKk: string;
  fields: string[];
  position: { ru?: string };
  visits: { end: string; note?: unknown }[];
  photo: { alt: { en: string } };
  links: { website: string };
  publications: unknown[];
  sources: string[];
  draft: boolean;
  name: { ru: string };
}

/** Lines of `after` that differ from `before` (the files keep their line count in these cases). */
function changed(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length).toBe(a.length);
  return b.filter((line, i) => line !== a[i]);
}

describe('the browser editor reading and writing a file', () => {
  it('writes every content file back byte for byte when nothing was changed', () => {
    for (const folder of ['professors', 'projects', 'institutions', 'countries', 'programmes']) {
      for (const name of readdirSync(join(ROOT, 'content', folder)).filter((f) => /\.(md|yaml)$/.test(f))) {
        const text = readFileSync(join(ROOT, 'content', folder, name), 'utf8');
        const markdown = name.endsWith('.md');
        expect(writeFile(readFile(text, markdown), ORDER, markdown), `${folder}/${name}`).toBe(text);
      }
    }
  });

  it('changes only the lines of the values changed: lists on one line, quotes, comments and key order stay', () => {
    const text = professor('lukasz-wrobel');
    const form = readFile(text, true) as Form;
    form.nameRu = 'Лукаш Врубель-Новак';
    form.fields = ['food-technology'];
    form.visits[0]!.end = '2021-12-04';
    form.photo.alt.en = 'A drawing.';
    form.links.website = 'https://www.example.edu/lw';
    expect(changed(text, writeFile(form, ORDER, true))).toEqual([
      'nameRu: Лукаш Врубель-Новак',
      "    en: 'A drawing.'",
      'fields: [food-technology]',
      '  website: https://www.example.edu/lw',
      '    end: 2021-12-04',
    ]);
  });

  it('keeps a long text wrapped over several lines as it was when another value changes', () => {
    const text = readFileSync(join(ROOT, 'content/programmes/erasmus-icm.yaml'), 'utf8');
    const form = readFile(text, false) as Form;
    form.name.ru = 'Эразмус+';
    expect(changed(text, writeFile(form, [], false))).toEqual(['  ru: Эразмус+']);
  });

  it('puts a value the file did not have where the form lists it, and takes out a value cleared', () => {
    const text = professor('aibek-toktosunov');
    const form = readFile(text, true) as Form;
    form.nameKk = 'Айбек Тоқтосынов';
    const written = writeFile(form, ORDER, true);
    expect(written.split('\n').slice(0, 4)).toEqual([
      '---',
      'name: Aibek Toktosunov',
      'nameRu: Айбек Токтосунов',
      'nameKk: Айбек Тоқтосынов',
    ]);
    expect(written.split('\n').length).toBe(text.split('\n').length + 1);
    form.nameKk = '';
    form.nameRu = '';
    expect(writeFile(form, ORDER, true).split('\n').length).toBe(text.split('\n').length - 1);
  });

  it('writes nothing empty: cleared texts, blank translations, empty groups and lists, unticked boxes', () => {
    const form = readFile(professor('lukasz-wrobel'), true) as Form;
    form.nameKk = '';
    form.position.ru = '  ';
    form.visits[0]!.note = { en: '', ru: '' };
    form.publications = [];
    form.sources = [''];
    form.draft = false;
    const out = fromForm(form);
    expect(out).not.toHaveProperty('nameKk');
    expect(out.position).not.toHaveProperty('ru');
    expect((out.visits as Record<string, unknown>[])[0]).not.toHaveProperty('note');
    expect(out).not.toHaveProperty('sources');
    expect(out).not.toHaveProperty('draft');
    expect(out).not.toHaveProperty(SOURCE_KEY);
    // A value the file itself wrote is kept even when it says nothing.
    const kept = fromForm(readFile('---\nname: A\ndraft: false\n---\n', true));
    expect(kept.draft).toBe(false);
  });

  it('shows a degree as its English, Russian and Kazakh texts; one text stays one text', () => {
    const plain = readFile(professor('lukasz-wrobel'), true);
    expect(plain.degree).toEqual({ en: 'Dr. hab.' });
    expect(fromForm(plain).degree).toBe('Dr. hab.');
    const translated = readFile(professor('aibek-toktosunov'), true);
    expect(translated.degree).toEqual({
      en: 'Candidate of Technical Sciences',
      ru: 'кандидат технических наук',
      kk: 'техника ғылымдарының кандидаты',
    });
    expect(fromForm({ ...plain, degree: { en: 'PhD', ru: 'доктор философии (PhD)' } }).degree).toEqual({
      en: 'PhD',
      ru: 'доктор философии (PhD)',
    });
    expect(fromForm({ ...plain, degree: { en: '' } })).not.toHaveProperty('degree');
  });

  it('knows every field that may be one text or translated texts', () => {
    const unions = Object.entries(shapeOf(COLLECTIONS.professors.schema({ image: imagePath })))
      .filter(([, v]) => peel(v as z.ZodType).schema instanceof z.ZodUnion)
      .map(([k]) => k);
    expect(unions).toEqual([...TEXT_OR_TRANSLATED]);
  });

  it('writes a new file in the layout of the content files', () => {
    const text = writeFile(
      {
        visits: [{ programme: 'erasmus-icm', start: '2025-03-10', end: '2025-03-21', formats: ['seminar'], activities: [] }],
        name: 'Anna Novák',
        fields: ['food-technology', 'biotechnology'],
        nameRu: '',
        body: 'Anna Novák is a food engineer.',
      },
      ORDER,
      true,
    );
    expect(text).toBe(
      [
        '---',
        'name: Anna Novák',
        'fields: [food-technology, biotechnology]',
        'visits:',
        '  - programme: erasmus-icm',
        '    start: 2025-03-10',
        '    end: 2025-03-21',
        '    formats: [seminar]',
        '---',
        '',
        'Anna Novák is a food engineer.',
        '',
      ].join('\n'),
    );
  });

  it('refuses, naming the field, what the validator would refuse and the form cannot show', () => {
    const ok = {
      name: 'A',
      example: true,
      degree: { en: 'PhD', ru: 'доктор' },
      biography: { ru: 'Текст' },
      visits: [{ start: '2025-03-10', end: '2025-03-10' }],
    };
    expect(problems('professors', ok, RULES)).toEqual([]);
    const bad = {
      name: 'A',
      degree: { ru: 'кандидат наук' },
      visits: [{ start: '2025-03-10', end: '2025-03-01', unit: { kk: 'Кафедра' } }],
    };
    expect(problems('professors', bad, RULES)).toEqual([
      '«Учёная степень»: есть перевод, но нет текста на английском. Впишите английский текст или удалите перевод.',
      '«Визиты › 1 › Дата окончания»: дата окончания (2025-03-01) раньше даты начала (2025-03-10). Исправьте одну из дат.',
      '«Визиты › 1 › Подразделение»: есть перевод, но нет текста на английском. Впишите английский текст или удалите перевод.',
      '«Источники / Sources»: добавьте хотя бы одну веб-страницу, где можно проверить эти сведения.',
    ]);
    expect(problems('professors', { ...bad, degree: undefined, visits: [], sources: ['https://example.org/a'] }, RULES)).toEqual([]);
  });

  it('refuses, before saving, a real entry that refers to an invented example institution, naming the field', () => {
    const rules = {
      ...RULES,
      references: {
        professors: [
          [['institution'], 'institutions'],
          [['visits', '*', 'host'], 'institutions'],
        ] as [string[], string][],
      },
      examples: { institutions: { 'maritsa-institute': 'Maritsa Institute of Dairy and Food Science' } },
    };
    const data = {
      institution: 'maritsa-institute',
      visits: [{ host: 'almaty-technological-university' }, { host: 'maritsa-institute' }],
      sources: ['https://atu.edu.kz/'],
    };
    expect(problems('professors', data, rules)).toEqual([
      '«Организация»: «Maritsa Institute of Dairy and Food Science» — вымышленная запись-пример, поэтому ссылаться на неё из настоящей записи нельзя. Выберите другую или добавьте новую.',
      '«Визиты › 2 › Принимающая организация»: «Maritsa Institute of Dairy and Food Science» — вымышленная запись-пример, поэтому ссылаться на неё из настоящей записи нельзя. Выберите другую или добавьте новую.',
    ]);
    // An example entry may refer to examples; a real one to real entries.
    expect(problems('professors', { ...data, example: true }, rules)).toEqual([]);
    expect(problems('professors', { ...data, institution: 'almaty-technological-university', visits: [] }, rules)).toEqual([]);
  });
});
