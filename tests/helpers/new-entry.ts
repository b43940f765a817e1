/** `npm run new` as an editor uses it: for tests/cli/new.test.ts, and tests/build/new-entry.test.ts, which builds its result. */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIOGRAPHY_PLACEHOLDER } from '~/shared/placeholders';
import { ROOT, script, type RunResult } from './run';

/** `npm run new -- <args>` without npm's banner. */
export const newEntry = (args: string[], env: Record<string, string>): RunResult => script('scripts/new.ts', args, env);

/** A copy of content/ in `dir` without the example Łukasz Wróbel, so a new editor can add him. */
export function contentWithoutExample(dir: string): string {
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  rmSync(join(dir, 'professors/lukasz-wrobel.md'));
  const project = join(dir, 'projects/cold-store-energy-use.md');
  writeFileSync(project, readFileSync(project, 'utf8').replace('lukasz-wrobel, ', ''));
  return dir;
}

/** The required fields the scaffold leaves empty, as the validator names them. */
export const EMPTY_FIELDS = [
  'position.en',
  'institution',
  'visits[0].programme',
  'visits[0].start',
  'visits[0].end',
  'visits[0].formats',
  'summary.en',
  'sources[0]',
];

/** What an editor types into the scaffold's empty fields. */
export function fillProfessor(scaffold: string): string {
  return scaffold
    .replace('position:\n  en: ', 'position:\n  en: Professor of Refrigeration Engineering')
    .replace('institution:\n', 'institution: almaty-technological-university\n')
    .replace(/programme: +#.*/, 'programme: erasmus-icm')
    .replace(/start: +#.*/, 'start: 2024-10-07')
    .replace(/end: +#.*/, 'end: 2024-10-18')
    .replace(/formats: \[\] +#.*/, 'formats: [lecture-course]')
    .replace('summary:\n  en: ', 'summary:\n  en: Refrigeration engineer who taught a short course on cold storage.')
    .replace('sources:\n  - ', 'sources:\n  - https://atu.edu.kz/')
    .replace('fields: []', 'fields: [food-technology]')
    .replace(BIOGRAPHY_PLACEHOLDER, 'A refrigeration engineer who taught a short course on cold storage at the university.');
}
