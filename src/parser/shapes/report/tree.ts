/**
 * Builds a report's tree: top-level front matter and preface paragraphs, parts (part-N) and their
 * items (item-P-N). Numbering defects are kept as written and reported as warnings; only text that
 * cannot be placed (an item before any part) is an error.
 */
import type { ParseContext } from '../../context.ts';
import type { Division, Node, Paragraph } from '../../model.ts';
import { NumberingSequence } from '../../numbering.ts';
import { chineseNumeral } from '../../numerals.ts';
import { inferredHeading, numberingRestarts } from '../../warnings.ts';
import type { ReportHeading } from './headings.ts';

export class ReportTree {
  readonly children: Node[] = [];
  private readonly ctx: ParseContext;
  private part: Division | null = null;
  private item: Division | null = null;
  private readonly parts: NumberingSequence;
  private readonly items: NumberingSequence;

  constructor(ctx: ParseContext) {
    this.ctx = ctx;
    this.parts = new NumberingSequence(ctx);
    this.items = new NumberingSequence(ctx);
  }

  get inPart(): boolean {
    return this.part !== null;
  }

  add(paragraph: Paragraph): void {
    const container = this.item ?? this.part;
    if (container) container.children.push(paragraph);
    else this.children.push(paragraph);
  }

  open(h: ReportHeading, line: number): void {
    if (h.level === 'part') this.openPart(h, line);
    else this.openItem(h, line);
  }

  /** Fails when the text has no part at all: a report without its 一、二、三、 cannot be navigated. */
  finish(line: number): void {
    if (this.part === null) this.ctx.fail(line, 'expected parts numbered 一、二、三、…, found none');
  }

  private openPart(h: ReportHeading, line: number): void {
    this.part = this.ctx.division('part', `part-${h.ordinal}`, h, line);
    this.parts.next(h.ordinal, h.number, line, this.part.id);
    this.children.push(this.part);
    this.item = null;
    this.items.restart();
  }

  private openItem(h: ReportHeading, line: number): void {
    if (!this.part) this.ctx.fail(line, `expected a part heading (一、…) before the first item, found item ${h.number}`);
    // Items counting again from （一） after several items: the source lacks the next part's heading.
    const part = h.ordinal === 1 && this.items.last > 1 ? this.inferPart(h, line) : this.part;
    this.item = this.ctx.division('item', `item-${part.id.slice('part-'.length)}-${h.ordinal}`, h, line);
    this.items.next(h.ordinal, h.number, line, this.item.id);
    part.children.push(this.item);
  }

  private inferPart(h: ReportHeading, line: number): Division {
    const ordinal = this.parts.highest + 1;
    const label = `第${chineseNumeral(ordinal)}部分`;
    const reason = numberingRestarts(this.items.lastWritten!, h.number);
    const { editorial, warning } = inferredHeading({ label, unit: '部分', first: h.number, childUnit: '项', reason });
    this.part = this.ctx.division('part', `part-${ordinal}`, { number: null, ordinal, title: '', heading: '', editorial }, line);
    this.ctx.warn(line, warning, this.part.id);
    this.parts.assume(ordinal, label);
    this.children.push(this.part);
    this.items.restart();
    return this.part;
  }
}
