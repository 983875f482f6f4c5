/**
 * Renders model nodes to HTML: builds the hast tree directly from the parsed structure with hastscript
 * (source text is only ever a text node, so `*`, `1.`, `<`, `{` stay text), then serialises it. Each
 * element rendered from a model node carries its stable id and its self-link (self-link.ts).
 *
 * Layout: block elements inside a container are separated by a newline (readable page source, as
 * Markdown tools print it); a paragraph's own content never is, because browsers show a line break
 * between runs of Chinese text as a space.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { Division, Inline, Node, Paragraph, Table, Term } from '../parser/model.ts';
import { linkTerms, type TermLinker } from './glossary-links.ts';
import { missingHeading } from './navigation.ts';
import { selfLink } from './self-link.ts';
import { splitOrnament } from './heading-ornament.ts';

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

/** The HTML of a run of model nodes (a page's reading text). */
export function renderNodes(nodes: Node[], options: RenderOptions): string {
  const root: Root = { type: 'root', children: lines(blocks(nodes, options)) };
  return toHtml(root);
}

/** Text that reads as a note from the editors, never as source text, and stays out of the search index. */
export function editorialNote(text: string): Element {
  return h('p', { className: ['editorial'], role: 'note', dataPagefindIgnore: '' }, `编者注：${text}`);
}

/** Block siblings, one per line. */
function lines(children: ElementContent[]): ElementContent[] {
  return children.flatMap((c, i) => (i === 0 ? [c] : [{ type: 'text', value: '\n' } as const, c]));
}

/** A container whose block children each stand on a line of their own. */
function container(tag: string, properties: Record<string, unknown>, children: ElementContent[]): Element {
  return h(tag, properties as never, [{ type: 'text', value: '\n' }, ...lines(children), { type: 'text', value: '\n' }]);
}

function blocks(nodes: Node[], options: RenderOptions): Element[] {
  const out: Element[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (isListItem(node)) {
      // Consecutive list items form one list.
      const items: Paragraph[] = [];
      while (i < nodes.length && isListItem(nodes[i]!)) items.push(nodes[i++] as Paragraph);
      i--;
      out.push(
        container(
          'ul',
          {},
          items.map((item) => paragraph(item, 'li', options)),
        ),
      );
    } else if (node.type === 'term') {
      const terms: Term[] = [];
      while (i < nodes.length && nodes[i]!.type === 'term') terms.push(nodes[i++] as Term);
      i--;
      out.push(glossary(terms));
    } else if (node.type === 'paragraph') out.push(paragraph(node, 'p', options));
    else if (node.type === 'table') out.push(table(node));
    else out.push(division(node, options));
  }
  return out;
}

const isListItem = (n: Node): boolean => n.type === 'paragraph' && n.role === 'list-item';

function division(node: Division, options: RenderOptions): Element {
  if (options.linkLevels?.has(node.level) && options.hrefFor) {
    return h(
      'p',
      { className: ['division-link', `level-${node.level}`], dataPagefindIgnore: '' },
      h('a', { href: options.hrefFor(node) }, headingContent(node)),
    );
  }
  const tag = node.level === 'box' ? 'aside' : 'section';
  const depth = Math.min(options.depth, 6);
  const body = blocks(node.children, { ...options, depth: options.depth + 1 });
  if (isRunIn(node)) {
    // 第一条 and its first clause are one line of the source: only the source's own separator stands
    // between them, and the number itself is the self-link.
    const heading = h(
      `h${depth}`,
      h('span', { className: ['num'] }, selfLink(node.id, 'section', node.source.line, [{ type: 'text', value: node.number! }])),
    );
    const [first, ...rest] = body;
    const separator: ElementContent[] = node.separator ? [{ type: 'text', value: node.separator }] : [];
    return h(tag, { id: node.id, className: ['division', `level-${node.level}`, 'run-in'] }, [
      { type: 'text', value: '\n' },
      heading,
      ...separator,
      ...lines([first!, ...rest]),
      { type: 'text', value: '\n' },
    ]);
  }
  const heading = h(`h${depth}`, [...headingContent(node), selfLink(node.id, 'section', node.source.line)]);
  return container(tag, { id: node.id, className: ['division', `level-${node.level}`] }, [
    heading,
    ...(node.editorial ? [editorialNote(node.editorial)] : []),
    ...body,
  ]);
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
function headingContent(node: Division): ElementContent[] {
  if (!node.heading) return [h('span', { className: ['heading-missing'], dataPagefindIgnore: '' }, missingHeading(node))];
  if (node.number && node.heading.startsWith(node.number)) {
    return [h('span', { className: ['num'] }, node.number), ...ornamented(node.heading.slice(node.number.length))];
  }
  return ornamented(node.heading);
}

/**
 * Heading text with the ornament the source set as layout (heading-ornament.ts) in spans that global.css
 * hides from sight but not from a copy: the page shows "2023答卷", a copy gives "2023答卷 >>>>".
 */
function ornamented(text: string): ElementContent[] {
  const { before, words, after } = splitOrnament(text);
  const ornament = (value: string): ElementContent[] => (value ? [h('span', { className: ['ornament'], ariaHidden: 'true' }, value)] : []);
  return [...ornament(before), { type: 'text', value: words }, ...ornament(after)];
}

/** A paragraph, or a list item (`li`): its inline runs, then its self-link. */
function paragraph(node: Paragraph, tag: 'p' | 'li', options: RenderOptions): Element {
  return h(tag, { id: node.id, className: [`role-${node.role}`] }, [
    ...inlines(node.content, options),
    selfLink(node.id, 'paragraph', node.source.line),
  ]);
}

function inlines(runs: Inline[], options: RenderOptions): ElementContent[] {
  return runs.flatMap((run): ElementContent[] => {
    const text: ElementContent[] = options.terms ? linkTerms(run.text, options.terms) : [{ type: 'text', value: run.text }];
    if (run.emphasis === 'strong') return [h('strong', text)];
    if (run.emphasis === 'lead') return [h('strong', { className: ['lead'] }, text)];
    if (run.emphasis === 'enum') return [h('span', { className: ['enum'] }, text)];
    return text;
  });
}

function table(node: Table): Element {
  const row = (cells: Table['head'][number], inHead: boolean): Element =>
    h(
      'tr',
      cells.cells.map((c) =>
        h(
          inHead || c.header ? 'th' : 'td',
          {
            rowSpan: c.rowspan,
            colSpan: c.colspan,
            scope: inHead ? (c.colspan ? 'colgroup' : 'col') : c.header ? (c.rowspan ? 'rowgroup' : 'row') : undefined,
            // Cells without Han characters (figures such as ＞6, 58.76, [4]) never wrap mid-number.
            className: inHead || c.header || /\p{Script=Han}/u.test(c.text) ? undefined : ['numeric'],
          },
          c.text,
        ),
      ),
    );
  // The wrapper scrolls on small screens; tabindex lets keyboard users scroll it too.
  return h('div', { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: node.caption }, [
    h('table', { id: node.id }, [
      h('caption', [node.caption, selfLink(node.id, 'section', node.source.line)]),
      h(
        'thead',
        node.head.map((r) => row(r, true)),
      ),
      h(
        'tbody',
        node.body.map((r) => row(r, false)),
      ),
    ]),
  ]);
}

function glossary(terms: Term[]): Element {
  return h(
    'dl',
    { className: ['glossary'] },
    terms.map((t) =>
      h('div', { id: t.id, className: ['term'] }, [
        h('dt', `${t.number}${t.term}${t.separator}`),
        h('dd', [t.definition, selfLink(t.id, 'paragraph', t.source.line)]),
      ]),
    ),
  );
}
