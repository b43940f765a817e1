/**
 * What the browser editor (/admin/) reads from a content file and writes back,
 * in plain functions (no browser, no Decap) so they can be tested on their own.
 * src/lib/editing/editor-page.ts plugs them into Decap as its file formats; the
 * check before saving is save-check.ts.
 *
 * - Reading: a degree written as one text ("PhD") is shown in the form as its
 *   English text, so the form can always offer English/Russian/Kazakh boxes.
 * - Writing: nothing empty is written (a box typed in and cleared, an optional
 *   group left blank, `draft: false`), a degree with only English goes back to
 *   one text, and the file keeps its own layout: a changed value changes its
 *   line, not the lists, quotes, comments and key order around it.
 */
import { Document, isMap, isScalar, isSeq, parseDocument, stringify, type Node, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';

export type Data = Record<string, unknown>;
export const isObject = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Fields written either as one text or as en/ru/kk texts (the professor's degree). */
export const TEXT_OR_TRANSLATED = ['degree'] as const;

/** Where the form data carries the file as it was read, so that writing it back changes only what changed. */
export const SOURCE_KEY = '_sourceText';

export const LANGS = ['en', 'ru', 'kk'];

function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The form's view of a file's data. */
export function toForm(data: Data, source?: string): Data {
  const out: Data = { ...data };
  for (const key of TEXT_OR_TRANSLATED) if (typeof out[key] === 'string') out[key] = { en: out[key] };
  if (source !== undefined) out[SOURCE_KEY] = source;
  return out;
}

/** Whether a value says nothing: a blank text, an empty list or group, `false`, null. */
function blank(v: unknown): boolean {
  if (v === undefined || v === null || v === false) return true;
  if (typeof v === 'string') return v.trim() === '';
  if (Array.isArray(v)) return v.length === 0;
  if (isObject(v)) return Object.keys(v).length === 0;
  return false;
}

/**
 * Drops what says nothing, from the leaves up, except where the file as read had
 * the same value at the same place (a file that says `draft: false` keeps saying it).
 */
export function clean(value: unknown, base?: unknown): unknown {
  if (Array.isArray(value)) {
    const baseList = Array.isArray(base) ? base : [];
    return value.map((v, i) => clean(v, baseList[i])).filter((v, i) => !blank(v) || deepEqual(v, baseList[i]));
  }
  if (isObject(value)) {
    const baseObject = isObject(base) ? base : {};
    const out: Data = {};
    for (const [k, v] of Object.entries(value)) {
      const c = clean(v, baseObject[k]);
      if (!blank(c) || (k in baseObject && deepEqual(c, baseObject[k]))) out[k] = c;
    }
    return out;
  }
  return value;
}

/** The data to write for the form's data: clean, a degree with only English as one text. */
export function fromForm(form: Data): Data {
  const source = typeof form[SOURCE_KEY] === 'string' ? (form[SOURCE_KEY] as string) : undefined;
  const { [SOURCE_KEY]: _dropped, ...rest } = form;
  const base = source !== undefined ? readSource(source).data : undefined;
  const out = clean(rest, base) as Data;
  for (const key of TEXT_OR_TRANSLATED) {
    const v = out[key];
    // One text stays one text; a file that wrote it as { en: ... } keeps that.
    if (isObject(v) && Object.keys(v).length === 1 && typeof v.en === 'string' && !deepEqual(v, base?.[key])) out[key] = v.en;
  }
  return out;
}

/** A file's data and the YAML document it came from (with its comments and layout). */
function readSource(text: string): { doc: Document; data: Data; yamlText: string; body?: string } {
  const m = /^---\r?\n([\s\S]*?\r?\n)?---\r?\n?([\s\S]*)$/.exec(text);
  const yamlText = m ? (m[1] ?? '') : text;
  const doc = parseDocument(yamlText);
  const data = (doc.toJS() ?? {}) as Data;
  return { doc, data, yamlText, ...(m ? { body: m[2] } : {}) };
}

/** Reads a YAML file (`markdown: false`) or a Markdown file with its YAML block, for the form. */
export function readFile(text: string, markdown: boolean): Data {
  const { data, body } = readSource(text);
  const form = toForm(data, text);
  if (markdown && body !== undefined && body.trim() !== '') form.body = body;
  return form;
}

const scalarList = (v: unknown[]) => v.every((x) => !isObject(x) && !Array.isArray(x));

/** A new node for `value` in `doc`: lists of plain values on one line, as the content files write them. */
function node(doc: Document, value: unknown): Node {
  const n = doc.createNode(value) as Node;
  const flowLists = (x: unknown) => {
    if (isSeq(x)) {
      if (x.items.every((i) => isScalar(i))) x.flow = true;
      else x.items.forEach(flowLists);
    } else if (isMap(x)) x.items.forEach((p) => flowLists(p.value));
  };
  flowLists(n);
  return n;
}

/** Changes `map` to hold `value`, keeping the nodes (and their quotes and comments) of what did not change. */
function mergeMap(doc: Document, map: YAMLMap, value: Data, order: string[]): void {
  map.items = map.items.filter((p) => String(isScalar(p.key) ? p.key.value : p.key) in value);
  for (const [k, v] of Object.entries(value)) {
    const pair = map.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === k);
    if (pair) {
      pair.value = merge(doc, pair.value as Node | null, v);
      continue;
    }
    // A new key goes before the first key the form lists after it.
    const rank = (key: string) => {
      const i = order.indexOf(key);
      return i === -1 ? Number.MAX_SAFE_INTEGER : i;
    };
    const at = map.items.findIndex((p) => rank(String(isScalar(p.key) ? p.key.value : p.key)) > rank(k));
    const created = doc.createPair(k, null);
    created.value = node(doc, v);
    if (at === -1) map.items.push(created);
    else map.items.splice(at, 0, created);
  }
}

function merge(doc: Document, current: Node | null, value: unknown): Node {
  if (isObject(value) && isMap(current)) {
    mergeMap(doc, current, value, LANGS);
    return current;
  }
  if (Array.isArray(value) && isSeq(current)) {
    const seq = current as YAMLSeq;
    if (scalarList(value)) {
      if (deepEqual(seq.toJSON(), value)) return seq;
      const fresh = node(doc, value) as YAMLSeq;
      fresh.flow = seq.flow || fresh.flow;
      return fresh;
    }
    seq.items = value.map((v, i) => merge(doc, (seq.items[i] as Node | undefined) ?? null, v));
    return seq;
  }
  if (isScalar(current) && !isObject(value) && !Array.isArray(value)) {
    if (current.value !== value) current.value = value;
    return current;
  }
  return node(doc, value);
}

const STYLE = { lineWidth: 0, flowCollectionPadding: false } as const;

/** A value on one line as YAML writes it; lists in brackets; a text in the quotes it had (`style`). */
function inline(value: unknown, style?: Scalar['type']): string {
  if (typeof value === 'string' && style) {
    const doc = new Document(value);
    (doc.contents as Scalar).type = style;
    return doc.toString(STYLE).trimEnd();
  }
  if (Array.isArray(value)) {
    const doc = new Document(value);
    (doc.contents as YAMLSeq).flow = true;
    return doc.toString(STYLE).trimEnd();
  }
  return stringify(value, STYLE).trimEnd();
}

/**
 * The text changes that turn the YAML `text` (parsed as `node`, holding `before`)
 * into `after`, when only values changed (no key added or removed, no item added
 * to a list of groups): each is [from, to, new text]. Undefined when the shape changed.
 */
function valueEdits(node: Node | null, before: unknown, after: unknown, out: [number, number, string][]): boolean {
  if (deepEqual(before, after)) return true;
  const range = node?.range;
  if (!node || !range) return false;
  if (isObject(after) && isObject(before) && isMap(node)) {
    const keys = Object.keys(after);
    if (keys.length !== Object.keys(before).length || !keys.every((k) => k in before)) return false;
    return node.items.every((p) => {
      const k = String(isScalar(p.key) ? p.key.value : p.key);
      return valueEdits(p.value as Node | null, before[k], after[k], out);
    });
  }
  if (Array.isArray(after) && isSeq(node)) {
    if (node.flow && scalarList(after)) {
      out.push([range[0], range[1], inline(after)]);
      return true;
    }
    const list = Array.isArray(before) ? before : [];
    if (after.length !== node.items.length || after.length !== list.length) return false;
    return node.items.every((item, i) => valueEdits(item as Node, list[i], after[i], out));
  }
  const oneLine = (v: unknown) => typeof v === 'number' || typeof v === 'boolean' || (typeof v === 'string' && !/[\r\n]/.test(v));
  if (isScalar(node) && oneLine(after) && oneLine(node.value) && !String(node.source ?? '').includes('\n')) {
    out.push([range[0], range[1], inline(after, node.type)]);
    return true;
  }
  return false;
}

/** `yamlText` with only the changed values rewritten in place, or undefined when the shape of the data changed. */
function editInPlace(yamlText: string, after: Data): string | undefined {
  const doc = parseDocument(yamlText);
  const out: [number, number, string][] = [];
  if (!valueEdits(doc.contents as Node | null, doc.toJS() ?? {}, after, out)) return undefined;
  let text = yamlText;
  for (const [from, to, value] of out.sort((a, b) => b[0] - a[0])) text = text.slice(0, from) + value + text.slice(to);
  return text;
}

/**
 * The file for the form's data: YAML (`markdown: false`) or a Markdown file with
 * its YAML block and body. `order` is the form's top-level field order; it places
 * a value the file did not have before.
 */
export function writeFile(form: Data, order: string[], markdown: boolean): string {
  const source = typeof form[SOURCE_KEY] === 'string' ? (form[SOURCE_KEY] as string) : undefined;
  const { body: formBody, ...rest } = fromForm(form);
  const body = typeof formBody === 'string' ? formBody : '';
  // A file the editor changed: its values rewritten where they stand, else its YAML tree changed and written again.
  const sourceYaml = source !== undefined ? readSource(source).yamlText : undefined;
  let yaml = sourceYaml !== undefined ? editInPlace(sourceYaml, rest) : undefined;
  if (yaml === undefined) {
    const doc = source !== undefined ? readSource(source).doc : new Document({});
    if (!isMap(doc.contents)) doc.contents = doc.createNode({}) as YAMLMap;
    mergeMap(doc, doc.contents as YAMLMap, rest, order);
    yaml = doc.toString(STYLE);
  }
  if (!markdown) return yaml;
  const sourceBody = source !== undefined ? readSource(source).body : undefined;
  let text = body;
  if (sourceBody !== undefined && sourceBody.trim() === body.trim()) text = sourceBody;
  // An empty line between the YAML block and the text, as the content files have (and as the file had).
  else if (text && !/^\r?\n/.test(text) && (sourceBody === undefined || /^\r?\n/.test(sourceBody))) text = `\n${text}`;
  return `---\n${yaml}---\n${text}${text.endsWith('\n') || text === '' ? '' : '\n'}`;
}
