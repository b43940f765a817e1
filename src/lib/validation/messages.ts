/**
 * Turns zod issues into lines an editor can act on: which field, what is
 * wrong, and what to write instead. The wording here is the contract that
 * the tests in tests/unit/validation pin down.
 */
import { z } from 'zod';

export interface FieldProblem {
  /** Field path as an editor reads it, e.g. `visits[1].end`; empty for the whole entry. */
  field: string;
  message: string;
  /** Path as keys, to find the line in the source file. */
  path: (string | number)[];
}

/** `['visits', 1, 'end']` → `visits[1].end` */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${part}` : part;
  }
  return out;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  bigint: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields (key: value lines)',
  date: 'a date',
  null: 'empty',
  undefined: 'missing',
};

function typeName(t: string): string {
  return TYPE_NAMES[t] ?? t;
}

/** Peels optional/default/effects wrappers to reach the schema that holds the shape. */
function unwrap(schema: z.ZodTypeAny): z.ZodTypeAny {
  let s: z.ZodTypeAny = schema;
  for (;;) {
    if (s instanceof z.ZodOptional || s instanceof z.ZodNullable) s = s.unwrap();
    else if (s instanceof z.ZodDefault) s = s._def.innerType;
    else if (s instanceof z.ZodEffects) s = s.innerType();
    else return s;
  }
}

/** The schema found by following `path` from `root`, or undefined. */
export function schemaAt(root: z.ZodTypeAny, path: readonly (string | number)[]): z.ZodTypeAny | undefined {
  let s: z.ZodTypeAny | undefined = root;
  for (const part of path) {
    if (!s) return undefined;
    const inner = unwrap(s);
    if (inner instanceof z.ZodObject && typeof part === 'string') s = (inner.shape as Record<string, z.ZodTypeAny>)[part];
    else if (inner instanceof z.ZodArray && typeof part === 'number') s = inner.element;
    else return undefined;
  }
  return s;
}

/** The `.describe()` text of the field at `path`, looking through wrappers. */
function descriptionAt(root: z.ZodTypeAny, path: readonly (string | number)[]): string | undefined {
  let s = schemaAt(root, path);
  while (s) {
    if (s.description) return s.description;
    if (s instanceof z.ZodOptional || s instanceof z.ZodNullable) s = s.unwrap();
    else if (s instanceof z.ZodDefault) s = s._def.innerType;
    else if (s instanceof z.ZodEffects) s = s.innerType();
    else return undefined;
  }
  return undefined;
}

/** Edit distance counting a swap of two neighbouring letters as one edit (the commonest typo). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** The closest of `candidates` to `word`, if it is close enough to be a likely typo. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = word.toLowerCase();
  for (const c of candidates) {
    const d = editDistance(lower, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(word.length / 3)) ? best : undefined;
}

function issueToProblems(issue: z.ZodIssue, root: z.ZodTypeAny): FieldProblem[] {
  const path = issue.path;
  const field = formatPath(path);

  switch (issue.code) {
    case z.ZodIssueCode.unrecognized_keys: {
      const target = schemaAt(root, path);
      const inner = target ? unwrap(target) : undefined;
      const known = inner instanceof z.ZodObject ? Object.keys(inner.shape as object) : [];
      return issue.keys.map((key) => {
        const guess = closest(key, known);
        const fix = guess ? `did you mean "${guess}"? Fix the spelling or remove it` : `remove it (allowed here: ${known.join(', ')})`;
        return { field: formatPath([...path, key]), path: [...path, key], message: `unknown field: ${fix}` };
      });
    }
    case z.ZodIssueCode.invalid_type: {
      if (issue.received === 'undefined') {
        const what = descriptionAt(root, path);
        return [{ field, path, message: `is required but missing: add it.${what ? ` ${what}` : ''}` }];
      }
      if (issue.message && issue.message !== 'Required' && !issue.message.startsWith('Expected ')) {
        return [{ field, path, message: issue.message }];
      }
      return [{ field, path, message: `must be ${typeName(issue.expected)}, not ${typeName(issue.received)}` }];
    }
    case z.ZodIssueCode.invalid_union:
      return [{ field, path, message: issue.message === 'Invalid input' ? 'has a value of the wrong form' : issue.message }];
    case z.ZodIssueCode.too_small:
      if (issue.message.startsWith('String must') || issue.message.startsWith('Number must') || issue.message.startsWith('Array must')) {
        const unit = issue.type === 'string' ? ' characters' : issue.type === 'array' ? ' items' : '';
        return [{ field, path, message: `must be at least ${String(issue.minimum)}${unit}` }];
      }
      return [{ field, path, message: issue.message }];
    case z.ZodIssueCode.too_big:
      if (issue.message.startsWith('String must') || issue.message.startsWith('Number must') || issue.message.startsWith('Array must')) {
        const unit = issue.type === 'string' ? ' characters' : issue.type === 'array' ? ' items' : '';
        return [{ field, path, message: `must be at most ${String(issue.maximum)}${unit}` }];
      }
      return [{ field, path, message: issue.message }];
    case z.ZodIssueCode.invalid_string:
      if (issue.message === 'Invalid email') return [{ field, path, message: 'must be an e-mail address, e.g. office@example.kz' }];
      return [{ field, path, message: issue.message }];
    default:
      return [{ field, path, message: issue.message }];
  }
}

/** Every problem in a failed parse, in the order of the fields. */
export function explainZodError(error: z.ZodError, root: z.ZodTypeAny): FieldProblem[] {
  return error.issues.flatMap((issue) => issueToProblems(issue, root));
}
