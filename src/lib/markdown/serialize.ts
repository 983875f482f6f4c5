/**
 * The one serializer of the Markdown edition: remark-stringify with remark-gfm (tables) and
 * remark-frontmatter (the YAML block), so every character of the source that means something in
 * Markdown is escaped by mdast-util-to-markdown, never by hand. The front matter is written by `yaml`.
 */
import type { Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { stringify as yaml } from 'yaml';

const processor = unified()
  .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', fences: true, rule: '-', listItemIndent: 'one' })
  // Cells are not padded to one width: CJK characters are two columns wide, so padding would not align
  // them anyway and would only add bytes.
  .use(remarkGfm, { tablePipeAlign: false })
  .use(remarkFrontmatter, ['yaml']);

/** A Markdown file: YAML front matter (keys in the order given, undefined values left out), then `body`. */
export function markdownFile(frontMatter: Record<string, unknown>, body: RootContent[]): string {
  const data = JSON.parse(JSON.stringify(frontMatter)) as unknown; // drops undefined values
  const root: Root = {
    type: 'root',
    children: [{ type: 'yaml', value: yaml(data, { lineWidth: 0 }).trimEnd() }, ...body],
  };
  return processor.stringify(root);
}

/** Markdown without front matter (/llms.txt). */
export function markdownText(body: RootContent[]): string {
  return processor.stringify({ type: 'root', children: body });
}
