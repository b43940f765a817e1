import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brokenCopy, type BrokenCopy } from '../helpers/broken-copy';
import { CASES_DIR, materialise } from '../helpers/content-cases';
import { validate } from '../helpers/run';

describe('npm run validate', () => {
  let broken: BrokenCopy;
  beforeAll(() => {
    broken = brokenCopy();
  });
  afterAll(() => broken.cleanup());

  it('passes the real content with a one-line summary, after any warnings, and exit code 0', () => {
    const r = validate();
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n').filter(Boolean);
    expect(lines.at(-1)).toMatch(/^content: all \d+ files valid \(\d+ professors, \d+ projects, .*\) in \d+ ms$/);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^warning: content\/site\.yaml: /);
  });

  it('warns, naming file and field, while the office has no e-mail address, and still exits 0', () => {
    const world = materialise('contact-without-email');
    try {
      const r = validate([], { CONTENT_DIR: world.dir });
      expect(r.status).toBe(0);
      const lines = r.stdout.split('\n').filter(Boolean);
      expect(lines[0]!.split(`${world.dir}/`).join('')).toBe(
        "warning: site.yaml: contact.email: not set, so the site says the international office's details are being confirmed: add the office's e-mail address once it is confirmed for publication",
      );
      expect(lines[1]).toMatch(/: all \d+ files valid /);
      const annotated = validate(['--github'], { CONTENT_DIR: world.dir });
      expect(annotated.status).toBe(0);
      expect(annotated.stdout).toMatch(/^::warning file=[^,]+site\.yaml,line=\d+,title=contact\.email::contact\.email: not set/m);
    } finally {
      world.cleanup();
    }
  });

  it('has no warning once the e-mail address is set', () => {
    const world = materialise(null);
    try {
      const r = validate([], { CONTENT_DIR: world.dir });
      expect(r.status).toBe(0);
      expect(r.stdout).not.toContain('warning');
      expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    } finally {
      world.cleanup();
    }
  });

  it('reports every problem of a broken copy in one run, each naming file and field, and exits 1', () => {
    const r = validate([], { CONTENT_DIR: broken.dir });
    expect(r.status).toBe(1);
    const lines = r.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split(`${broken.dir}/`).join(''));
    for (const line of broken.expected) expect(lines).toContain(line);
    expect(r.stderr).toMatch(/\d+ problems in \d+ files\. Fix them and run npm run validate again\./);
  });

  it('--json prints the same problems as data, with line numbers', () => {
    const r = validate(['--json'], { CONTENT_DIR: broken.dir });
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as { ok: boolean; problems: { file: string; field: string; message: string; line?: number }[] };
    expect(out.ok).toBe(false);
    const orcid = out.problems.find((p) => p.field === 'links.orcid');
    expect(orcid?.message).toMatch(/wrong check digit/);
    expect(orcid?.line).toBeGreaterThan(1);
    expect(out.problems.length).toBeGreaterThanOrEqual(broken.expected.length);
  });

  it('--github also prints each problem as an annotation on the line of its field', () => {
    const r = validate(['--github'], { CONTENT_DIR: broken.dir });
    expect(r.status).toBe(1);
    const annotations = r.stdout.split('\n').filter((l) => l.startsWith('::error '));
    const problems = r.stdout
      .split('\n')
      .filter((l) => l && !l.startsWith('::') && !l.startsWith('warning: ') && !l.startsWith('notice: '));
    expect(annotations.length).toBe(problems.length);
    const orcid = annotations.find((a) => a.includes('title=links.orcid'));
    const m = /^::error file=([^,]+),line=(\d+),title=links.orcid::links.orcid: (.+)$/.exec(orcid ?? '');
    expect(m, orcid).not.toBeNull();
    // The line named is the line of the field in that file.
    expect(readFileSync(m![1]!, 'utf8').split('\n')[Number(m![2]) - 1]).toMatch(/^\s*orcid:/);
    expect(m![3]).toMatch(/wrong check digit/);
  });

  it('names each draft as a notice, in every output, and still exits 0', () => {
    const world = materialise('draft-entry');
    try {
      const notice = 'notice: professors/jan-kowalski.md: draft: not published: this entry is a draft (remove "draft: true" to publish it)';
      const r = validate([], { CONTENT_DIR: world.dir });
      expect(r.status).toBe(0);
      const lines = r.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split(`${world.dir}/`).join(''));
      expect(lines[0]).toBe(notice);
      expect(lines.at(-1)).toMatch(/: all \d+ files valid /);
      const annotated = validate(['--github'], { CONTENT_DIR: world.dir });
      expect(annotated.status).toBe(0);
      expect(annotated.stdout).toMatch(/^::notice file=[^,]+jan-kowalski\.md,line=\d+,title=draft::draft: not published/m);
      const json = validate(['--json'], { CONTENT_DIR: world.dir });
      expect(json.status).toBe(0);
      const out = JSON.parse(json.stdout) as { ok: boolean; notices: { field: string; message: string; line?: number }[] };
      expect(out.ok).toBe(true);
      expect(out.notices).toEqual([expect.objectContaining({ field: 'draft', line: 12 })]);
    } finally {
      world.cleanup();
    }
  });

  it('reports every problem of a professor file in one run: the name, the country, a date, the order of dates, the sources', () => {
    const world = materialise('one-pass');
    try {
      const r = validate([], { CONTENT_DIR: world.dir });
      expect(r.status).toBe(1);
      const lines = r.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split(`${world.dir}/`).join(''));
      expect(lines).toEqual(
        readFileSync(join(CASES_DIR, 'one-pass', 'expected.txt'), 'utf8')
          .split('\n')
          .filter(Boolean),
      );
      expect(r.stderr).toContain('5 problems in 1 file.');
    } finally {
      world.cleanup();
    }
  });

  it('--help explains usage; an unknown option is refused with exit 2', () => {
    const help = validate(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('CONTENT_DIR');
    const bad = validate(['--jsno']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('unknown option --jsno');
  });
});
