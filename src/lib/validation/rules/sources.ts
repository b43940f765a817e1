/** Rule: a real (non-example) entry names at least one public source. */
import { entriesOf, problem, type ContentModel } from '../model';
import type { Problem } from '../read';

/**
 * A real (non-example) entry names at least one public source. Entries that
 * failed their schema are checked as written: a missing or empty list is
 * reported; anything else written there is the schema's to explain.
 */
export function checkSources(model: ContentModel): Problem[] {
  const out: Problem[] = [];
  for (const collection of ['institutions', 'programmes', 'professors', 'projects'] as const) {
    for (const e of entriesOf(model, collection)) {
      const { example, sources } = e.data;
      const none = sources === undefined || sources === null || (Array.isArray(sources) && sources.length === 0);
      if (example !== true && none) {
        out.push(
          problem(
            e,
            ['sources'],
            'is missing: list at least one public web page where these facts can be checked, or mark an invented entry with example: true',
            e.lineOf?.([]) ?? 1,
          ),
        );
      }
    }
  }
  return out;
}
