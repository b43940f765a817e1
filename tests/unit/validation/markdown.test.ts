import { describe, expect, it } from 'vitest';
import { markdownProblems } from '~/lib/validation/rules/markdown';

const messages = (md: string) => markdownProblems(md).map((p) => p.message);

describe('Markdown safety', () => {
  it('accepts plain Markdown with links, autolinks and images with alt text', () => {
    expect(
      messages('A [link](https://example.org), <https://example.org>, <a@example.org>, ![A chart](./chart.png), 3 < 4 and 5 > 2.'),
    ).toEqual([]);
  });

  it('ignores HTML inside code spans and fenced code', () => {
    expect(messages('Use `<br>` for a break.\n\n```html\n<script>x</script>\n```\n')).toEqual([]);
  });

  it('finds HTML tags, comments and event handlers', () => {
    expect(messages('<img src=x onerror=alert(1)>')).toEqual([
      'contains raw HTML "<img src=x onerror=alert(1)>": HTML is not allowed, write plain Markdown instead',
    ]);
    expect(messages('text <!-- hidden -->')).toHaveLength(1);
    expect(messages('<iframe src="https://example.org"></iframe>')).toHaveLength(2);
  });

  it('refuses javascript:, data: and protocol-relative links, in every link form', () => {
    expect(messages('[x](javascript:alert(1))')).toHaveLength(1);
    expect(messages('[x](data:text/html,hi)')).toHaveLength(1);
    expect(messages('<javascript:alert(1)>')).toHaveLength(1);
    expect(messages('[x]: javascript:alert(1)')).toHaveLength(1);
    expect(messages('[x](//evil.example.org)')).toHaveLength(1);
    expect(messages('[mail](mailto:a@example.org) [rel](../other/) [anchor](#top)')).toEqual([]);
  });

  it('reads a link as the renderer does: an encoded colon still makes a javascript: link', () => {
    // A pattern over the raw text took "javascript&#58;alert(1)" for a relative link; Markdown decodes it to "javascript:".
    expect(messages('[x](javascript&#58;alert(1))')).toEqual([
      'links to "javascript:alert(1)": only https://, http:// and mailto: links are allowed',
    ]);
    expect(messages('[x][ref]\n\n[ref]: JAVASCRIPT:alert(1)')).toHaveLength(1);
    expect(messages('    <script>indented code is text</script>')).toEqual([]);
  });

  it('refuses images without alt text', () => {
    expect(messages('![](photo.png)')).toEqual([
      'image "photo.png" has no alternative text: describe what it shows between the square brackets, ![like this](photo.png)',
    ]);
  });
});
