/** Rule: one person is never in two visits at once. */
import { entriesOf, problem, type ContentModel } from '../model';
import type { Problem } from '../read';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

interface Dated {
  start: string;
  end: string;
  i: number;
}

/** The visits with both dates written as YYYY-MM-DD, end not before start: only those can be compared (the others have their own problem). */
function datedVisits(visits: unknown): Dated[] {
  if (!Array.isArray(visits)) return [];
  return visits.flatMap((v: unknown, i) => {
    if (!v || typeof v !== 'object') return [];
    const { start, end } = v as { start?: unknown; end?: unknown };
    return typeof start === 'string' && typeof end === 'string' && ISO_DATE.test(start) && ISO_DATE.test(end) && end >= start
      ? [{ start, end, i }]
      : [];
  });
}

/** One person is never in two visits at once; checked in professor files that failed their schema too. */
export function checkVisitOverlaps(model: ContentModel): Problem[] {
  const out: Problem[] = [];
  for (const e of entriesOf(model, 'professors')) {
    const visits = datedVisits(e.data.visits).sort((a, b) => a.start.localeCompare(b.start));
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
