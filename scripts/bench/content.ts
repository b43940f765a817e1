/** The synthetic tree the bench builds (`npm run fixtures`), its routine edit, and what a visitor types into it. */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import type { BenchOptions } from './options';

/** Writes N professors into `<work>/content`, the same tree for the same seed; returns the folder. */
export function fixtures(o: BenchOptions): string {
  const content = join(o.work, 'content');
  const args = ['scripts/fixtures.ts', '--professors', String(o.professors), '--seed', String(o.seed), '--out', content];
  execFileSync(join(o.root, 'node_modules/.bin/tsx'), args, { stdio: 'inherit', cwd: o.root });
  return content;
}

const professorFiles = (content: string) =>
  readdirSync(join(content, 'professors'))
    .filter((f) => f.endsWith('.md'))
    .sort();

/** A routine edit: the English summary of `count` professors spread over the tree gets a sentence more. */
export function editProfessors(content: string, count: number): void {
  const files = professorFiles(content);
  for (let i = 0; i < count; i++) {
    const file = join(content, 'professors', files[Math.floor((i * files.length) / count)]!);
    const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(file, 'utf8')) ?? [];
    if (front === undefined) throw new Error(`bench: no front matter in ${file}`);
    const data = parse(front) as { summary: { en: string } };
    data.summary.en += ' Edited for the benchmark.';
    writeFileSync(file, `---\n${stringify(data)}---\n${body}`);
  }
}

/**
 * Family names of three professors far apart in the tree: what people type
 * into the directory. (Words of the synthetic biographies occur on every page,
 * so they would measure nothing.)
 */
export function surnames(content: string): [string, string, string] {
  const files = professorFiles(content);
  const pick = (i: number) => {
    const name = /^name: "?([^"\n]+)"?$/m.exec(readFileSync(join(content, 'professors', files[i]!), 'utf8'))?.[1];
    if (!name) throw new Error(`no name in ${files[i]}`);
    return name.split(' ').at(-1)!;
  };
  return [pick(0), pick(Math.floor(files.length / 2)), pick(files.length - 1)];
}

/** A word of the pages' text that is no one's name: the English label of the fields file's last field. */
export function textWord(content: string): string {
  const fields = parse(readFileSync(join(content, 'fields.yaml'), 'utf8')) as { label: { en: string } }[];
  return fields.at(-1)!.label.en.split(' ')[0]!;
}
