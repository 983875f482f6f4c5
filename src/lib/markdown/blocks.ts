/**
 * Model nodes → mdast, for the Markdown edition. Source text only ever goes into `text` nodes: the
 * serializer (remark-stringify, ./serialize.ts) escapes whatever would mean something in Markdown, so a
 * `*`, `#`, `1.` or `[` of the source stays text. Structure follows the reading pages (render.ts):
 * divisions are headings one level deeper than their parent, boxes (专栏) are block quotes, glossary
 * entries are paragraphs with the term in bold, editorial notes are block quotes that open with
 * **编者注**, a heading the source omits is the bracketed placeholder the pages show.
 */
import type { BlockContent, Heading, Paragraph as MdParagraph, PhrasingContent, RootContent, Strong } from 'mdast';
import type { Division, Inline, Node, Paragraph, Term } from '../../parser/model.ts';
import { missingHeading } from '../navigation.ts';
import { gfmTable, hasMergedCells, MERGED_CELLS_NOTE } from './table.ts';

export interface BlockOptions {
  /** Heading depth (1–6) of the top-level divisions. */
  depth: number;
  /** Division levels shown as a link to their own page instead of inline (a 篇 page's chapters). */
  linkLevels?: Set<Division['level']>;
  /** Absolute URL of a division's own page, for `linkLevels`. */
  hrefFor?: (division: Division) => string;
  /** The editorial notes (source defects) that belong to a node, shown after it. */
  notesFor?: (nodeId: string) => string[];
}

/** The label every editorial note opens with, so readers (and the read-back test) tell notes from text. */
export const EDITORIAL_LABEL = '编者注';

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const paragraphOf = (children: PhrasingContent[]): MdParagraph => ({ type: 'paragraph', children });

/** A note from the editors, never source text: `> **编者注**：…`. */
export function editorialNote(message: string): BlockContent {
  return {
    type: 'blockquote',
    children: [paragraphOf([{ type: 'strong', children: [text(EDITORIAL_LABEL)] }, text(`：${message}`)])],
  };
}

/** The mdast blocks of a run of model nodes. */
export function blocks(nodes: Node[], options: BlockOptions): RootContent[] {
  const out: RootContent[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.type === 'paragraph' && node.role === 'list-item') {
      // Consecutive list items form one list, as on the page.
      const items: Paragraph[] = [];
      while (i < nodes.length && isListItem(nodes[i]!)) items.push(nodes[i++] as Paragraph);
      i--;
      out.push({
        type: 'list',
        ordered: false,
        spread: false,
        children: items.map((item) => ({ type: 'listItem', spread: false, children: [paragraph(item)] })),
      });
      for (const item of items) out.push(...notes(item.id, options));
      continue;
    }
    if (node.type === 'paragraph') out.push(paragraph(node));
    else if (node.type === 'term') out.push(term(node));
    else if (node.type === 'table') out.push(gfmTable(node), ...(hasMergedCells(node) ? [editorialNote(MERGED_CELLS_NOTE)] : []));
    else {
      out.push(...division(node, options));
      continue; // a division places its own notes
    }
    out.push(...notes(node.id, options));
  }
  return out;
}

const isListItem = (n: Node): boolean => n.type === 'paragraph' && n.role === 'list-item';

function notes(nodeId: string, options: BlockOptions): BlockContent[] {
  return (options.notesFor?.(nodeId) ?? []).map(editorialNote);
}

function division(node: Division, options: BlockOptions): RootContent[] {
  const title = node.heading || missingHeading(node);
  if (options.linkLevels?.has(node.level) && options.hrefFor) {
    return [paragraphOf([{ type: 'link', url: options.hrefFor(node), children: [text(title)] }])];
  }
  const heading: Heading = { type: 'heading', depth: Math.min(options.depth, 6) as Heading['depth'], children: [text(title)] };
  // notesFor includes the division's own note (edition.ts); without it, the note the model holds.
  const editorial = options.notesFor ? options.notesFor(node.id) : node.editorial ? [node.editorial] : [];
  const body = blocks(node.children, { ...options, depth: options.depth + 1 });
  const content: RootContent[] = [heading, ...editorial.map(editorialNote), ...body];
  // A box (专栏) is set off from the running text as the page sets it off: a block quote.
  if (node.level === 'box') return [{ type: 'blockquote', children: content as BlockContent[] }];
  return content;
}

function paragraph(node: Paragraph): MdParagraph {
  const runs = node.content;
  return paragraphOf(runs.flatMap((run, i) => inline(run, runs[i - 1]?.text.slice(-1) ?? '', runs[i + 1]?.text.slice(0, 1) ?? '')));
}

/**
 * A run of text, given the characters just outside it. Only the digest's `**bold**` and the lead
 * sentences the page sets in bold are strong; 一是/① markers are plain text.
 */
function inline(run: Inline, before: string, after: string): PhrasingContent[] {
  if (run.emphasis !== 'strong' && run.emphasis !== 'lead') return [text(run.text)];
  return strong(run.text, before, after);
}

const PUNCTUATION = /^[\p{P}\p{S}]$/u;
const SPACE = /^\s$/u;
/** Start or end of the line, whitespace or punctuation: what CommonMark lets a `**` touch on its outer side. */
const open = (c: string) => c === '' || SPACE.test(c) || PUNCTUATION.test(c);

/**
 * `value` in bold between the characters `before` and `after`. CommonMark opens `**` before punctuation
 * only when punctuation, a space or the line's start is on its other side, and closes it after
 * punctuation only when one of those follows; Chinese text has no spaces, so `**大力提振消费。**后文`
 * would not close (the serializer would write 后 as &#x540E;). A punctuation mark at such an edge is
 * left outside the bold run (`**大力提振消费**。后文`); where the neighbour is punctuation already, the
 * run stays whole (`1.**“三高四新”美好蓝图**：`). Whitespace never touches the markers.
 */
export function strong(value: string, before = '', after = ''): PhrasingContent[] {
  let head = /^\s*/u.exec(value)![0];
  let tail = /\s*$/u.exec(value.slice(head.length))![0];
  let inner = value.slice(head.length, value.length - tail.length);
  const first = Array.from(inner)[0] ?? '';
  if (first && PUNCTUATION.test(first) && !open(head ? ' ' : before)) {
    head += first;
    inner = inner.slice(first.length);
  }
  const last = Array.from(inner).at(-1) ?? '';
  if (last && PUNCTUATION.test(last) && !open(tail ? ' ' : after)) {
    tail = last + tail;
    inner = inner.slice(0, inner.length - last.length);
  }
  if (!inner || SPACE.test(inner.slice(0, 1)) || SPACE.test(inner.slice(-1))) return [text(value)];
  const bold: Strong = { type: 'strong', children: [text(inner)] };
  return [...(head ? [text(head)] : []), bold, ...(tail ? [text(tail)] : [])];
}

/** A glossary entry as the source writes it (1.新质生产力：…), the term in bold. */
function term(node: Term): MdParagraph {
  const rest = node.separator + node.definition;
  return paragraphOf([text(node.number), ...strong(node.term, node.number.slice(-1), rest.slice(0, 1)), text(rest)]);
}
