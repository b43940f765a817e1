/** Markdown settings shared by Astro's pipeline (astro.config.mjs) and the renderer for content fields. */
import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import rehypeExternalLinks from 'rehype-external-links';

/**
 * Links to other sites in prose carry the same `rel` as every other external
 * link on the site: the target page gets no handle on this one, and no referrer.
 */
export const rehypePlugins: [typeof rehypeExternalLinks, { rel: string[] }][] = [
  [rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] }],
];

let processor: Promise<MarkdownRenderer> | undefined;

/** HTML for a Markdown string (translated biographies). Content is validated to contain no raw HTML before any build. */
export async function renderMarkdown(markdown: string): Promise<string> {
  processor ??= createMarkdownProcessor({ syntaxHighlight: false, rehypePlugins });
  return (await (await processor).render(markdown)).code;
}
