/**
 * Reading a schema's shape, for the tools built from the schemas (validation
 * messages, the browser editor's form, `npm run new`, JSON Schemas). One place
 * knows which zod wrappers leave a value's shape unchanged.
 */
import { z } from 'astro/zod';
import { editorKind, type RefTarget } from './common';

/** The schema inside one shape-preserving wrapper, and whether that wrapper lets the value be left out; undefined when `s` wraps nothing. */
function inner(s: z.ZodType): { schema: z.ZodType; optional: boolean } | undefined {
  if (s instanceof z.ZodOptional || s instanceof z.ZodDefault || s instanceof z.ZodPrefault)
    return { schema: s.unwrap() as z.ZodType, optional: true };
  if (s instanceof z.ZodNullable || s instanceof z.ZodReadonly || s instanceof z.ZodCatch)
    return { schema: s.unwrap() as z.ZodType, optional: false };
  // z.preprocess(fn, schema) is a pipe from a transform into the schema; schema.transform(fn) is a pipe from the schema.
  if (s instanceof z.ZodPipe) {
    const from = s.in as z.ZodType;
    return { schema: from instanceof z.ZodTransform ? (s.out as z.ZodType) : from, optional: false };
  }
  return undefined;
}

/**
 * Peels wrappers off `schema` until `stop` says so or none is left.
 * `optional` tells whether any peeled wrapper allowed the value to be left out.
 */
export function peel(schema: z.ZodType, stop: (s: z.ZodType) => boolean = () => false): { schema: z.ZodType; optional: boolean } {
  let s = schema;
  let optional = false;
  for (;;) {
    if (stop(s)) return { schema: s, optional };
    const next = inner(s);
    if (!next) return { schema: s, optional };
    s = next.schema;
    optional ||= next.optional;
  }
}

/** True when a value may be left out (an optional or defaulted field). */
export const isOptional = (schema: z.ZodType): boolean => peel(schema).optional;

/** The schema under every wrapper. */
export const unwrap = (schema: z.ZodType): z.ZodType => peel(schema).schema;

/** The fields of an object schema, through wrappers; empty for anything else. */
export function shapeOf(schema: z.ZodType): Record<string, z.ZodType> {
  const s = unwrap(schema);
  return s instanceof z.ZodObject ? (s.shape as Record<string, z.ZodType>) : {};
}

/** The item schema of a list, through wrappers; undefined for anything else. */
export function elementOf(schema: z.ZodType): z.ZodType | undefined {
  const s = unwrap(schema);
  return s instanceof z.ZodArray ? (s.element as z.ZodType) : undefined;
}

/** The schema found by following `path` (keys and list positions) from `root`, or undefined. */
export function schemaAt(root: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let s: z.ZodType | undefined = root;
  for (const part of path) {
    if (!s) return undefined;
    s = typeof part === 'number' ? elementOf(s) : typeof part === 'string' ? shapeOf(s)[part] : undefined;
  }
  return s;
}

/** The `.describe()` text of a schema, from the outermost wrapper that has one. */
export function descriptionOf(schema: z.ZodType): string | undefined {
  return peel(schema, (s) => s.description !== undefined).schema.description;
}

/** An id that a value names in another collection, and where in the value it stands. */
export interface Reference {
  path: PropertyKey[];
  collection: RefTarget;
  id: string;
}

/** Every reference (a field made with `ref()`) in `value`, read through `schema`, in the order of the schema's fields. */
export function referencesIn(schema: z.ZodType, value: unknown, path: PropertyKey[] = []): Reference[] {
  const s = peel(schema, (inner) => editorKind(inner) !== undefined).schema;
  const kind = editorKind(s);
  if (kind?.kind === 'ref') return typeof value === 'string' ? [{ path, collection: kind.collection, id: value }] : [];
  if (s instanceof z.ZodObject && value && typeof value === 'object')
    return Object.entries(s.shape as Record<string, z.ZodType>).flatMap(([key, field]) =>
      referencesIn(field, (value as Record<string, unknown>)[key], [...path, key]),
    );
  if (s instanceof z.ZodArray && Array.isArray(value))
    return value.flatMap((item, i) => referencesIn(s.element as z.ZodType, item, [...path, i]));
  return [];
}
