/**
 * Builds a report's tree: top-level front matter and preface paragraphs, parts (part-N) and their
 * items (item-P-N). Numbering defects are kept as written and reported as warnings; only text that
 * cannot be placed (an item before any part) is an error.
 */
import type { ParseContext } from '../../context.ts';
import type { Division, Node, Paragraph } from '../../model.ts';
import type { Heading } from './headings.ts';

/** Chinese numerals for warning texts (一 … 九十九). */
function cn(n: number): string {
  const d = '〇一二三四五六七八九';
  if (n < 10) return d[n]!;
  if (n < 20) return '十' + (n % 10 ? d[n % 10] : '');
  return d[Math.floor(n / 10)] + '十' + (n % 10 ? d[n % 10] : '');
}
const partNumber = (n: number) => `${cn(n)}、`;
const itemNumber = (n: number) => `（${cn(n)}）`;

export class ReportTree {
  readonly children: Node[] = [];
  private readonly ctx: ParseContext;
  private part: Division | null = null;
  private item: Division | null = null;
  private lastPart = 0;
  private lastItem = 0;
  private readonly ids = new Set<string>();

  constructor(ctx: ParseContext) {
    this.ctx = ctx;
  }

  get inPart(): boolean {
    return this.part !== null;
  }

  add(paragraph: Paragraph): void {
    const container = this.item ?? this.part;
    if (container) container.children.push(paragraph);
    else this.children.push(paragraph);
  }

  open(h: Heading, line: number): void {
    if (h.kind === 'part') this.openPart(h, line);
    else this.openItem(h, line);
  }

  /** Fails when the text has no part at all: a report without its 一、二、三、 cannot be navigated. */
  finish(line: number): void {
    if (this.lastPart === 0) this.ctx.fail(line, 'expected parts numbered 一、二、三、…, found none');
  }

  private openPart(h: Heading, line: number): void {
    const id = this.unique(`part-${h.ordinal}`);
    this.checkOrder(h.ordinal, this.lastPart, partNumber, h.number, line, id);
    this.part = this.ctx.division('part', id, parts(h), line);
    this.children.push(this.part);
    this.item = null;
    this.lastPart = h.ordinal;
    this.lastItem = 0;
  }

  private openItem(h: Heading, line: number): void {
    if (!this.part) this.ctx.fail(line, `expected a part heading (一、…) before the first item, found item ${h.number}`);
    // Items counting again from （一） after several items: the source lacks the next part's heading.
    if (h.ordinal === 1 && this.lastItem > 1) this.supplyPart(h, line);
    const id = this.unique(`item-${this.part.id.slice('part-'.length)}-${h.ordinal}`);
    this.checkOrder(h.ordinal, this.lastItem, itemNumber, h.number, line, id);
    this.item = this.ctx.division('item', id, parts(h), line);
    this.part.children.push(this.item);
    this.lastItem = h.ordinal;
  }

  private supplyPart(h: Heading, line: number): void {
    const ordinal = this.lastPart + 1;
    const id = this.unique(`part-${ordinal}`);
    this.ctx.warn(
      line,
      `项目编号在“${itemNumber(this.lastItem)}”之后从“${h.number}”重新开始，其间没有部分标题：` +
        `原文似缺少“${partNumber(ordinal)}”部分的标题，以下各项归入一个无标题的部分`,
      id,
    );
    this.part = this.ctx.division(
      'part',
      id,
      { number: null, ordinal, title: '', heading: '', editorial: `原文此处缺少第${cn(ordinal)}部分的标题，以下各项按原文编号排列。` },
      line,
    );
    this.children.push(this.part);
    this.lastPart = ordinal;
    this.lastItem = 0;
  }

  private checkOrder(ordinal: number, last: number, format: (n: number) => string, written: string, line: number, id: string): void {
    if (ordinal === last + 1) return;
    if (ordinal > last + 1) {
      const missing = ordinal - last - 1 === 1 ? format(last + 1) : `${format(last + 1)}–${format(ordinal - 1)}`;
      const after = last === 0 ? '位于开头' : `紧接“${format(last)}”`;
      this.ctx.warn(line, `编号不连续：“${written}”${after}，原文缺少“${missing}”（按原文保留）`, id);
    } else {
      this.ctx.warn(line, `编号顺序错乱：“${written}”出现在“${format(last)}”之后（按原文保留）`, id);
    }
  }

  /** Ids stay structural; a repeated number (already warned as out of order) gets a suffix. */
  private unique(id: string): string {
    let candidate = id;
    for (let k = 2; this.ids.has(candidate); k++) candidate = `${id}-dup${k}`;
    this.ids.add(candidate);
    return candidate;
  }
}

function parts(h: Heading) {
  return { number: h.number, ordinal: h.ordinal, title: h.title, heading: h.heading };
}
