/**
 * JSON Schemas for editors' tools, generated from the zod schemas so that
 * VS Code (with the YAML extension) completes field names and shows each
 * field's description while typing. `npm run schemas` writes them; a test
 * checks the committed files are current.
 */
import { z } from 'astro/zod';
import { COLLECTIONS, siteSchema, type CollectionName } from '~/schemas/index';
import { imagePath } from '~/schemas/image';

export const JSON_SCHEMA_DIR = 'json-schema';

/** File name of each generated schema, and the content files it describes (globs from the project root). */
export const JSON_SCHEMAS: Record<string, { collection: CollectionName | 'site'; files: string[] }> = {
  'professor.json': { collection: 'professors', files: ['content/professors/**/*.md'] },
  'project.json': { collection: 'projects', files: ['content/projects/**/*.md'] },
  'institution.json': { collection: 'institutions', files: ['content/institutions/**/*.yaml'] },
  'country.json': { collection: 'countries', files: ['content/countries/**/*.yaml'] },
  'programme.json': { collection: 'programmes', files: ['content/programmes/**/*.yaml'] },
  'fields.json': { collection: 'fields', files: ['content/fields.yaml'] },
  'page.json': { collection: 'pages', files: ['content/pages/**/*.md'] },
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
    const yaml = files.filter((f) => f.endsWith('.yaml'));
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
