/**
 * Numbering checks for every shape (篇/章/节, 一、/（一）, 第N条, 专栏N, glossary entries…). A gap, a
 * repeat or an out-of-order number is a defect of the source: reported as a warning on the node (shown
 * to readers), never renumbered. Missing numbers are named the way the source writes its numbers
 * (numberLike: after 第三章 comes 第四章, after （三） comes （四）).
 *
 * The rule: a number is in order when it follows the last one written, or the highest one so far
 * (so 1 2 4 3 5 reports only the gap before 4 and 3 out of order, not a second gap before 5);
 * above the highest + 1 it is a gap; equal to the last it is a repeat; anything else is out of order.
 */
import type { ParseContext } from './context.ts';
import { numberLike } from './numerals.ts';
import { numberingDisorder, numberingGap, numberingRepeat } from './warnings.ts';

export class NumberingSequence {
  private readonly ctx: ParseContext;
  /** What is numbered, for notes where the label alone does not say it (名词解释条目). */
  private readonly name: string | undefined;
  private lastOrdinal = 0;
  private highestOrdinal = 0;
  private lastLabel: string | null = null;

  constructor(ctx: ParseContext, name?: string) {
    this.ctx = ctx;
    this.name = name;
  }

  /** Records the next number as written (`label`); warns on `nodeId` when it is out of sequence. */
  next(ordinal: number, label: string, line: number, nodeId?: string): void {
    const message = this.check(ordinal, label);
    if (message) this.ctx.warn(line, message, nodeId);
    this.record(ordinal, label);
  }

  /** Records a number the parser inferred (no warning of its own: the caller explains it). */
  assume(ordinal: number, label: string): void {
    this.record(ordinal, label);
  }

  /** The last number recorded (0 before the first). */
  get last(): number {
    return this.lastOrdinal;
  }

  /** The highest number recorded so far (0 before the first). */
  get highest(): number {
    return this.highestOrdinal;
  }

  /** The label recorded last, as written (null before the first). */
  get lastWritten(): string | null {
    return this.lastLabel;
  }

  /** Starts counting again from 1 (sections under a new chapter, items under a new part). */
  restart(): void {
    this.lastOrdinal = 0;
    this.highestOrdinal = 0;
    this.lastLabel = null;
  }

  private record(ordinal: number, label: string): void {
    this.lastOrdinal = ordinal;
    this.highestOrdinal = Math.max(this.highestOrdinal, ordinal);
    this.lastLabel = label;
  }

  private check(ordinal: number, label: string): string | null {
    if (ordinal === this.lastOrdinal + 1 || ordinal === this.highestOrdinal + 1) return null;
    if (ordinal > this.highestOrdinal + 1) {
      const missing = [numberLike(label, this.highestOrdinal + 1), numberLike(label, ordinal - 1)] as const;
      return numberingGap(this.name, this.lastLabel, label, missing);
    }
    if (ordinal === this.lastOrdinal) return numberingRepeat(this.name, this.lastLabel!, label);
    return numberingDisorder(this.name, this.lastLabel ?? label, label);
  }
}
