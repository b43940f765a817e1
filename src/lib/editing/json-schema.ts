/**
 * JSON Schemas for editors' tools, generated from the zod schemas so that
 * VS Code (with the YAML extension) completes field names and shows each
 * field's description while typing. `npm run schemas` writes them; a test
 * checks the committed files are current.
 */
import { z } from 'astro/zod';
import { COLLECTIONS, siteSchema, whereIs, type CollectionName, type CollectionSpec } from '~/schemas/index';
import { imagePath } from '~/schemas/image';

export const JSON_SCHEMA_DIR = 'json-schema';

/** File name of each generated schema, and the content files it describes (globs from the project root). */
export const JSON_SCHEMAS: Record<string, { collection: CollectionName | 'site'; files: string[] }> = {
  ...Object.fromEntries(
    (Object.keys(COLLECTIONS) as CollectionName[]).map((collection) => {
      const spec: CollectionSpec = COLLECTIONS[collection];
      // A list file is named after its collection (fields.json); an entry schema after one entry (professor.json).
      const name = spec.format === 'list' ? collection : spec.singular;
      const files = spec.format === 'list' ? [whereIs(collection)] : spec.extensions.map((ext) => `${whereIs(collection)}**/*${ext}`);
      return [`${name}.json`, { collection, files }];
    }),
  ),
  'site.json': { collection: 'site', files: ['content/site.yaml'] },
};

/**
 * VS Code settings mapping each YAML content file to its schema. The YAML
 * extension reads .yaml files only; front matter in .md files is checked by
 * `npm run validate` (and the scaffold lists its fields with their help).
 */
export function vscodeSettings(): string {
  const schemas: Record<string, string[]> = {};
  for (const [file, { files }] of Object.entries(JSON_SCHEMAS)) {
    const yaml = files.filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'));
    if (yaml.length) schemas[`./${JSON_SCHEMA_DIR}/${file}`] = yaml;
  }
  return `${JSON.stringify({ 'yaml.schemas': schemas, 'yaml.customTags': [], 'yaml.completion': true, 'yaml.hover': true }, null, 2)}\n`;
}

/** The generated files: path from the project root → text. */
export function generatedEditorFiles(): Record<string, string> {
  const out: Record<string, string> = { '.vscode/settings.json': vscodeSettings() };
  for (const [file, text] of Object.entries(jsonSchemas())) out[`${JSON_SCHEMA_DIR}/${file}`] = text;
  return out;
}

/** The generated files: name → JSON text. */
export function jsonSchemas(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [file, { collection }] of Object.entries(JSON_SCHEMAS)) {
    const zod = collection === 'site' ? siteSchema : COLLECTIONS[collection].schema({ image: imagePath });
    // What an editor writes: the input side of every transform, each definition inlined.
    const schema = z.toJSONSchema(collection === 'fields' ? zod.array() : zod, { io: 'input', target: 'draft-07' });
    const text = JSON.stringify({ ...schema, title: `${collection} (generated from src/schemas; do not edit)` }, null, 2);
    out[file] = `${text}\n`;
  }
  return out;
}
