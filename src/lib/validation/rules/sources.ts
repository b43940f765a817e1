/** Rule: a real (non-example) entry names at least one public source. */
import { problem, type ContentModel, type Entry } from '../model';
import type { Problem } from '../read';

/** A real (non-example) entry names at least one public source. */
export function checkSources(model: ContentModel): Problem[] {
  const out: Problem[] = [];
  for (const collection of ['institutions', 'programmes', 'professors', 'projects'] as const) {
    for (const e of model[collection] as Entry<{ example: boolean; sources: string[] }>[]) {
      if (!e.data.example && e.data.sources.length === 0) {
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
