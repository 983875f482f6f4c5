/**
 * Rebuilding text from the model, and the comparison form of the source. The fidelity test asserts
 * `withoutWhitespace(documentText(doc)) === withoutWhitespace(sourceText(...))`: equal, not similar.
 */
import type { DocumentShape, Node } from './model.ts';
import { cleanLine, withoutWhitespace, type SourceLine } from './source.ts';

/** All text of a node, in reading order, exactly as the model holds it. */
export function nodeText(node: Node): string {
  switch (node.type) {
    case 'paragraph':
      return node.content.map((r) => r.text).join('');
    case 'table':
      return [...node.head, ...node.body].flatMap((row) => row.cells.map((c) => c.text)).join('\n');
    case 'term':
      return node.number + node.term + node.separator + node.definition;
    case 'division':
      return [node.heading, ...node.children.map(nodeText)].join('\n');
  }
}

export function childrenText(children: Node[]): string {
  return children.map(nodeText).join('\n');
}

/**
 * The source text of a line range with only the declared artefacts removed: bookmarks and layout
 * whitespace everywhere; for the digest shape also its Markdown markers (`**`, a leading `- `).
 */
export function sourceText(lines: SourceLine[], shape: DocumentShape): string {
  return lines
    .map((l) => {
      let text = cleanLine(l.raw);
      if (shape === 'digest') text = text.replace(/^- /, '').replaceAll('**', '');
      return text;
    })
    .join('\n');
}

/** Number of reading characters (whitespace excluded). */
export function textLength(children: Node[]): number {
  return withoutWhitespace(childrenText(children)).length;
}
