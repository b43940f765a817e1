/**
 * The browser editor's configuration (Decap CMS, served at /admin/),
 * generated from the zod schemas: every field of every collection gets a
 * form widget, so the form and the validator cannot drift apart. Labels and
 * hints are Russian first (labels-ru.ts); the file formats and the check before
 * saving are the site's own (form-data.ts, loaded by editor-page.ts). A schema
 * type this file does not know stops the build rather than leaving a field out of the form.
 */
import { stringify } from 'yaml';
import { z } from 'astro/zod';
import { editorKind } from '~/schemas/common';
import { COLLECTIONS, collections, hasBody, type CollectionName, type CollectionSpec, type EditorSpec } from '~/schemas/index';
import { imagePath } from '~/schemas/image';
import { peel, shapeOf } from '~/schemas/introspect';
import { fieldLabel, type SaveRules } from './save-check';
import { countLabels, plainHint, RU, RU_COLLECTIONS, RU_HINTS, RU_SINGULAR, ruFor } from './labels-ru';

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

function label(name: string, path: string): string {
  return ruFor(RU, name, path) ?? fieldLabel(name);
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

const IN_LANGUAGE = { en: ['по-английски', 'in English'], ru: ['по-русски', 'in Russian'], kk: ['по-казахски', 'in Kazakh'] } as const;

/** One language's box of a translated text: «Должность» → «Должность по-английски / Position in English». */
function inLanguage(groupLabel: string, language: keyof typeof IN_LANGUAGE): string {
  const [ru, en] = groupLabel.split(' / ');
  const [ruWords, enWords] = IN_LANGUAGE[language];
  return `${ru!.replace(/:.*$/, '')} ${ruWords} / ${en ?? ru} ${enWords}`;
}

/** The field whose widget also adds a new institution. */
const HOME_INSTITUTION = 'professors:institution';
/** A professor's home institution: listed by the professor's country, or added from the form (institution-widget.ts). */
const HOME_INSTITUTION_WIDGET = {
  widget: 'institution',
  country_field: 'country',
  // Where a new institution's file is written, with the professor, in the same save.
  media_folder: `/content/${COLLECTIONS.institutions.path}`,
};

const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
const DATE_HINT = 'ГГГГ-ММ-ДД, например 2025-03-10 (YYYY-MM-DD, e.g. 2025-03-10).';

/** A list item's one-line summary when folded: its dates, its title or its name, whichever it has. */
function itemSummary(fields: DecapField[]): string {
  const has = (n: string) => fields.find((f) => f.name === n);
  if (has('start') && has('end')) return '{{fields.start}} – {{fields.end}}';
  const title = has('title') ?? has('name');
  if (!title) return `{{fields.${fields[0]!.name}}}`;
  return title.widget === 'object' ? `{{fields.${title.name}.en}}` : `{{fields.${title.name}}}`;
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
  const hint = ruFor(RU_HINTS, name, path) ?? (description ? plainHint(description) : undefined);
  const base = { name, label: label(name, path), required, ...(hint ? { hint } : {}) };
  const kind = editorKind(s);
  // A plain text box: Decap's date picker turns a year typed digit by digit into another year (decap-cms #7939).
  if (kind?.kind === 'date')
    return {
      ...base,
      widget: 'string',
      pattern: [DATE_PATTERN, 'дата в виде ГГГГ-ММ-ДД, например 2025-03-10 (YYYY-MM-DD)'],
      hint: hint ?? DATE_HINT,
    };
  if (kind?.kind === 'ref')
    return {
      ...base,
      hint: ruFor(RU_HINTS, name, path) ?? refHint(kind.collection, description),
      ...relation(kind.collection, false, choices),
      ...(path === HOME_INSTITUTION ? HOME_INSTITUTION_WIDGET : {}),
    } as DecapField;
  if (kind?.kind === 'prose') return { ...base, widget: 'text' };
  if (kind?.kind === 'image') return { ...base, widget: 'image', choose_url: false };
  if (s instanceof z.ZodString) return { ...base, widget: 'string' };
  if (s instanceof z.ZodNumber) return { ...base, widget: 'number', value_type: s.format?.includes('int') ? 'int' : 'float' };
  if (s instanceof z.ZodBoolean) return { ...base, widget: 'boolean', default: false };
  if (s instanceof z.ZodEnum) return { ...base, widget: 'select', options: s.options as string[] };
  // A degree may be one text for all languages or a translated one: the form always offers English,
  // Russian and Kazakh boxes, and the file gets one text when only English is filled (form-data.ts).
  if (s instanceof z.ZodUnion) {
    const translated = (s.options as z.ZodType[]).find((o) => peel(o).schema instanceof z.ZodObject);
    if (!translated) throw new Error(`admin: the field ${path} may be one of several types, none of them a group of texts`);
    return { ...field(name, translated, choices, path, true), ...base, required };
  }
  if (s instanceof z.ZodObject) {
    const fields = Object.entries(s.shape as Record<string, z.ZodType>).map(([k, v]) => field(k, v, choices, `${path}.${k}`, !required));
    // A text in three languages: each box names its text and language, so a message about it needs no other context.
    const translated = fields.every((f) => f.name in IN_LANGUAGE);
    return {
      ...base,
      widget: 'object',
      collapsed: false,
      fields: translated ? fields.map((f) => ({ ...f, label: inLanguage(base.label, f.name as keyof typeof IN_LANGUAGE) })) : fields,
    };
  }
  if (s instanceof z.ZodArray) {
    const item = peel(s.element as z.ZodType, (inner) => editorKind(inner) !== undefined).schema;
    const itemKind = editorKind(item);
    const min = (s._zod.def.checks ?? [])
      .map((c) => c._zod.def as { check?: string; minimum?: number })
      .find((c) => c.check === 'min_length')?.minimum;
    const size = required && min ? { min } : {};
    const singular = RU_SINGULAR[name] ? { label_singular: RU_SINGULAR[name] } : {};
    // The list's heading counts its items in Russian ("2 визита"), through the site's list widget (counted-list.ts).
    const labels = countLabels(name, base.label.split(' / ')[1] ?? name);
    Object.assign(singular, labels ? { label_counts: labels } : {});
    if (itemKind?.kind === 'ref') return { ...base, ...size, ...relation(itemKind.collection, true, choices) } as DecapField;
    if (item instanceof z.ZodEnum) return { ...base, ...size, widget: 'select', multiple: true, options: item.options as string[] };
    if (item instanceof z.ZodObject) {
      const fields = Object.entries(item.shape as Record<string, z.ZodType>).map(([k, v]) => field(k, v, choices, `${path}[].${k}`));
      return { ...base, ...size, ...singular, widget: 'list', collapsed: false, summary: itemSummary(fields), fields };
    }
    // A list of single values: each item is labelled as the list's one item, not "Item".
    const one = field('item', item, choices, `${path}[]`);
    const itemHint = RU_HINTS[`${name}.item`] ?? one.hint;
    const itemLabel = RU_SINGULAR[name] ? capitalised(RU_SINGULAR[name]) : label(name, path);
    return { ...base, ...size, ...singular, widget: 'list', field: { ...one, label: itemLabel, ...(itemHint ? { hint: itemHint } : {}) } };
  }
  throw new Error(`admin: the field ${path} has a type the browser editor has no widget for (${s.constructor.name})`);
}

/** The form's fields for a collection; each field's path starts with the collection (`projects:end`), for the words of that collection. */
function fieldsOf(schema: z.ZodType, choices: Choices, collection: string): DecapField[] {
  return Object.entries(shapeOf(schema)).map(([k, v]) => field(k, v, choices, `${collection}:${k}`));
}

const COLLECTION_SPECS = new Map(collections());
const DISPLAY = new Map<string, string[]>();
/** One list per field, so that the YAML writes a repeated choice once and refers to it. */
const displayFields = (identifier: string) => DISPLAY.get(identifier) ?? DISPLAY.set(identifier, [identifier]).get(identifier)!;

const SLUG = { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' };
const body = (collection: CollectionName): DecapField => ({
  name: 'body',
  label: RU.body!,
  widget: 'markdown',
  required: false,
  hint: collection === 'projects' ? RU_HINTS.projectBody : RU_HINTS.body,
});

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * An entry's line in the editor's list, which is also what the editor's search looks in: the
 * identifier and the Russian name shown, the Kazakh one searched but not shown (it mostly repeats
 * the Russian), e.g. "Łukasz Wróbel Лукаш Врубель".
 */
function summary(identifier: string, search: readonly string[]): string {
  const [shown, ...hidden] = search.filter((f) => f !== identifier);
  return [`{{${identifier}}}`, ...(shown ? [` {{${shown}}}`] : []), ...hidden.map((f) => `{{${f} | ternary('', '')}}`)].join('');
}

/** One collection of the editor, from its row in the collection table. */
function collection(name: CollectionName, spec: CollectionSpec, editor: EditorSpec, choices: Choices): Record<string, unknown> {
  const { identifier, create } = editor;
  const fields = fieldsOf(spec.schema({ image: imagePath }), choices, name);
  return {
    name,
    label: RU_COLLECTIONS[name]?.[0] ?? capitalised(name),
    label_singular: RU_COLLECTIONS[name]?.[1] ?? capitalised(spec.singular),
    folder: `content/${spec.path}`,
    extension: spec.extensions[0]!.slice(1),
    // The site's own formats (editor-page.ts): nothing empty written, the file's layout kept.
    format: hasBody(name) ? 'site-markdown' : 'site-yaml',
    create,
    editor: { preview: false },
    identifier_field: identifier,
    // A new entry's file name is made from the field it is listed by (a nested field is named with `fields.`).
    ...(create ? { slug: identifier.includes('.') ? `{{fields.${identifier}}}` : `{{${identifier}}}` } : {}),
    summary: summary(identifier, editor.search ?? []),
    fields: editor.body ? [...fields, body(name)] : fields,
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
    // Decap's own buttons and messages in Russian, the language the office works in.
    locale: 'ru',
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

/**
 * What the check before saving (editor-page.ts) needs to know of the form, and
 * the invented example entries (`examples`, by collection: id → name), which a
 * real entry may not refer to.
 */
export function saveRules(config: Record<string, unknown>, examples: SaveRules['examples'] = {}): SaveRules {
  const cols = config.collections as { name: string; fields: DecapField[] }[];
  const translationsOnly = new Set<string>();
  const references: SaveRules['references'] = {};
  const walk = (collection: string, fields: DecapField[], path: string[]) => {
    for (const f of fields) {
      const sub = (f.fields as DecapField[] | undefined) ?? [];
      if (sub.length > 0 && sub.every((x) => x.name === 'ru' || x.name === 'kk')) translationsOnly.add(f.name);
      // A choice among the entries of a collection, wherever it stands in the form (`*`: every item of a list).
      if (typeof f.collection === 'string') (references[collection] ??= []).push([[...path, f.name], f.collection]);
      walk(collection, sub, f.widget === 'list' ? [...path, f.name, '*'] : [...path, f.name]);
    }
  };
  for (const c of cols) walk(c.name, c.fields, []);
  return {
    translationsOnly: [...translationsOnly].sort(),
    needSources: cols
      .filter((c) => c.fields.some((f) => f.name === 'sources') && c.fields.some((f) => f.name === 'example'))
      .map((c) => c.name),
    references,
    examples,
  };
}
