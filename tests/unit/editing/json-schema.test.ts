// Editor help in VS Code comes from generated JSON Schemas; they must match the zod schemas.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMAS, generatedEditorFiles } from '~/lib/editing/json-schema';
import { collections, hasBody } from '~/schemas/index';
import { imagePath } from '~/schemas/image';
import { isOptional, shapeOf } from '~/schemas/introspect';
import { ROOT } from '../../helpers/run';

describe('JSON Schemas for editors', () => {
  it('are committed as generated from the current zod schemas (run npm run schemas after changing one)', () => {
    for (const [path, text] of Object.entries(generatedEditorFiles())) {
      expect(readFileSync(join(ROOT, path), 'utf8'), `${path} is out of date: run npm run schemas`).toBe(text);
    }
  });

  it('describe every field, and require exactly the fields the validator requires', () => {
    // One schema per entry file, named after one entry (professor.json); the list file's items are checked by fields.json.
    for (const [, spec] of collections().filter(([, spec]) => spec.format !== 'list')) {
      const file = `${spec.singular}.json`;
      const json = JSON.parse(generatedEditorFiles()[`json-schema/${file}`]!) as {
        properties: Record<string, { description?: string }>;
        required: string[];
        additionalProperties: boolean;
      };
      const shape = shapeOf(spec.schema({ image: imagePath }));
      expect(Object.keys(json.properties)).toEqual(Object.keys(shape));
      for (const [name, property] of Object.entries(json.properties)) expect(property.description, `${file}: ${name}`).toBeTruthy();
      expect(json.additionalProperties, `${file}: unknown fields are refused`).toBe(false);
      const required = Object.entries(shape)
        .filter(([, field]) => !isOptional(field))
        .map(([name]) => name);
      expect([...json.required].sort(), file).toEqual(required.sort());
    }
  });

  it('are wired to the YAML content files in the VS Code settings', () => {
    const settings = JSON.parse(readFileSync(join(ROOT, '.vscode/settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string[]> };
    // VS Code's YAML extension reads .yaml files: every YAML collection is wired, Markdown ones are checked by npm run validate.
    const yaml = Object.entries(JSON_SCHEMAS).filter(([, { collection }]) => collection === 'site' || !hasBody(collection));
    expect(yaml.length).toBeGreaterThan(1);
    for (const [file, { files }] of yaml) expect(settings['yaml.schemas'][`./json-schema/${file}`], file).toEqual(files);
  });
});
