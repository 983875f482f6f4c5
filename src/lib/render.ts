/**
 * Renders model nodes to HTML: builds an mdast tree directly from the parsed structure (source text is
 * never re-parsed as Markdown, so `*`, `1.`, `<`, `{` stay text), then remark-rehype → rehype-slug →
 * HTML. Structure the mdast vocabulary lacks (sections, asides, tables with spans) is expressed through
 * `data.hName` / `data.hProperties` / `data.hChildren`, which remark-rehype honours.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { BlockContent, Heading, List, PhrasingContent, Root, RootContent } from 'mdast';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import { visit } from 'unist-util-visit';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Division, Inline, Node, Paragraph, Table, Term } from '../parser/model.ts';
import { linkTerms, type TermLinker } from './glossary-links.ts';
import rehypeSelfLinks from './rehype-self-links.ts';

export interface RenderOptions {
  /** Heading depth (1–6) of the top-level divisions rendered. */
  depth: number;
  /** When set, divisions at these levels are listed as links (to their own page) instead of inlined. */
  linkLevels?: Set<Division['level']>;
  /** URL of a division's own page, for `linkLevels`. */
  hrefFor?: (division: Division) => string;
  /** Links the first occurrence of each glossary term on the page to its entry. */
  terms?: TermLinker;
}

/** Text that reads as a note from the editors, never as source text, and stays out of the search index. */
export function editorialNote(text: string): BlockContent {
  return block('p', { className: ['editorial'], role: 'note', dataPagefindIgnore: '' }, [
    { type: 'text', value: `编者注：${text}` },
  ]);
}

export async function renderNodes(nodes: Node[], options: RenderOptions): Promise<string> {
  const root: Root = { type: 'root', children: toBlocks(nodes, options) };
  const hast = await unified()
    .use(remarkRehype)
    .use(rehypeSlug)
    .use(rehypeRunIn, { separators: separators(nodes) })
    .use(rehypeSelfLinks, { lines: sourceLines(nodes) })
    .run(root);
  return unified().use(rehypeStringify).stringify(hast);
}

/** Source line of every node shown, by id: the self-links' "原文第 N 行". */
function sourceLines(nodes: Node[], into = new Map<string, number>()): Map<string, number> {
  for (const node of nodes) {
    into.set(node.id, node.source.line);
    if (node.type === 'division') sourceLines(node.children, into);
  }
  return into;
}

/** Heading separators as written, by division id (see rehypeRunIn). */
function separators(nodes: Node[], into = new Map<string, string>()): Map<string, string> {
  for (const node of nodes) {
    if (node.type !== 'division') continue;
    if (node.separator) into.set(node.id, node.separator);
    separators(node.children, into);
  }
  return into;
}

/**
 * A run-in heading and its first paragraph are one line of the source (第一条 为了…): only the source's
 * own separator may stand between them (remark-rehype puts a line break there, which would copy as a
 * space where the source has none).
 */
function rehypeRunIn(options: { separators: ReadonlyMap<string, string> }) {
  return (tree: HastRoot) => {
    visit(tree, 'element', (el: Element) => {
      if (!(el.properties.className as string[] | undefined)?.includes('run-in')) return;
      const heading = el.children.findIndex((c) => c.type === 'element' && /^h[1-6]$/.test(c.tagName));
      while (el.children[heading + 1]?.type === 'text') el.children.splice(heading + 1, 1);
      const separator = options.separators.get(String(el.properties.id));
      if (separator) el.children.splice(heading + 1, 0, { type: 'text', value: separator });
    });
  };
}

function toBlocks(nodes: Node[], options: RenderOptions): RootContent[] {
  const out: RootContent[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.type === 'paragraph' && node.role === 'list-item') {
      // Consecutive list items form one list.
      const items: Paragraph[] = [];
      while (i < nodes.length && nodes[i]!.type === 'paragraph' && (nodes[i] as Paragraph).role === 'list-item') {
        items.push(nodes[i++] as Paragraph);
      }
      i--;
      out.push(list(items, options));
    } else if (node.type === 'term') {
      const terms: Term[] = [];
      while (i < nodes.length && nodes[i]!.type === 'term') terms.push(nodes[i++] as Term);
      i--;
      out.push(glossary(terms));
    } else if (node.type === 'paragraph') out.push(paragraph(node, options));
    else if (node.type === 'table') out.push(table(node));
    else out.push(...division(node, options));
  }
  return out;
}

function division(node: Division, options: RenderOptions): RootContent[] {
  if (options.linkLevels?.has(node.level) && options.hrefFor) {
    return [linkCard(node, options.hrefFor(node))];
  }
  const depth = Math.min(options.depth, 6) as Heading['depth'];
  const runIn = isRunIn(node);
  const headingChildren: PhrasingContent[] = headingContent(node);
  const heading: Heading = { type: 'heading', depth, children: headingChildren };
  const children: RootContent[] = [heading];
  if (node.editorial) children.push(editorialNote(node.editorial));
  children.push(...toBlocks(node.children, { ...options, depth: options.depth + 1 }));
  const tag = node.level === 'box' ? 'aside' : 'section';
  const className = ['division', `level-${node.level}`, ...(runIn ? ['run-in'] : [])];
  return [block(tag, { id: node.id, className }, children)];
}

/**
 * A heading that is only a number, followed on the same source line by the text it numbers (a law's
 * 第一条 and its first 款): shown and copied as one line, as the source writes it.
 */
function isRunIn(node: Division): boolean {
  const first = node.children[0];
  return (
    !!node.number &&
    node.heading === node.number &&
    !node.editorial &&
    first?.type === 'paragraph' &&
    first.role !== 'list-item' &&
    first.source.line === node.source.line
  );
}

/** Heading as written; the numbering gets its own span so it can be styled, never rewritten. */
export function headingContent(node: Division): PhrasingContent[] {
  if (!node.heading) {
    return [span(['heading-missing'], [{ type: 'text', value: `〔标题缺失${node.number ? `：${node.number}` : ''}〕` }], true)];
  }
  if (node.number && node.heading.startsWith(node.number)) {
    return [span(['num'], [{ type: 'text', value: node.number }]), { type: 'text', value: node.heading.slice(node.number.length) }];
  }
  return [{ type: 'text', value: node.heading }];
}

function linkCard(node: Division, href: string): RootContent {
  return block('p', { className: ['division-link', `level-${node.level}`] }, [
    { type: 'link', url: href, children: headingContent(node) },
  ]);
}

function paragraph(node: Paragraph, options: RenderOptions): BlockContent {
  // An mdast paragraph, not block(): remark-rehype puts a line break between the children of a block
  // container, and browsers show a line break between runs of Chinese text as a space.
  return {
    type: 'paragraph',
    data: { hProperties: { id: node.id, className: [`role-${node.role}`] } },
    children: inlines(node.content, options),
  };
}

function list(items: Paragraph[], options: RenderOptions): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((item) => ({
      type: 'listItem',
      spread: false,
      data: { hProperties: { id: item.id, className: ['role-list-item'] } },
      children: [{ type: 'paragraph', children: inlines(item.content, options) }],
    })),
  };
}

function inlines(runs: Inline[], options: RenderOptions): PhrasingContent[] {
  return runs.flatMap((run): PhrasingContent[] => {
    const text = options.terms ? linkTerms(run.text, options.terms) : [{ type: 'text' as const, value: run.text }];
    if (run.emphasis === 'strong') return [{ type: 'strong', children: text }];
    if (run.emphasis === 'lead') return [{ type: 'strong', data: { hProperties: { className: ['lead'] } }, children: text }];
    if (run.emphasis === 'enum') return [span(['enum'], text)];
    return text;
  });
}

function table(node: Table): BlockContent {
  const row = (cells: Table['head'][number], inHead: boolean): Element => ({
    type: 'element',
    tagName: 'tr',
    properties: {},
    children: cells.cells.map((c) => ({
      type: 'element',
      tagName: inHead || c.header ? 'th' : 'td',
      properties: {
        ...(c.rowspan ? { rowSpan: c.rowspan } : {}),
        ...(c.colspan ? { colSpan: c.colspan } : {}),
        ...(inHead ? { scope: c.colspan ? 'colgroup' : 'col' } : c.header ? { scope: c.rowspan ? 'rowgroup' : 'row' } : {}),
        // Cells without Han characters (figures such as ＞6, 58.76, [4]) never wrap mid-number.
        ...(inHead || c.header || /\p{Script=Han}/u.test(c.text) ? {} : { className: ['numeric'] }),
      },
      children: [{ type: 'text', value: c.text }],
    })),
  });
  const tableEl: Element = {
    type: 'element',
    tagName: 'table',
    properties: { id: node.id },
    children: [
      { type: 'element', tagName: 'caption', properties: {}, children: [{ type: 'text', value: node.caption }] },
      { type: 'element', tagName: 'thead', properties: {}, children: node.head.map((r) => row(r, true)) },
      { type: 'element', tagName: 'tbody', properties: {}, children: node.body.map((r) => row(r, false)) },
    ],
  };
  // The wrapper scrolls on small screens; tabindex lets keyboard users scroll it too.
  return {
    type: 'paragraph',
    data: { hName: 'div', hProperties: { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: node.caption }, hChildren: [tableEl] },
    children: [],
  };
}

function glossary(terms: Term[]): BlockContent {
  const entries: ElementContent[] = terms.map((t) => ({
    type: 'element',
    tagName: 'div',
    properties: { id: t.id, className: ['term'] },
    children: [
      { type: 'element', tagName: 'dt', properties: {}, children: [{ type: 'text', value: `${t.number}${t.term}${t.separator}` }] },
      { type: 'element', tagName: 'dd', properties: {}, children: [{ type: 'text', value: t.definition }] },
    ],
  }));
  return { type: 'paragraph', data: { hName: 'dl', hProperties: { className: ['glossary'] }, hChildren: entries }, children: [] };
}

function block(tag: string, props: Record<string, unknown>, children: RootContent[]): BlockContent {
  return { type: 'blockquote', data: { hName: tag, hProperties: props as never }, children: children as BlockContent[] };
}

function span(className: string[], children: PhrasingContent[], ignore = false): PhrasingContent {
  return {
    type: 'emphasis',
    data: { hName: 'span', hProperties: { className, ...(ignore ? { dataPagefindIgnore: '' } : {}) } },
    children,
  };
}
