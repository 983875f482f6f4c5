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
  return paragraphOf(node.content.flatMap(inline));
}

/**
 * A run of text. Only the digest's `**bold**` and the lead sentences the page sets in bold are strong;
 * 一是/① markers are plain text. Punctuation at the edges of a bold run is put outside it: CommonMark
 * closes `**…。**` only before a space or punctuation, and Chinese text has no spaces, so keeping 。
 * inside would make the serializer write the next character as a character reference (&#x540E;).
 */
function inline(run: Inline): PhrasingContent[] {
  if (run.emphasis !== 'strong' && run.emphasis !== 'lead') return [text(run.text)];
  return strong(run.text);
}

const EDGE = /^([\p{P}\p{S}\s]*)(.*?)([\p{P}\p{S}\s]*)$/su;

/** `value` in bold, with punctuation and spaces at either end left outside the bold run. */
export function strong(value: string): PhrasingContent[] {
  const [, before = '', inner = '', after = ''] = EDGE.exec(value) ?? [];
  if (!inner) return [text(value)];
  const bold: Strong = { type: 'strong', children: [text(inner)] };
  return [...(before ? [text(before)] : []), bold, ...(after ? [text(after)] : [])];
}

/** A glossary entry as the source writes it (1.新质生产力：…), the term in bold. */
function term(node: Term): MdParagraph {
  return paragraphOf([text(node.number), ...strong(node.term), text(node.separator + node.definition)]);
}
