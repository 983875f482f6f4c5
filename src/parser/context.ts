/**
 * What every shape parser (one module per document shape) receives and must return. Shape modules are
 * pure: lines in, nodes out; ids and warnings go through the context so they stay consistent.
 */
import { IdAllocator } from './ids.ts';
import type { Division, DivisionLevel, Inline, ManifestEntry, Node, Omission, Paragraph, ParagraphRole, Warning } from './model.ts';
import { ParseError, type SourceLine } from './source.ts';
import { omittedWarning } from './warnings.ts';

/** What the text itself states about the document; checked against the manifest by the caller. */
export interface StatedFacts {
  /** The title as written (wrapped lines joined). */
  title: string;
  /** ISO date the text states (delivery, publication), when it states one. */
  date?: string;
  /** Speaker or author named by the text, when it names one. */
  speaker?: string;
}

export interface ShapeResult {
  children: Node[];
  stated: StatedFacts;
}

export type ShapeParser = (ctx: ParseContext) => ShapeResult;

/** What a division's heading says: a Heading (./headings.ts) fits, or parts the parser supplies. */
export interface HeadingParts {
  number: string | null;
  ordinal: number | null;
  title: string;
  heading: string;
  editorial?: string;
}

export class ParseContext {
  private paragraphCount = 0;
  readonly warnings: Warning[] = [];
  /** Lines left out of the text as declared debris (each also reported as a warning). */
  readonly omitted: Omission[] = [];
  /** Division ids of this document: claim every structural id here (one duplicate-id rule). */
  readonly ids = new IdAllocator();

  readonly entry: ManifestEntry;
  /** Display path of the seed file: `seeds/002_….txt`. */
  readonly file: string;
  /** The document's lines, from its start line to the line before the next document (or EOF). */
  readonly lines: SourceLine[];

  constructor(entry: ManifestEntry, file: string, lines: SourceLine[]) {
    this.entry = entry;
    this.file = file;
    this.lines = lines;
  }

  /** A paragraph with the next document-wide id (p-1, p-2, …). */
  paragraph(role: ParagraphRole, content: Inline[] | string, line: number): Paragraph {
    const runs = typeof content === 'string' ? [{ text: content }] : content.filter((r) => r.text !== '');
    if (runs.length === 0) this.fail(line, 'expected paragraph text, found an empty paragraph');
    this.paragraphCount += 1;
    return { type: 'paragraph', id: `p-${this.paragraphCount}`, role, content: runs, source: this.at(line) };
  }

  /** A division with the id `base` claimed (made unique) in this document. */
  division(level: DivisionLevel, base: string, h: HeadingParts, line: number): Division {
    const { number, ordinal, title, heading, editorial } = h;
    return {
      type: 'division',
      level,
      id: this.ids.claim(base),
      number,
      ordinal,
      title,
      heading,
      ...(editorial !== undefined ? { editorial } : {}),
      source: this.at(line),
      children: [],
    };
  }

  at(line: number) {
    return { file: this.file, line };
  }

  warn(line: number, message: string, nodeId?: string): void {
    this.warnings.push({ file: this.file, line, message, ...(nodeId ? { nodeId } : {}) });
  }

  /** Leaves lines start..end out of the text as declared debris, and tells readers which and why. */
  omit(start: number, end: number, reason: string): void {
    this.omitted.push({ start, end, reason });
    const all = this.allLines ?? this.lines;
    const quoted = all
      .filter((l) => l.number >= start && l.number <= end && l.text !== '')
      .map((l) => l.text)
      .join(' ');
    this.warn(start, omittedWarning(start, end, reason, quoted));
  }

  /** Every line of the seed file, when known (debris outside the document's range is quoted from it). */
  allLines: SourceLine[] | undefined;

  fail(line: number, detail: string): never {
    throw new ParseError(this.file, line, detail);
  }
}
