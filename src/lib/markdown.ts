/** Renders Markdown strings from content fields (translated biographies) with Astro's own processor. */
import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';

let processor: Promise<MarkdownRenderer> | undefined;

/** HTML for a Markdown string. Content is validated to contain no raw HTML before any build. */
export async function renderMarkdown(markdown: string): Promise<string> {
  processor ??= createMarkdownProcessor({ syntaxHighlight: false });
  return (await (await processor).render(markdown)).code;
}
