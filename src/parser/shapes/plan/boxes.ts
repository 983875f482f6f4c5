/**
 * 专栏 boxes: a heading, then items (one paragraph per line), optional sub-headings （一）… grouping
 * the items after them, and indicator tables with their 注 notes.
 */
import type { ParseContext } from '../../context.ts';
import type { Division } from '../../model.ts';
import { CHINESE_NUMERAL, chineseNumber } from '../../numerals.ts';
import type { SourceLine } from '../../source.ts';
import { enumRuns, runs } from './inline.ts';
import { SENTENCE_PUNCT, type BoxHeading } from './lines.ts';
import { Sequence, type Ids } from './numbering.ts';
import { findTable, readTable } from './tables.ts';

/**
 * A sub-heading names a group of items: （一）贯通通道. It is a label, not a sentence: short and
 * without sentence punctuation (an item that starts with （一） and goes on is a paragraph).
 */
const SUBHEADING = new RegExp(`^(（(${CHINESE_NUMERAL}+)）)[\\s\\u3000]*(.*)$`);
const MAX_SUBHEADING = 30;
/** Item leads (北斗导航。) may be longer than leads in running text: items are named by them. */
const ITEM_LEAD = 30;

export function parseBox(
  ctx: ParseContext,
  ids: Ids,
  head: BoxHeading,
  headLine: number,
  body: SourceLine[],
): Division {
  const box = ctx.division('box', ids.claim(`box-${head.ordinal}`), { ...head }, headLine);
  const items = new ItemReader(ctx, ids, box);
  let from = 0;
  for (let start = findTable(body); start >= 0; start = findTable(body, from)) {
    items.read(body.slice(from, start));
    const found = readTable(ctx, body, start, ids.claim(`table-${tableCount(ids) + 1}`), head.title);
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

/** Tables are numbered across the document (table-1, table-2): count the ids claimed so far. */
function tableCount(ids: Ids): number {
  let n = 0;
  while (ids.has(`table-${n + 1}`)) n++;
  return n;
}

class ItemReader {
  private readonly ctx: ParseContext;
  private readonly ids: Ids;
  private readonly box: Division;
  private readonly numbering: Sequence;
  private sub: Division | null = null;
  /** Inside a 注 block: it runs from 注： to the next blank line (one note per line: 1．… 2．…). */
  private inNote = false;

  constructor(ctx: ParseContext, ids: Ids, box: Division) {
    this.ctx = ctx;
    this.ids = ids;
    this.box = box;
    this.numbering = new Sequence(ctx, `${box.number ?? '专栏'}小标题`);
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
      const m = SUBHEADING.exec(text);
      if (m && text.length <= MAX_SUBHEADING && !SENTENCE_PUNCT.test(text)) {
        const ordinal = chineseNumber(m[2]!)!;
        const id = this.ids.claim(`${this.box.id}-${this.box.children.filter((c) => c.type === 'division').length + 1}`);
        this.sub = this.ctx.division('subheading', id, { number: m[1]!, ordinal, title: m[3]!, heading: text }, line.number);
        this.numbering.next(ordinal, m[1]!, line.number, id);
        this.box.children.push(this.sub);
        continue;
      }
      (this.sub ?? this.box).children.push(this.ctx.paragraph('body', runs(text, ITEM_LEAD), line.number));
    }
  }
}
