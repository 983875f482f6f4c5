/**
 * Model helpers shared by the data views (targets, terms, compare): paragraphs in reading order with the
 * top-level division they sit in, plain text of a paragraph,.
 * Pure TS, no Astro imports.
 */
import type { Division, Node, Paragraph } from '../../parser/model.ts';
import { nodeText } from '../../parser/text.ts';

export const paragraphText = (p: Paragraph): string => nodeText(p);

export interface PlacedParagraph {
  paragraph: Paragraph;
  text: string;
  /** The top-level division holding it (undefined for text before the first part). */
  part: Division | undefined;
  /** Enclosing divisions, outermost first. */
  path: Division[];
}

/** Every paragraph of a document in reading order. */
export function paragraphsOf(children: Node[]): PlacedParagraph[] {
  const out: PlacedParagraph[] = [];
  const visit = (nodes: Node[], path: Division[]) => {
    for (const n of nodes) {
      if (n.type === 'paragraph') out.push({ paragraph: n, text: paragraphText(n), part: path[0], path });
      else if (n.type === 'division') visit(n.children, [...path, n]);
    }
  };
  visit(children, []);
  return out;
}
