/**
 * What Decap gives a form widget (its props), as far as the site's own widgets
 * use it, and what they read from it: the entry's attached files, another
 * field's value, another field's choices.
 */

/** Decap's Immutable.js values, as far as these widgets use them. */
export interface Imm {
  get(key: string, fallback?: unknown): unknown;
  getIn(path: string[]): unknown;
  set(key: string, value: unknown): Imm;
  find(pred: (v: Imm) => boolean): Imm | undefined;
  filter(pred: (v: Imm) => boolean): Imm;
  clear(): Imm;
  push(v: unknown): Imm;
  toJS(): unknown;
  size: number;
}

/** A widget's props: its value, its field's configuration, and Decap's functions it calls. */
export interface WidgetProps {
  value?: string;
  field: Imm;
  forID: string;
  collection: Imm;
  classNameWrapper: string;
  onChange(value: string | undefined): void;
  onPersistMedia(file: File, options: { field: Imm }): Promise<unknown>;
  getEntry(): Imm;
  loadEntry(collection: string, slug: string): Promise<unknown>;
  [other: string]: unknown;
}

export type H = (type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;

export interface DecapWindow {
  h: H;
  createClass(spec: Record<string, unknown>): unknown;
  CMS: {
    getWidget(name: string): { control: unknown; preview?: unknown; schema?: unknown } | undefined;
    registerWidget(name: string, control: unknown, preview?: unknown, schema?: unknown): void;
  };
}

export const folderOf = (field: Imm) => String(field.get('media_folder')).replace(/^\/+|\/+$/g, '');

/** The new institutions' files attached to the entry being edited: [id, file]. */
export function attached(props: WidgetProps): { id: string; file: File }[] {
  const folder = folderOf(props.field);
  const files = (props.getEntry()?.get('mediaFiles') as Imm | undefined)?.toJS() as
    { path: string; file?: File; draft?: boolean }[] | undefined;
  // Only the files attached in this form (drafts); the folder's saved files are listed there too.
  return (files ?? []).flatMap((f) => {
    const m = f.draft && f.path.replace(/^\/+/, '').startsWith(`${folder}/`) ? /([^/]+)\.yaml$/.exec(f.path) : null;
    return m && f.file ? [{ id: m[1]!, file: f.file }] : [];
  });
}

/** The country chosen in the professor's form, by the field named in `country_field`. */
export function entryCountry(props: WidgetProps): string {
  const name = String(props.field.get('country_field', 'country'));
  const value = props.getEntry()?.getIn(['data', name]);
  return typeof value === 'string' ? value : '';
}

/** The country list of the professor's own country field: [{ value, label }]. */
export function countryOptions(props: WidgetProps): { value: string; label: string }[] {
  const name = String(props.field.get('country_field', 'country'));
  const fields = props.collection.get('fields') as Imm;
  const options = fields.find((f) => f.get('name') === name)?.get('options') as Imm | undefined;
  return (options?.toJS() as { value: string; label: string }[] | undefined) ?? [];
}
