/** Rule: one person is never in two visits at once. */
import { problem, type ContentModel } from '../model';
import type { Problem } from '../read';

/** One person is never in two visits at once. */
export function checkVisitOverlaps(model: ContentModel): Problem[] {
  const out: Problem[] = [];
  for (const e of model.professors) {
    const visits = e.data.visits.map((v, i) => ({ ...v, i })).sort((a, b) => a.start.localeCompare(b.start));
    for (let k = 1; k < visits.length; k++) {
      const prev = visits[k - 1]!;
      const cur = visits[k]!;
      if (cur.start <= prev.end) {
        out.push(
          problem(
            e,
            ['visits', cur.i, 'start'],
            `${cur.start} falls inside visits[${prev.i}] (${prev.start} to ${prev.end}): fix the dates, or merge the two visits into one`,
          ),
        );
      }
    }
  }
  return out;
}
