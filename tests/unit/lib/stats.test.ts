// The programme's numbers, checked against a small hand-made world.
import { describe, expect, it } from 'vitest';
import type { Professor, Project } from '~/lib/content';
import { countryStats, exampleCounts, programmeStats } from '~/lib/stats';

type V = { programme: string; start: string; end: string; formats: string[]; hours?: number[] };
function professor(id: string, country: string, institution: string, fields: string[], visits: V[]): Professor {
  return {
    id,
    country: { id: country },
    institution: { id: institution },
    fields: fields.map((f) => ({ id: f })),
    visits: visits.map((v) => ({
      programme: { id: v.programme },
      start: v.start,
      end: v.end,
      formats: v.formats,
      activities: (v.hours ?? []).map((h) => ({ type: 'lecture-course', hours: h })),
    })),
    years: [...new Set(visits.flatMap((v) => [Number(v.start.slice(0, 4)), Number(v.end.slice(0, 4))]))].sort(),
  } as unknown as Professor;
}

const people = [
  professor(
    'a',
    'pl',
    'i1',
    ['food', 'energy'],
    [
      { programme: 'fs', start: '2021-11-01', end: '2021-11-20', formats: ['lecture-course'], hours: [36] },
      { programme: 'eicm', start: '2023-03-01', end: '2023-03-10', formats: ['lecture-course', 'seminar'], hours: [12, 4] },
    ],
  ),
  professor('b', 'pl', 'i2', ['food'], [{ programme: 'eicm', start: '2023-05-01', end: '2023-05-05', formats: ['consultation'] }]),
  professor(
    'c',
    'de',
    'i3',
    ['textiles'],
    [{ programme: 'fs', start: '2024-12-28', end: '2025-01-10', formats: ['joint-research', 'joint-research'] }],
  ),
];
const projects = [{ status: 'active' }, { status: 'completed' }, { status: 'active' }] as unknown as Project[];

describe('programme statistics', () => {
  const s = programmeStats(people, projects);

  it('counts visits per year by the year they start, per programme, keeping empty years', () => {
    expect(s.visitsPerYear.map((y) => [y.year, y.total])).toEqual([
      [2021, 1],
      [2022, 0],
      [2023, 2],
      [2024, 1],
    ]);
    expect(s.visitsPerYear[2]!.byProgramme).toEqual({ eicm: 2 });
    expect(s.visitsPerYear[0]!.byProgramme).toEqual({ fs: 1 });
  });

  it('counts apart, per programme, the visits that start after the build date', () => {
    // On 2023-04-01 the visit of March 2023 is held; May 2023 and December 2024 are planned.
    const planned = programmeStats(people, projects, '2023-04-01').visitsPerYear;
    expect(planned.map((y) => [y.year, y.held, y.planned, y.total])).toEqual([
      [2021, 1, 0, 1],
      [2022, 0, 0, 0],
      [2023, 1, 1, 2],
      [2024, 0, 1, 1],
    ]);
    expect(planned[2]!.byProgramme).toEqual({ eicm: 1 });
    expect(planned[2]!.plannedByProgramme).toEqual({ eicm: 1 });
    expect(planned[3]!.plannedByProgramme).toEqual({ fs: 1 });
    // A visit that starts on the build date has begun: it is held.
    expect(programmeStats(people, projects, '2024-12-28').visitsPerYear.at(-1)!.planned).toBe(0);
  });

  it('says how many professors and projects are invented examples, of how many', () => {
    const withExample = [{ ...people[0]!, example: true }, ...people.slice(1).map((p) => ({ ...p, example: false }))];
    const exampleProjects = projects.map((p, i) => ({ ...p, example: i === 0 }));
    expect(exampleCounts(withExample, exampleProjects)).toEqual({
      professors: { examples: 1, total: 3 },
      projects: { examples: 1, total: 3 },
    });
  });

  it('ranks countries and fields by professors, largest first', () => {
    expect(s.professorsPerCountry).toEqual([
      { key: 'pl', count: 2 },
      { key: 'de', count: 1 },
    ]);
    expect(s.professorsPerField).toEqual([
      { key: 'food', count: 2 },
      { key: 'energy', count: 1 },
      { key: 'textiles', count: 1 },
    ]);
  });

  it('counts each form once per visit, lecture hours, repeat visitors and projects', () => {
    const formats = Object.fromEntries(s.formats.map((f) => [f.key, f.count]));
    expect(formats).toMatchObject({ 'lecture-course': 2, seminar: 1, consultation: 1, 'joint-research': 1, internship: 0 });
    expect(s.lectureHours).toBe(52);
    expect(s.repeatVisitors).toBe(1);
    expect([s.professors, s.visits, s.countries]).toEqual([3, 4, 2]);
    expect(s.projectsByStatus).toEqual({ planned: 0, active: 2, completed: 1 });
  });

  it('gives a country its years, fields and visits', () => {
    const pl = countryStats(people.filter((p) => p.country.id === 'pl'));
    expect(pl).toEqual({
      years: [2021, 2023],
      fields: [
        { key: 'food', count: 2 },
        { key: 'energy', count: 1 },
      ],
      visits: 3,
    });
  });

  it('copes with no visits at all', () => {
    expect(programmeStats([], []).visitsPerYear).toEqual([]);
  });

  it('counts 300,000 visits, as 100,000 professors make, without running out of stack', () => {
    const many = Array.from({ length: 300_000 }, (_, i) => ({
      programme: 'fs',
      start: `${2021 + (i % 5)}-03-01`,
      end: `${2021 + (i % 5)}-03-10`,
      formats: ['lecture-course'],
    }));
    const s = programmeStats([professor('x', 'pl', 'i1', ['food'], many)], []);
    expect(s.visitsPerYear.map((y) => [y.year, y.total])).toEqual([2021, 2022, 2023, 2024, 2025].map((y) => [y, 60_000]));
  });
});
