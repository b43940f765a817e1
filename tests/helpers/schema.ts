/** Runs a schema the way the validator does and returns the lines an editor would read. */
import type { z } from 'astro/zod';
import { check } from '~/lib/validation/messages';

export function problemsOf(schema: z.ZodType, data: unknown): string[] {
  const result = check(schema, data);
  return result.success ? [] : result.problems.map((p) => `${p.field || '-'}: ${p.message}`);
}

/** A deep copy of `base` with `change` applied, so each bad fixture differs from the good one by one rule. */
export function variant<T>(base: T, change: (draft: T) => void): T {
  const copy = structuredClone(base);
  change(copy);
  return copy;
}
