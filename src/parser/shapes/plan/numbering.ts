/**
 * Numbering checks and structural ids. A gap or an out-of-order number is a defect of the source: it is
 * reported as a warning on the node (shown to readers), never renumbered.
 */
import type { ParseContext } from '../../context.ts';

export class Sequence {
  private readonly ctx: ParseContext;
  /** What is numbered, for the message: 篇, 章, 节, 专栏, 名词解释条目. */
  private readonly name: string;
  private last: number | null = null;
  private lastLabel = '';

  constructor(ctx: ParseContext, name: string) {
    this.ctx = ctx;
    this.name = name;
  }

  /** Records the next number; warns when it is not the previous one plus one. */
  next(ordinal: number, label: string, line: number, nodeId: string): void {
    const expected = (this.last ?? 0) + 1;
    if (ordinal !== expected) {
      const message =
        this.last === null
          ? `${this.name}编号未从1开始：第一个为“${label}”`
          : ordinal > expected
            ? `${this.name}编号不连续：“${this.lastLabel}”之后是“${label}”，中间缺${ordinal - expected}个`
            : `${this.name}编号顺序有误：“${this.lastLabel}”之后是“${label}”`;
      this.ctx.warn(line, message, nodeId);
    }
    this.last = Math.max(ordinal, this.last ?? 0);
    this.lastLabel = label;
  }

  /** Records a number the parser inferred (no warning of its own: the caller explains it). */
  assume(ordinal: number, label: string): void {
    this.last = ordinal;
    this.lastLabel = label;
  }

  get current(): number {
    return this.last ?? 0;
  }

  reset(): void {
    this.last = null;
    this.lastLabel = '';
  }
}

/** Ids stay unique inside a document even when the source repeats a number (…-2, -3 added). */
export class Ids {
  private readonly taken = new Set<string>();

  claim(base: string): string {
    let id = base;
    for (let k = 2; this.taken.has(id); k++) id = `${base}-${k}`;
    this.taken.add(id);
    return id;
  }

  has(id: string): boolean {
    return this.taken.has(id);
  }
}
