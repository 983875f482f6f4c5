/**
 * Builds a report's tree: top-level front matter and preface paragraphs, parts (part-N) and their
 * items (item-P-N), then attachments (attachment-N, their numbered headings items attachment-N-K) and
 * the glossary. Numbering defects are kept as written and reported as warnings; only text that cannot
 * be placed (an item before any part) is an error. A paragraph opened by a salutation (各位代表！…) or a
 * vocative (各位代表，…) closes the item it follows: it addresses the assembly, so it and what follows it belong to the part
 * (the closing appeal of a part is not the last item's text).
 */
import type { ParseContext } from '../../context.ts';
import type { Division, Node, Paragraph } from '../../model.ts';
import { NumberingSequence } from '../../numbering.ts';
import { chineseNumeral } from '../../numerals.ts';
import { inferredHeading, numberingRestarts } from '../../warnings.ts';
import type { ReportHeading } from './headings.ts';
import { BRACKETED_ENTRY, type AttachmentMarker } from './appendix.ts';
import { halfWidthDigits } from '../../numerals.ts';
import { glossaryEntry } from '../plan/glossary.ts';
import { opensWithAddress } from './salutation.ts';

const textOf = (p: Paragraph) => p.content.map((r) => r.text).join('');
/** An appeal to the assembly: it opens with 让我们 and ends with an exclamation. */
const APPEAL = /^让我们.*[！!]$/;

export class ReportTree {
  readonly children: Node[] = [];
  private readonly ctx: ParseContext;
  private part: Division | null = null;
  private item: Division | null = null;
  private readonly parts: NumberingSequence;
  private readonly items: NumberingSequence;
  private attachment: Division | null = null;
  private section: Division | null = null;
  private sections = 0;
  private glossary: Division | null = null;
  private glossaryNumbers: NumberingSequence;
  private readonly attachments: NumberingSequence;

  constructor(ctx: ParseContext) {
    this.ctx = ctx;
    this.parts = new NumberingSequence(ctx);
    this.items = new NumberingSequence(ctx);
    this.attachments = new NumberingSequence(ctx, '附件');
    this.glossaryNumbers = new NumberingSequence(ctx, '名词解释条目');
  }

  get inGlossary(): boolean {
    return this.glossary !== null;
  }

  /** 附件N: a division after the body; its title is on the marker's line or the next (`titleLine`). */
  openAttachment(marker: AttachmentMarker, titleOnNext: string, line: number): void {
    const title = marker.title || titleOnNext;
    const heading = marker.title ? `${marker.number} ${marker.title}` : titleOnNext ? `${marker.number} ${titleOnNext}` : marker.number;
    if (/(?:名词解释|名词注释)$/.test(title.replace(/\s/g, ''))) {
      this.openGlossary(title, line, { number: marker.number, heading });
      return;
    }
    this.glossary = null;
    this.part = null;
    this.item = null;
    this.attachment = this.ctx.division(
      'attachment',
      `attachment-${marker.ordinal}`,
      { number: marker.number, ordinal: marker.ordinal, title, heading },
      line,
    );
    this.attachments.next(marker.ordinal, marker.number, line, this.attachment.id);
    this.children.push(this.attachment);
    this.items.restart();
  }

  /** 名词解释 (alone, or as an attachment's title): entries follow, one a line. */
  openGlossary(title: string, line: number, asAttachment?: { number: string; heading: string }): void {
    this.part = null;
    this.item = null;
    this.attachment = null;
    this.glossary = this.ctx.division(
      'glossary',
      'glossary',
      { number: asAttachment?.number ?? null, ordinal: null, title: title.replace(/\s/g, ''), heading: asAttachment?.heading ?? title },
      line,
    );
    this.glossaryNumbers = new NumberingSequence(this.ctx, '名词解释条目');
    this.children.push(this.glossary);
  }

  /** One glossary line: a term (1.“四上”企业：…), or a paragraph with a note when it is not one. */
  term(line: { number: number; text: string }): void {
    const bracketed = BRACKETED_ENTRY.exec(line.text);
    const colon = bracketed ? bracketed[3]!.search(/[：:]/) : -1;
    if (bracketed && colon > 0) {
      // ［1］一降三减：… — the plan's reader knows only 1. numbering; the term is built the same way.
      const [, number, digits, rest] = bracketed;
      const ordinal = Number(halfWidthDigits(digits!));
      const id = this.ctx.ids.claim(`term-${ordinal}`);
      this.glossaryNumbers.next(ordinal, number!, line.number, id);
      this.glossary!.children.push({
        type: 'term',
        id,
        number: number!,
        term: rest!.slice(0, colon),
        separator: rest![colon]!,
        definition: rest!.slice(colon + 1),
        source: this.ctx.at(line.number),
      });
      return;
    }
    this.glossary!.children.push(glossaryEntry(this.ctx, this.glossaryNumbers, { number: line.number, raw: line.text, text: line.text }));
  }

  get inPart(): boolean {
    return this.part !== null || this.section !== null || this.attachment !== null || this.glossary !== null;
  }

  /** Whether a numbered part (一、) has been read: unnumbered section headings come only before one. */
  get hasNumberedPart(): boolean {
    return this.parts.highest > 0;
  }

  /**
   * An unnumbered section heading standing alone before the numbered parts (内蒙古 2026:
   * “十四五”时期发展成就和2025年工作回顾): a top-level division without a number (section-N). The
   * numbered parts that follow are its siblings.
   */
  openSection(text: string, line: number): void {
    this.sections++;
    this.section = this.ctx.division(
      'section',
      `section-${this.sections}`,
      { number: null, ordinal: null, title: text, heading: text },
      line,
    );
    this.children.push(this.section);
  }

  add(paragraph: Paragraph): void {
    const addresses = paragraph.role === 'salutation' || (paragraph.role === 'body' && opensWithAddress(textOf(paragraph)));
    if (addresses && this.item && !this.attachment) this.item = null;
    const container = this.item ?? this.part ?? this.section ?? this.attachment ?? this.glossary;
    if (container) container.children.push(paragraph);
    else this.children.push(paragraph);
  }

  open(h: ReportHeading, line: number): void {
    if (this.attachment) this.openAttachmentItem(h, line);
    else if (h.level === 'part') this.openPart(h, line);
    else this.openItem(h, line);
  }

  /** 一、 or （一） inside an attachment: its own items, numbered from 一 again. */
  private openAttachmentItem(h: ReportHeading, line: number): void {
    const a = this.attachment!;
    this.item = this.ctx.division('item', `${a.id}-${h.ordinal}`, h, line);
    this.items.next(h.ordinal, h.number, line, this.item.id);
    a.children.push(this.item);
  }

  /** Fails when the text has no part at all: a report without its 一、二、三、 cannot be navigated. */
  finish(line: number): void {
    if (this.parts.highest === 0 && this.sections === 0) this.ctx.fail(line, 'expected parts numbered 一、二、三、…, found none');
    this.closingAppeal();
  }

  /**
   * The closing appeal without a salutation before it (让我们更加紧密地团结在…周围，…而努力奋斗！) ends the body: when
   * it stands in the last item of the body's last part, it and what follows it are the part's, not the item's.
   */
  private closingAppeal(): void {
    const part = this.children.filter((n): n is Division => n.type === 'division' && (n.level === 'part' || n.level === 'section')).at(-1);
    const last = part?.children.at(-1);
    if (!part || last?.type !== 'division' || last.level !== 'item') return;
    const at = last.children.findIndex((n) => n.type === 'paragraph' && n.role === 'body' && APPEAL.test(textOf(n)));
    if (at <= 0 || last.children.slice(at).some((n) => n.type !== 'paragraph')) return;
    part.children.push(...last.children.splice(at));
  }

  private openPart(h: ReportHeading, line: number): void {
    this.section = null;
    this.part = this.ctx.division('part', `part-${h.ordinal}`, h, line);
    this.parts.next(h.ordinal, h.number, line, this.part.id);
    this.children.push(this.part);
    this.item = null;
    this.items.restart();
  }

  private openItem(h: ReportHeading, line: number): void {
    if (!this.part && this.section) {
      // Items under an unnumbered section (甘肃 2026: 2026年重点工作, then （一）…（八）).
      const section = this.section;
      this.item = this.ctx.division('item', `item-${section.id}-${h.ordinal}`, h, line);
      this.items.next(h.ordinal, h.number, line, this.item.id);
      section.children.push(this.item);
      return;
    }
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
