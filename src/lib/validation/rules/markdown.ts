/**
 * Rule: Markdown bodies and Markdown translations carry no HTML, no link that
 * is not https, http or mailto, and no image without alternative text or from
 * another site. Read on the Markdown tree (mdast), as the site's renderer
 * reads it, so code examples are never taken for HTML and an encoded
 * `javascript&#58;` is seen as what it is.
 */
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import { entriesOf, problem, type ContentModel, type Entry } from '../model';
import type { Problem } from '../read';

type Found = { offset: number; message: string };

// Every tag, comment or declaration inside a raw HTML node (a block holds several).
const HTML = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|<!--|<\?|<!\[CDATA\[|<![A-Za-z]/g;

function isSafeTarget(target: string): boolean {
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(target);
  if (!scheme) return !target.startsWith('//'); // relative links and anchors are fine; protocol-relative are not
  return ['http', 'https', 'mailto'].includes(scheme[1]!.toLowerCase());
}

const offsetOf = (node: Nodes) => node.position?.start.offset ?? 0;

function htmlProblems(node: Nodes & { value: string }): Found[] {
  const found: Found[] = [];
  for (const m of node.value.matchAll(HTML)) {
    const snippet = m[0].length > 40 ? `${m[0].slice(0, 40)}…` : m[0];
    found.push({
      offset: offsetOf(node) + m.index,
      message: `contains raw HTML ${JSON.stringify(snippet)}: HTML is not allowed, write plain Markdown instead`,
    });
  }
  return found;
}

function imageProblems(node: Nodes & { url: string; alt?: string | null | undefined }): Found[] {
  const src = node.url;
  const found: Found[] = [];
  if (!node.alt?.trim())
    found.push({
      offset: offsetOf(node),
      message: `image ${JSON.stringify(src)} has no alternative text: describe what it shows between the square brackets, ![like this](${src})`,
    });
  // Remote images would let a third party see every reader (and the site's CSP blocks them anyway).
  if (/^[A-Za-z][A-Za-z0-9+.-]*:|^\/\//.test(src))
    found.push({
      offset: offsetOf(node),
      message: `image ${JSON.stringify(src.slice(0, 60))} is not on this site: put the image file next to the entry and link it by its path`,
    });
  else if (src.split(/[\\/]/).includes('..'))
    found.push({
      offset: offsetOf(node),
      message: `image ${JSON.stringify(src)} points outside the entry's folder (..): put the image next to the entry`,
    });
  return found;
}

/** Problems in one Markdown text: raw HTML, unsafe link schemes, images without alt text or from elsewhere. */
export function markdownProblems(md: string, tree: Root = fromMarkdown(md)): Found[] {
  const found: Found[] = [];
  visit(tree, (node) => {
    if (node.type === 'html') found.push(...htmlProblems(node));
    else if ((node.type === 'link' || node.type === 'definition') && !isSafeTarget(node.url))
      found.push({
        offset: offsetOf(node),
        message: `links to ${JSON.stringify(node.url.slice(0, 60))}: only https://, http:// and mailto: links are allowed`,
      });
    else if (node.type === 'image') found.push(...imageProblems(node));
  });
  return found.sort((a, b) => a.offset - b.offset);
}

// In MDX, `import`/`export` lines and `{...}` run code when the site is built.
const MDX_CODE = /^(?:import|export)\s.*$|(?<!\\)\{[^}\n]*\}?/gm;

/**
 * The Markdown rules, and for an .mdx page also no code: such a page is written
 * like a .md one (components and expressions would run at build time). Code
 * blocks and spans, where braces are text, are left out.
 */
export function mdxProblems(md: string): Found[] {
  const tree = fromMarkdown(md);
  const chars = md.split(''); // UTF-16 units, as the tree's offsets count

  visit(tree, (node) => {
    if ((node.type === 'code' || node.type === 'inlineCode') && node.position) {
      const { start, end } = node.position;
      for (let i = start.offset ?? 0; i < (end.offset ?? 0); i++) if (chars[i] !== '\n') chars[i] = ' ';
    }
  });
  const text = chars.join('');
  const code = [...text.matchAll(MDX_CODE)].map((m) => ({
    offset: m.index,
    message: `contains code ${JSON.stringify(m[0].slice(0, 40))}: MDX pages are written like Markdown, without import, export or {…}; write \\{ for a brace`,
  }));
  return [...markdownProblems(md, tree), ...code].sort((a, b) => a.offset - b.offset);
}

function lineAt(text: string, offset: number): number {
  let n = 0;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

/** Markdown bodies (also of files that failed their schema: the text below the fields is checked all the same) and the Markdown of translated biographies. */
export function checkMarkdown(model: ContentModel): Problem[] {
  const out: Problem[] = [];
  const bodies: Entry<unknown>[] = [...entriesOf(model, 'professors'), ...entriesOf(model, 'projects'), ...entriesOf(model, 'pages')];
  for (const e of bodies) {
    if (e.body === undefined) continue;
    for (const p of (e.file.endsWith('.mdx') ? mdxProblems : markdownProblems)(e.body))
      out.push(problem(e, ['body'], p.message, (e.bodyLine ?? 1) + lineAt(e.body, p.offset)));
  }
  for (const e of model.professors) {
    for (const locale of ['ru', 'kk'] as const) {
      const text = e.data.biography[locale];
      if (text) for (const p of markdownProblems(text)) out.push(problem(e, ['biography', locale], p.message));
    }
  }
  return out;
}
