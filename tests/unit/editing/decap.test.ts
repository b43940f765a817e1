// The browser editor's form is generated from the schemas: no field may be left without a widget.
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { choices as choicesOf } from '~/lib/editing/admin';
import { decapConfig, decapConfigYaml, field, saveRules, type DecapField } from '~/lib/editing/decap';
import { readContentTree } from '~/lib/validation/read';
import { countLabel, type CountLabels } from '~/lib/editing/labels-ru';
import { collections } from '~/schemas/index';
import { imagePath } from '~/schemas/image';
import { elementOf, shapeOf } from '~/schemas/introspect';
import { ROOT } from '../../helpers/run';

const choices = {
  countries: [{ value: 'pl', label: 'Poland' }],
  programmes: [{ value: 'erasmus-icm', label: 'Erasmus+ ICM' }],
  fields: [{ value: 'food-technology', label: 'Food technology' }],
};
const config = decapConfig({ repo: 'owner/repo', branch: 'main', siteUrl: 'https://example.org/', choices }) as {
  collections: { name: string; folder: string; extension: string; format: string; fields: DecapField[] }[];
  publish_mode: string;
  backend: { name: string };
};

/** Every field path a schema describes, e.g. `visits.formats`, `photo.alt.en`. */
function schemaPaths(schema: z.ZodType, prefix = ''): string[] {
  const shape = shapeOf(elementOf(schema) ?? schema);
  return Object.entries(shape).flatMap(([k, v]) => [`${prefix}${k}`, ...schemaPaths(v, `${prefix}${k}.`)]);
}

function formPaths(fields: DecapField[], prefix = ''): string[] {
  return fields.flatMap((f) => [`${prefix}${f.name}`, ...formPaths((f.fields as DecapField[] | undefined) ?? [], `${prefix}${f.name}.`)]);
}

describe('the browser editor (Decap CMS) configuration', () => {
  const inEditor = collections().filter(([, spec]) => spec.editor);

  it('offers every collection the table puts in the editor, and no other', () => {
    expect(config.collections.map((c) => c.name).sort()).toEqual(inEditor.map(([name]) => name).sort());
  });

  it('lists every entry the site has, from the files the site reads', () => {
    const tree = readContentTree(join(ROOT, 'content'));
    for (const [name] of inEditor) {
      const collection = config.collections.find((c) => c.name === name)!;
      // Decap reads the files directly in the folder that end in the extension.
      const listed = readdirSync(join(ROOT, collection.folder))
        .filter((f) => f.endsWith(`.${collection.extension}`) && !f.startsWith('_'))
        .map((f) => f.slice(0, -collection.extension.length - 1))
        .sort();
      const entries = tree.files.filter((f) => f.collection === name).map((f) => f.id);
      expect(entries.length, name).toBeGreaterThan(0);
      expect(listed, name).toEqual(entries.sort());
      // Markdown files keep their text under the front matter; the form edits it as the body.
      expect(collection.format === 'site-markdown', name).toBe(tree.files.some((f) => f.collection === name && f.body !== undefined));
      expect(
        collection.fields.some((f) => f.name === 'body' && f.widget === 'markdown'),
        name,
      ).toBe(collection.format === 'site-markdown');
    }
  });

  it('has a widget for every field of every schema, and nothing the schemas lack', () => {
    for (const [name, spec] of inEditor) {
      const collection = config.collections.find((c) => c.name === name)!;
      // The degree (one text, or en/ru/kk texts) is offered as its en/ru/kk boxes.
      const form = formPaths(collection.fields).filter((p) => p !== 'body');
      const translatedDegree = name === 'professors' ? ['degree.en', 'degree.kk', 'degree.ru'] : [];
      expect(form.filter((p) => p.startsWith('degree.')).sort(), name).toEqual(translatedDegree);
      expect(form.filter((p) => !p.startsWith('degree.')).sort(), name).toEqual(schemaPaths(spec.schema({ image: imagePath })).sort());
    }
  });

  it('saves through pull requests, marks optional fields, and explains each with the schema description', () => {
    expect(config.backend.name).toBe('github');
    expect(config.publish_mode).toBe('editorial_workflow');
    const professor = config.collections.find((c) => c.name === 'professors')!.fields;
    const byName = (n: string) => professor.find((f) => f.name === n)!;
    expect(byName('name')).toMatchObject({ widget: 'string', required: true });
    expect(byName('nameRu').required).toBe(false);
    expect(byName('country')).toMatchObject({ widget: 'select', options: choices.countries });
    // The home institution: listed by the professor's country, and a new one saved into the institutions' folder.
    expect(byName('institution')).toMatchObject({
      widget: 'institution',
      collection: 'institutions',
      value_field: '{{slug}}',
      country_field: 'country',
      media_folder: '/content/institutions',
    });
    // A visit's host is chosen from the list only.
    expect((byName('visits').fields as DecapField[]).find((f) => f.name === 'host')).toMatchObject({
      widget: 'relation',
      collection: 'institutions',
    });
    expect(byName('fields')).toMatchObject({ widget: 'select', multiple: true });
    // Each box of a translated text names the text and the language, so Decap's "required" message names it too.
    expect((byName('position').fields as DecapField[]).map((f) => f.label)).toEqual([
      'Должность по-английски / Position in English',
      'Должность по-русски / Position in Russian',
      'Должность по-казахски / Position in Kazakh',
    ]);
    const visits = byName('visits');
    expect(visits.widget).toBe('list');
    const start = (visits.fields as DecapField[]).find((f) => f.name === 'start')!;
    // A text box with a pattern, not Decap's date picker (which turns a typed "2025" into 1905).
    expect(start.widget).toBe('string');
    const [pattern, message] = start.pattern as [string, string];
    expect(['2025-03-10', '1999-12-31'].every((d) => new RegExp(pattern).test(d))).toBe(true);
    expect(['2025-3-10', '10.03.2025', '03/10/2025', '2025-03-10x'].some((d) => new RegExp(pattern).test(d))).toBe(false);
    expect(message).toContain('2025-03-10');
    expect(start.hint).toContain('YYYY-MM-DD, e.g. 2025-03-10');
    expect(parse(decapConfigYaml({ repo: 'o/r', branch: 'main', siteUrl: 'https://example.org/', choices }))).toEqual(
      decapConfig({ repo: 'o/r', branch: 'main', siteUrl: 'https://example.org/', choices }),
    );
  });

  const allFields = (fields: DecapField[]): DecapField[] =>
    fields.flatMap((f) => [
      f,
      ...allFields([...((f.fields as DecapField[] | undefined) ?? []), ...(f.field ? [f.field as DecapField] : [])]),
    ]);
  const professor = () => config.collections.find((c) => c.name === 'professors')!.fields;

  it('speaks Russian: the interface, every label (Russian first, then the English name), every hint', () => {
    expect((config as unknown as { locale: string }).locale).toBe('ru');
    const fields = config.collections.flatMap((c) => allFields(c.fields));
    const names = new Set(['ORCID iD', 'Scopus Author ID', 'Google Scholar', 'DOI', 'ROR ID']);
    for (const f of fields) if (!names.has(f.label)) expect(f.label, f.name).toMatch(/^[А-ЯЁа-яё][^/]* \/ [A-Za-z]/);
    for (const f of config.collections.flatMap((c) => allFields(c.fields))) if (f.hint) expect(f.hint, f.name).toMatch(/[А-Яа-яЁё]/);
    for (const c of config.collections) expect((c as unknown as { label: string }).label).toMatch(/^[А-Я][а-я]+ \/ [A-Z]/);
  });

  it('explains fields without file jargon, and names list items', () => {
    for (const f of config.collections.flatMap((c) => allFields(c.fields))) {
      expect(f.hint ?? '', f.name).not.toMatch(/`|front matter|fields\.yaml|YAML|file name/);
      expect(f.label, f.name).not.toBe('Item');
      if (f.widget === 'list' && f.fields) expect(f.summary, f.name).toMatch(/\{\{fields\./);
    }
    const visits = professor().find((f) => f.name === 'visits')!;
    expect(visits).toMatchObject({ label_singular: 'визит / visit', summary: '{{fields.start}} – {{fields.end}}' });
    const sources = professor().find((f) => f.name === 'sources')!;
    expect((sources.field as DecapField).label).toBe('Источник / source');
  });

  it('requires what the validator requires: a visit, a discipline, a form of cooperation', () => {
    const byName = (n: string) => professor().find((f) => f.name === n)!;
    expect(byName('visits')).toMatchObject({ required: true, min: 1 });
    expect(byName('fields')).toMatchObject({ required: true, min: 1 });
    expect((byName('visits').fields as DecapField[]).find((f) => f.name === 'formats')).toMatchObject({ min: 1 });
    // Sources are needed only when the entry is not an example: checked before saving (saveRules), not by the list.
    expect(byName('sources').min).toBeUndefined();
    const rules = saveRules(config, { institutions: { 'maritsa-institute-of-dairy-and-food-science': 'Maritsa Institute' } });
    expect(rules).toMatchObject({
      translationsOnly: ['about', 'biography'],
      needSources: ['professors', 'projects', 'institutions', 'programmes'],
      examples: { institutions: { 'maritsa-institute-of-dairy-and-food-science': 'Maritsa Institute' } },
    });
    // Every choice of another entry, wherever it stands in the form, is known to the check before saving.
    expect(rules.references!.professors).toEqual(
      expect.arrayContaining([
        [['institution'], 'institutions'],
        [['visits', '*', 'host'], 'institutions'],
      ]),
    );
    expect(rules.references!.projects).toEqual(expect.arrayContaining([[['partners'], 'institutions']]));
  });

  it('offers the degree as English, Russian and Kazakh boxes, none of them required', () => {
    const degree = professor().find((f) => f.name === 'degree')!;
    expect(degree).toMatchObject({ widget: 'object', required: false });
    expect((degree.fields as DecapField[]).map((f) => [f.name, f.widget, f.required])).toEqual([
      ['en', 'string', false],
      ['ru', 'string', false],
      ['kk', 'string', false],
    ]);
  });

  it('counts list items in Russian: 2 визита, 5 визитов, 21 визит', () => {
    const visits = professor().find((f) => f.name === 'visits')!;
    const labels = visits.label_counts as CountLabels;
    expect(labels).toEqual({ one: 'визит / visits', few: 'визита / visits', many: 'визитов / visits' });
    expect([0, 2, 4, 5, 11, 21, 22, 25].map((n) => `${n} ${countLabel(labels, n)}`)).toEqual([
      '0 визитов / visits',
      '2 визита / visits',
      '4 визита / visits',
      '5 визитов / visits',
      '11 визитов / visits',
      '21 визит / visits',
      '22 визита / visits',
      '25 визитов / visits',
    ]);
    // Every list of every form has its counted forms.
    const lists = config.collections.flatMap((c) => c.fields.filter((f) => f.widget === 'list'));
    expect(lists.filter((f) => !f.label_counts).map((f) => f.name)).toEqual([]);
  });

  it('finds entries and choices by their Russian names', () => {
    const institution = professor().find((f) => f.name === 'institution')!;
    expect(institution.search_fields).toEqual(['name.en', 'name.ru', 'name.kk']);
    const projects = config.collections.find((c) => c.name === 'projects')!.fields;
    expect(projects.find((f) => f.name === 'professors')!.search_fields).toEqual(['name', 'nameRu', 'nameKk']);
    // The editor's own search looks in the fields of the list's summary.
    const summary = (config.collections.find((c) => c.name === 'professors') as unknown as { summary: string }).summary;
    expect(summary).toBe("{{name}} {{nameRu}}{{nameKk | ternary('', '')}}");
    const bulgaria = choicesOf(join(ROOT, 'content')).countries!.find((c) => c.value === 'bg')!;
    expect(bulgaria.label).toMatch(/^Bulgaria · Болгария/);
  });

  it('refuses a field type it has no widget for, naming the field', () => {
    expect(() => field('when', z.date(), choices)).toThrow(/the field when has a type the browser editor has no widget for/);
  });
});
