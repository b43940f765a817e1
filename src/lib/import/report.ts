/**
 * The plan as an editor reads it before anything is written: counts first,
 * then each new file, each change, each value left as the editor wrote it,
 * and each row that cannot be used, with its column, value and fix.
 */
import { join, relative } from 'node:path';
import { COLLECTIONS } from '~/schemas/index';
import type { Plan, RowProblem, RowRef } from './plan';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const rowsText = (rows: RowRef[]) => (rows.length === 1 ? `row ${rows[0]}` : `rows ${[...new Set(rows)].join(', ')}`);
const show = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v));

export function formatRowProblem(p: RowProblem): string {
  return `${p.file} row ${p.line}, column "${p.column}"${p.value !== undefined ? ` (${JSON.stringify(p.value)})` : ''}: ${p.fix}`;
}

export function formatPlan(plan: Plan, root: string, cwd = process.cwd()): string[] {
  const file = (collection: keyof typeof COLLECTIONS, name: string) =>
    relative(cwd, join(root, COLLECTIONS[collection].path, name)) || name;
  const out: string[] = [];
  const visitsAdded = plan.updates.reduce((n, u) => n + u.visits.length, 0);
  const newVisits = plan.newProfessors.reduce((n, p) => n + p.data.visits.length, 0);
  const fills = plan.updates.reduce((n, u) => n + u.fills.length, 0);
  const kept = plan.updates.reduce((n, u) => n + u.disagreements.length, 0);
  const problemRows = new Set(plan.problems.map((p) => `${p.file}:${p.line}`)).size;

  out.push(`${plural(plan.rows, 'row')} read.`);
  out.push(`  new professors:      ${plan.newProfessors.length} (with ${plural(newVisits, 'visit')})`);
  out.push(`  new institutions:    ${plan.newInstitutions.length}`);
  out.push(`  new countries:       ${plan.newCountries.length}`);
  out.push(`  visits added:        ${visitsAdded} (to professors already on the site)`);
  out.push(`  empty fields filled: ${fills}`);
  out.push(`  kept as written:     ${kept} (the sheet says otherwise; the file is not changed)`);
  out.push(`  rows already on the site: ${plan.unchanged}`);
  out.push(`  rows not imported:   ${problemRows}`);

  if (plan.newCountries.length) {
    out.push('', 'New countries:');
    for (const c of plan.newCountries) out.push(`  + ${file('countries', `${c.code}.yaml`)}  ${c.name.en}`);
  }
  if (plan.newInstitutions.length) {
    out.push('', 'New institutions:');
    for (const i of plan.newInstitutions)
      out.push(`  + ${file('institutions', `${i.id}.yaml`)}  ${i.name.en} (${i.country}, ${rowsText(i.rows)})`);
  }
  if (plan.newProfessors.length) {
    out.push('', 'New professors:');
    for (const p of plan.newProfessors)
      out.push(`  + ${file('professors', `${p.id}.md`)}  ${p.data.name}, ${plural(p.data.visits.length, 'visit')} (${rowsText(p.rows)})`);
  }
  const changed = plan.updates.filter((u) => u.visits.length || u.fills.length);
  if (changed.length) {
    out.push('', 'Changes to professors on the site:');
    for (const u of changed) {
      const name = relative(cwd, u.professor.path);
      for (const v of u.visits)
        out.push(`  ~ ${name}  + visit ${v.visit.start} to ${v.visit.end}, ${v.visit.programme} (${rowsText(v.rows)})`);
      for (const f of u.fills) out.push(`  ~ ${name}  ${f.field}: ${show(f.value)} (${rowsText(f.rows)})`);
    }
  }
  const disagreeing = plan.updates.filter((u) => u.disagreements.length);
  if (disagreeing.length) {
    out.push('', 'Kept as written (the sheet gives another value; change the file by hand if the sheet is right):');
    for (const u of disagreeing)
      for (const d of u.disagreements)
        out.push(`  = ${relative(cwd, u.professor.path)}  ${d.field}: file ${show(d.file)}, sheet ${show(d.sheet)} (${rowsText(d.rows)})`);
  }
  if (plan.notices.length) {
    out.push('', 'Notes:');
    for (const n of plan.notices) out.push(`  ${n}`);
  }
  if (plan.problems.length) {
    out.push('', `Rows not imported (fix them in the sheet and run the import again):`);
    for (const p of plan.problems) out.push(`  ! ${formatRowProblem(p)}`);
  }
  return out;
}
