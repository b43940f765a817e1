// Editor help in VS Code comes from generated JSON Schemas; they must match the zod schemas.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMAS, generatedEditorFiles } from '~/lib/editing/json-schema';
import { SCHEMAS } from '~/lib/editing/scaffold';
import { isOptional, shapeOf } from '~/schemas/introspect';
import { ROOT } from '../../helpers/run';

describe('JSON Schemas for editors', () => {
  it('are committed as generated from the current zod schemas (run npm run schemas after changing one)', () => {
    for (const [path, text] of Object.entries(generatedEditorFiles())) {
      expect(readFileSync(join(ROOT, path), 'utf8'), `${path} is out of date: run npm run schemas`).toBe(text);
    }
  });

  it('describe every field, and require exactly the fields the validator requires', () => {
    const files = { professor: 'professor.json', project: 'project.json', institution: 'institution.json', country: 'country.json' };
    for (const [kind, file] of Object.entries(files)) {
      const json = JSON.parse(generatedEditorFiles()[`json-schema/${file}`]!) as {
        properties: Record<string, { description?: string }>;
        required: string[];
        additionalProperties: boolean;
      };
      const shape = shapeOf(SCHEMAS[kind as keyof typeof SCHEMAS]);
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
    expect(settings['yaml.schemas']['./json-schema/institution.json']).toEqual(JSON_SCHEMAS['institution.json']!.files);
  });
});
