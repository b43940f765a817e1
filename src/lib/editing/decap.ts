/**
 * The browser editor's configuration (Decap CMS, served at /admin/),
 * generated from the zod schemas: every field of every collection gets a
 * form widget, labelled and explained by the schema's own description, so the
 * form and the validator cannot drift apart. A schema type this file does not
 * know stops the build rather than leaving a field out of the form.
 */
import { stringify } from 'yaml';
import { z } from 'astro/zod';
import { editorKind } from '~/schemas/common';
import { COLLECTIONS, collections, hasBody, type CollectionName, type CollectionSpec, type EditorSpec } from '~/schemas/index';
import { imagePath } from '~/schemas/image';
import { peel, shapeOf } from '~/schemas/introspect';

export interface DecapField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  [option: string]: unknown;
}

/** Entries of short lists (countries, programmes, fields) are offered as a plain choice, read from the content at build time. */
export type Choices = Partial<Record<string, { value: string; label: string }[]>>;

/** Labels where the field name alone would not say enough to an editor. */
const LABELS: Record<string, string> = {
  en: 'English',
  ru: 'Russian',
  kk: 'Kazakh',
  nameRu: 'Name in Russian (Cyrillic)',
  nameKk: 'Name in Kazakh (Cyrillic)',
  orcid: 'ORCID iD',
  doi: 'DOI',
  ror: 'ROR id',
  src: 'Image file',
  alt: 'What the image shows (for people who cannot see it)',
  localLeads: 'Leads at the university',
  grantNumber: 'Grant number',
  teachingLanguages: 'Teaching languages',
};

function label(name: string): string {
  if (LABELS[name]) return LABELS[name];
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A reference is chosen from a list in the form, so its hint speaks of the list, not of file names. */
function refHint(collection: string, description: string | undefined): string {
  return description && !description.startsWith('Id of an entry') ? description : `Choose from the ${collection} already on the site.`;
}

function relation(collection: string, multiple: boolean, choices: Choices): Record<string, unknown> {
  const options = choices[collection];
  if (options) return { widget: 'select', options, multiple };
  // Entries of large collections are chosen by searching them, and shown by the field they are listed by.
  const editor = COLLECTION_SPECS.get(collection as CollectionName)?.editor;
  if (!editor?.search) throw new Error(`admin: no choice list is defined for references to ${collection}`);
  return {
    widget: 'relation',
    collection,
    search_fields: editor.search,
    display_fields: displayFields(editor.identifier),
    value_field: '{{slug}}',
    multiple,
  };
}

/** The form widget for one schema field. */
export function field(name: string, schema: z.ZodType, choices: Choices, path = name, insideOptional = false): DecapField {
  const description = schema.description;
  // Unwrap optional and defaulted fields, stopping at a field that carries an editor kind.
  const peeled = peel(schema, (inner) => editorKind(inner) !== undefined);
  const s = peeled.schema;
  let required = !peeled.optional;
  // The form cannot require a part of an optional group (a photo's file) only when the group is used:
  // inside an optional object everything is optional in the form, and the validator checks the rest.
  if (insideOptional) required = false;
  const base = { name, label: label(name), required, ...(description ? { hint: description } : {}) };
  const kind = editorKind(s);
  if (kind?.kind === 'date') return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false };
  if (kind?.kind === 'ref')
    return { ...base, hint: refHint(kind.collection, description), ...relation(kind.collection, false, choices) } as DecapField;
  if (kind?.kind === 'prose') return { ...base, widget: 'text' };
  if (kind?.kind === 'image') return { ...base, widget: 'image', choose_url: false };
  if (s instanceof z.ZodString) return { ...base, widget: 'string' };
  if (s instanceof z.ZodNumber) return { ...base, widget: 'number', value_type: s.format?.includes('int') ? 'int' : 'float' };
  if (s instanceof z.ZodBoolean) return { ...base, widget: 'boolean', default: false };
  if (s instanceof z.ZodEnum) return { ...base, widget: 'select', options: s.options as string[] };
  // A degree may be one text for all languages or a translated one: the form offers the simple form.
  if (s instanceof z.ZodUnion)
    return { ...field(name, (s.options as z.ZodType[])[0]!.describe(description ?? ''), choices, path), required };
  if (s instanceof z.ZodObject) {
    return {
      ...base,
      widget: 'object',
      collapsed: false,
      fields: Object.entries(s.shape as Record<string, z.ZodType>).map(([k, v]) => field(k, v, choices, `${path}.${k}`, !required)),
    };
  }
  if (s instanceof z.ZodArray) {
    const item = peel(s.element as z.ZodType, (inner) => editorKind(inner) !== undefined).schema;
    const itemKind = editorKind(item);
    if (itemKind?.kind === 'ref') return { ...base, ...relation(itemKind.collection, true, choices) } as DecapField;
    if (item instanceof z.ZodEnum) return { ...base, widget: 'select', multiple: true, options: item.options as string[] };
    if (item instanceof z.ZodObject) {
      return {
        ...base,
        widget: 'list',
        collapsed: false,
        fields: Object.entries(item.shape as Record<string, z.ZodType>).map(([k, v]) => field(k, v, choices, `${path}[].${k}`)),
      };
    }
    return { ...base, widget: 'list', field: field('item', item, choices, `${path}[]`) };
  }
  throw new Error(`admin: the field ${path} has a type the browser editor has no widget for (${s.constructor.name})`);
}

function fieldsOf(schema: z.ZodType, choices: Choices): DecapField[] {
  return Object.entries(shapeOf(schema)).map(([k, v]) => field(k, v, choices));
}

const COLLECTION_SPECS = new Map(collections());
const DISPLAY = new Map<string, string[]>();
/** One list per field, so that the YAML writes a repeated choice once and refers to it. */
const displayFields = (identifier: string) => DISPLAY.get(identifier) ?? DISPLAY.set(identifier, [identifier]).get(identifier)!;

const SLUG = { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' };
const body = (hint: string): DecapField => ({ name: 'body', label: 'Text in English', widget: 'markdown', required: false, hint });

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** One collection of the editor, from its row in the collection table. */
function collection(name: CollectionName, spec: CollectionSpec, editor: EditorSpec, choices: Choices): Record<string, unknown> {
  const { identifier, create } = editor;
  const fields = fieldsOf(spec.schema({ image: imagePath }), choices);
  return {
    name,
    label: capitalised(name),
    label_singular: capitalised(spec.singular),
    folder: `content/${spec.path}`,
    extension: spec.extensions[0]!.slice(1),
    format: hasBody(name) ? 'frontmatter' : 'yaml',
    create,
    editor: { preview: false },
    identifier_field: identifier,
    // A new entry's file name is made from the field it is listed by (a nested field is named with `fields.`).
    ...(create ? { slug: identifier.includes('.') ? `{{fields.${identifier}}}` : `{{${identifier}}}` } : {}),
    summary: `{{${identifier}}}`,
    fields: editor.body ? [...fields, body(editor.body)] : fields,
  };
}

/** The whole config.yml: GitHub backend with pull requests for every save, and every collection. */
export function decapConfig(options: {
  repo: string;
  branch: string;
  siteUrl: string;
  choices: Choices;
  /** The OAuth service that signs editors in to GitHub (GitHub Pages has none of its own). */
  authUrl?: string;
}): Record<string, unknown> {
  const inEditor = collections()
    .flatMap(([name, spec]) => (spec.editor ? [{ name, spec, editor: spec.editor }] : []))
    .sort((a, b) => a.editor.position - b.editor.position);
  return {
    backend: { name: 'github', repo: options.repo, branch: options.branch, ...(options.authUrl ? { base_url: options.authUrl } : {}) },
    // Every save is a branch and a pull request, checked and reviewed before it is published.
    publish_mode: 'editorial_workflow',
    // On a computer running `npx decap-server`, edit the files of the local copy instead.
    local_backend: true,
    site_url: options.siteUrl,
    media_folder: `content/${COLLECTIONS.professors.path}/photos`,
    public_folder: './photos',
    slug: SLUG,
    collections: inEditor.map(({ name, spec, editor }) => collection(name, spec, editor, options.choices)),
  };
}

export function decapConfigYaml(options: Parameters<typeof decapConfig>[0]): string {
  return `# Generated from src/schemas by src/lib/editing/decap.ts at build time; do not edit.\n${stringify(decapConfig(options), { lineWidth: 0 })}`;
}
