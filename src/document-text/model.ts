/**
 * The compact text of one document as the browser views read it (/data/text/<id>.json): every piece of
 * reading text in order — headings, paragraphs, table cells, glossary entries — with the anchor it is
 * shown at. /compare/ splits it into sentences, /terms/ finds terms in it. One file per document, so a
 * view fetches only the documents it shows. Written at build time by src/lib/document-text.ts.
 */

/** [text as written, page index into `pages`, fragment id ('' for a division with its own page), depth] */
export type TextUnit = [text: string, page: number, fragment: string, depth: number];

/** Depth of a unit: 0 running text, 1… a heading at that nesting level, -1 a table cell. */
export const CELL = -1;

export interface DocumentText {
  id: string;
  title: string;
  kind: string;
  region: string;
  date: string | null;
  year: number;
  /** Characters of reading text without whitespace (the model's `length`): the per-10,000 base. */
  length: number;
  /** URL of the document's landing page. */
  href: string;
  pages: string[];
  units: TextUnit[];
  /**
   * Set phrases of this document with their counts: every phrase it puts in “…” (2–12 characters) and
   * every phrase of the corpus dictionary (quoted somewhere in the corpus, or a glossary term) it uses at
   * least twice. /compare/ lists those one document has and the other lacks.
   */
  phrases: [phrase: string, count: number, quoted: 0 | 1][];
}

/** The anchor URL of a unit. */
export const unitHref = (doc: DocumentText, unit: TextUnit): string => doc.pages[unit[1]]! + (unit[2] ? `#${unit[2]}` : '');

/** Whitespace in the source is layout: comparisons and counts ignore it. */
export const withoutWhitespace = (s: string): string => s.replace(/\s+/g, '');
