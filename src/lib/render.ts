/**
 * Renders model nodes to HTML: builds an mdast tree directly from the parsed structure (source text is
 * never re-parsed as Markdown, so `*`, `1.`, `<`, `{` stay text), then remark-rehype → rehype-slug →
 * HTML. Structure the mdast vocabulary lacks (sections, asides, tables with spans) is expressed through
 * `data.hName` / `data.hProperties` / `data.hChildren`, which remark-rehype honours.
 */
import type { Element, ElementContent } from 'hast';
import type { BlockContent, Heading, List, PhrasingContent, Root, RootContent } from 'mdast';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
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
  const hast = await unified().use(remarkRehype).use(rehypeSlug).use(rehypeSelfLinks).run(root);
  return unified().use(rehypeStringify).stringify(hast);
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
  const headingChildren: PhrasingContent[] = headingContent(node);
  const heading: Heading = { type: 'heading', depth, children: headingChildren };
  const children: RootContent[] = [heading];
  if (node.editorial) children.push(editorialNote(node.editorial));
  children.push(...toBlocks(node.children, { ...options, depth: options.depth + 1 }));
  const tag = node.level === 'box' ? 'aside' : 'section';
  return [block(tag, { id: node.id, className: ['division', `level-${node.level}`] }, children)];
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
    children: [...inlines(node.content, options), selfLinkInline(node.id)],
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
      children: [{ type: 'paragraph', children: [...inlines(item.content, options), selfLinkInline(item.id)] }],
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
      { type: 'element', tagName: 'dd', properties: {}, children: [{ type: 'text', value: t.definition }, ...selfLinkHast(t.id)] },
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

function selfLinkInline(id: string): PhrasingContent {
  return {
    type: 'link',
    url: `#${id}`,
    data: { hProperties: { className: ['self-link'], ariaLabel: '链接到此段', dataPagefindIgnore: '' } },
    children: [{ type: 'text', value: '¶' }],
  };
}

function selfLinkHast(id: string): ElementContent[] {
  return [
    { type: 'text', value: ' ' },
    {
      type: 'element',
      tagName: 'a',
      properties: { href: `#${id}`, className: ['self-link'], ariaLabel: '链接到此条', dataPagefindIgnore: '' },
      children: [{ type: 'text', value: '¶' }],
    },
  ];
}
