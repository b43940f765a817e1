// The browser editor's form is generated from the schemas: no field may be left without a widget.
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { decapConfig, decapConfigYaml, field, type DecapField } from '~/lib/editing/decap';
import { readContentTree } from '~/lib/validation/read';
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
      expect(collection.format === 'frontmatter', name).toBe(tree.files.some((f) => f.collection === name && f.body !== undefined));
      expect(
        collection.fields.some((f) => f.name === 'body' && f.widget === 'markdown'),
        name,
      ).toBe(collection.format === 'frontmatter');
    }
  });

  it('has a widget for every field of every schema, and nothing the schemas lack', () => {
    for (const [name, spec] of inEditor) {
      const collection = config.collections.find((c) => c.name === name)!;
      // The degree's translated form is offered as the one-text form.
      const form = formPaths(collection.fields).filter((p) => p !== 'body');
      expect(form.sort(), name).toEqual(
        schemaPaths(spec.schema({ image: imagePath }))
          .filter((p) => !p.startsWith('degree.'))
          .sort(),
      );
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
    expect(byName('institution')).toMatchObject({ widget: 'relation', collection: 'institutions', value_field: '{{slug}}' });
    expect(byName('fields')).toMatchObject({ widget: 'select', multiple: true });
    const visits = byName('visits');
    expect(visits.widget).toBe('list');
    const start = (visits.fields as DecapField[]).find((f) => f.name === 'start')!;
    expect(start).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false });
    expect(start.hint).toContain('YYYY-MM-DD');
    expect(parse(decapConfigYaml({ repo: 'o/r', branch: 'main', siteUrl: 'https://example.org/', choices }))).toEqual(
      decapConfig({ repo: 'o/r', branch: 'main', siteUrl: 'https://example.org/', choices }),
    );
  });

  it('refuses a field type it has no widget for, naming the field', () => {
    expect(() => field('when', z.date(), choices)).toThrow(/the field when has a type the browser editor has no widget for/);
  });
});
