/**
 * 专栏 boxes: a heading, then items (one paragraph per line), optional sub-headings （一）… grouping
 * the items after them, and indicator tables with their 注 notes.
 */
import type { ParseContext } from '../../context.ts';
import { enumRuns } from '../../enumeration.ts';
import { BRACKETED_NUMBER, HEADING_SPACE, isHeadingTitle } from '../../headings.ts';
import type { Division } from '../../model.ts';
import { NumberingSequence } from '../../numbering.ts';
import { chineseNumber } from '../../numerals.ts';
import type { SourceLine } from '../../source.ts';
import { runs } from './inline.ts';
import type { BoxHeading } from './lines.ts';
import { findTable, readTable } from './tables.ts';

/**
 * A sub-heading names a group of items: （一）贯通通道. It is a label, not a sentence: its title
 * follows the one heading title rule (an item that starts with （一） and goes on is a paragraph).
 */
const SPACE_AFTER_NUMBER = new RegExp(`^${HEADING_SPACE}+`);
/** Item leads (北斗导航。) may be longer than leads in running text: items are named by them. */
const ITEM_LEAD = 30;

export function parseBox(ctx: ParseContext, head: BoxHeading, headLine: number, body: SourceLine[]): Division {
  const box = ctx.division('box', `box-${head.ordinal}`, head, headLine);
  const items = new ItemReader(ctx, box);
  let from = 0;
  for (let start = findTable(body); start >= 0; start = findTable(body, from)) {
    items.read(body.slice(from, start));
    // Tables are numbered across the document (table-1, table-2); the id is claimed once one is found.
    const found = readTable(ctx, body, start, `table-${ctx.ids.countInRow('table-') + 1}`, head.title);
    if (found) ctx.ids.claim(found.table.id);
    if (!found) {
      // Short cell-like lines that make no grid: read them as items.
      items.read(body.slice(start, start + 1));
      from = start + 1;
      continue;
    }
    box.children.push(found.table);
    items.reset();
    from = found.end;
  }
  items.read(body.slice(from));
  return box;
}

class ItemReader {
  private readonly ctx: ParseContext;
  private readonly box: Division;
  private readonly numbering: NumberingSequence;
  private sub: Division | null = null;
  /** Inside a 注 block: it runs from 注： to the next blank line (one note per line: 1．… 2．…). */
  private inNote = false;

  constructor(ctx: ParseContext, box: Division) {
    this.ctx = ctx;
    this.box = box;
    this.numbering = new NumberingSequence(ctx, `${box.number ?? '专栏'}的小标题`);
  }

  reset(): void {
    this.sub = null;
    this.inNote = false;
  }

  read(lines: SourceLine[]): void {
    for (const line of lines) {
      const text = line.text;
      if (text === '') {
        this.inNote = false;
        continue;
      }
      if (this.inNote || /^注[：:]/.test(text)) {
        this.inNote = true;
        this.box.children.push(this.ctx.paragraph('note', enumRuns(text), line.number));
        continue;
      }
      const m = BRACKETED_NUMBER.exec(text);
      const title = m ? text.slice(m[0].length).replace(SPACE_AFTER_NUMBER, '') : '';
      if (m && isHeadingTitle(title)) {
        const number = m[0];
        const ordinal = chineseNumber(m[1]!)!;
        const base = `${this.box.id}-${this.box.children.filter((c) => c.type === 'division').length + 1}`;
        this.sub = this.ctx.division('subheading', base, { number, ordinal, title, heading: text }, line.number);
        this.numbering.next(ordinal, number, line.number, this.sub.id);
        this.box.children.push(this.sub);
        continue;
      }
      (this.sub ?? this.box).children.push(this.ctx.paragraph('body', runs(text, ITEM_LEAD), line.number));
    }
  }
}
