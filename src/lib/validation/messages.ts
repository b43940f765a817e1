/**
 * Turns zod issues into lines an editor can act on: which field, what is
 * wrong, and what to write instead. The wording here is the contract that
 * the tests in tests/unit/validation pin down.
 */
import { z } from 'astro/zod';
import { EMPTY_TEXT } from '~/schemas/common';
import { descriptionOf, isOptional, schemaAt, shapeOf } from '~/schemas/introspect';
import { editDistance } from '~/shared/distance';

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

/** What kind of value an editor wrote, in the words of TYPE_NAMES. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Date) return 'date';
  if (typeof value === 'number' && Number.isInteger(value)) return 'integer';
  return typeof value;
}

const UNITS: Record<string, string> = { string: ' characters', array: ' items' };

/** Keys only: symbols never occur in content paths. */
const keys = (path: readonly PropertyKey[]) => path.filter((p): p is string | number => typeof p !== 'symbol');

function issueToProblems(issue: z.core.$ZodIssue, root: z.ZodType): FieldProblem[] {
  const path = keys(issue.path);
  const field = formatPath(path);
  // Messages of our own schemas are kept; zod's defaults are reworded for editors.
  const own = (defaultStart: string) => !issue.message.startsWith(defaultStart);

  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = Object.keys(shapeOf(schemaAt(root, path) ?? z.never()));
      return issue.keys.map((key) => {
        const guess = closest(key, known);
        const fix = guess ? `did you mean "${guess}"? Fix the spelling or remove it` : `remove it (allowed here: ${known.join(', ')})`;
        return { field: formatPath([...path, key]), path: [...path, key], message: `unknown field: ${fix}` };
      });
    }
    case 'invalid_type': {
      if (issue.input === undefined) {
        const target = schemaAt(root, path);
        const what = target && descriptionOf(target);
        return [{ field, path, message: `is required but missing: add it.${what ? ` ${what}` : ''}` }];
      }
      if (own('Invalid input')) return [{ field, path, message: issue.message }];
      const expected = issue.expected === 'int' ? 'integer' : issue.expected;
      return [{ field, path, message: `must be ${typeName(expected)}, not ${typeName(kindOf(issue.input))}` }];
    }
    case 'invalid_union':
      return [{ field, path, message: own('Invalid input') ? issue.message : 'has a value of the wrong form' }];
    case 'too_small':
      if (issue.message === EMPTY_TEXT) {
        const target = schemaAt(root, path);
        if (target && !isOptional(target)) return [{ field, path, message: 'is empty: write the text' }];
      }
      if (own('Too small')) return [{ field, path, message: issue.message }];
      return [{ field, path, message: `must be at least ${String(issue.minimum)}${UNITS[issue.origin] ?? ''}` }];
    case 'too_big':
      if (own('Too big')) return [{ field, path, message: issue.message }];
      return [{ field, path, message: `must be at most ${String(issue.maximum)}${UNITS[issue.origin] ?? ''}` }];
    case 'invalid_format':
      if (issue.format === 'email' && !own('Invalid'))
        return [{ field, path, message: 'must be an e-mail address, e.g. office@example.kz' }];
      return [{ field, path, message: issue.message }];
    case 'invalid_value':
      if (own('Invalid')) return [{ field, path, message: issue.message }];
      return [{ field, path, message: `must be one of: ${issue.values.map(String).join(', ')}` }];
    default:
      return [{ field, path, message: issue.message }];
  }
}

/** Every problem in a failed parse, in the order of the fields. The parse must have kept the input (see `check`). */
export function explainZodError(error: z.ZodError, root: z.ZodType): FieldProblem[] {
  return error.issues.flatMap((issue) => issueToProblems(issue, root));
}

/**
 * Parses `data` with `schema` the way the validator does: on failure, the
 * problems an editor can act on. The input is kept in each issue so that a
 * missing field can be told from a wrong one.
 */
export function check<T extends z.ZodType>(
  schema: T,
  data: unknown,
): { success: true; data: z.output<T> } | { success: false; problems: FieldProblem[] } {
  const result = schema.safeParse(data, { reportInput: true });
  return result.success ? { success: true, data: result.data } : { success: false, problems: explainZodError(result.error, schema) };
}
