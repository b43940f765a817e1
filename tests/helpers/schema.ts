/** Runs a schema the way the validator does and returns the lines an editor would read. */
import type { z } from 'zod';
import { explainZodError } from '../../src/lib/validation/messages';

export function problemsOf(schema: z.ZodTypeAny, data: unknown): string[] {
  const result = schema.safeParse(data);
  return result.success ? [] : explainZodError(result.error, schema).map((p) => `${p.field || '-'}: ${p.message}`);
}

/** A deep copy of `base` with `change` applied, so each bad fixture differs from the good one by one rule. */
export function variant<T>(base: T, change: (draft: T) => void): T {
  const copy = structuredClone(base);
  change(copy);
  return copy;
}
