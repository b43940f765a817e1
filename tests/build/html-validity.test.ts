// Every built page is valid HTML (html-validate's recommended rules, with the exceptions in .htmlvalidate.json).
import { describe, expect, inject, it } from 'vitest';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { builtPages } from '../helpers/dist';
import { ROOT } from '../helpers/run';

describe('HTML validity', () => {
  it('no page has an HTML error', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const errors: string[] = [];
    for (const page of builtPages(inject('dist'))) {
      const report = await validator.validateString(page.html, `${ROOT}/.htmlvalidate-virtual/${page.path || 'root'}.html`);
      for (const r of report.results)
        for (const m of r.messages) errors.push(`${page.path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(errors.slice(0, 30)).toEqual([]);
  }, 120_000);
});
