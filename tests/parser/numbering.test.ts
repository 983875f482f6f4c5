import { describe, expect, it } from 'vitest';
import { NumberingSequence } from '../../src/parser/numbering.ts';
import { chineseNumeral } from '../../src/parser/numerals.ts';
import { textContext } from './seedDoc.ts';

/** Feeds labels （N） for the ordinals given; returns the warnings as [line, message]. */
function run(ordinals: number[], label = (n: number) => `（${chineseNumeral(n)}）`, name?: string) {
  const ctx = textContext('标题', 'news');
  const seq = new NumberingSequence(ctx, name);
  ordinals.forEach((n, i) => seq.next(n, label(n), i + 1, `n-${i + 1}`));
  return { warnings: ctx.warnings.map((w) => [w.line, w.message, w.nodeId]), seq };
}

describe('NumberingSequence', () => {
  it('is silent on 1, 2, 3 …', () => expect(run([1, 2, 3, 4]).warnings).toEqual([]));

  it('names a single missing number the way the labels write numbers, on the node after the gap', () => {
    expect(run([1, 2, 4]).warnings).toEqual([[3, '编号不连续：“（二）”之后是“（四）”，缺少“（三）”（按原文保留）', 'n-3']]);
    expect(run([1, 2, 4], (n) => `第${chineseNumeral(n)}条`).warnings[0]![1]).toBe(
      '编号不连续：“第二条”之后是“第四条”，缺少“第三条”（按原文保留）',
    );
  });

  it('names a run of missing numbers by its first and last', () => {
    expect(run([1, 5]).warnings).toEqual([[2, '编号不连续：“（一）”之后是“（五）”，缺少“（二）”至“（四）”（按原文保留）', 'n-2']]);
  });

  it('reports a sequence that does not start at 1', () => {
    expect(run([2, 3]).warnings).toEqual([[1, '编号不连续：开头是“（二）”，缺少“（一）”（按原文保留）', 'n-1']]);
  });

  it('reports a repeat and an out-of-order number in their own words', () => {
    expect(run([1, 2, 2, 3]).warnings).toEqual([[3, '编号重复：“（二）”之后又是“（二）”（按原文保留）', 'n-3']]);
    expect(run([1, 3, 2, 4]).warnings.map((w) => w[1])).toEqual([
      '编号不连续：“（一）”之后是“（三）”，缺少“（二）”（按原文保留）',
      '编号顺序错乱：“（三）”之后是“（二）”（按原文保留）',
    ]); // 4 follows the highest (3): in order
  });

  it('takes a number after a misplaced one as in order when it follows the last one written', () => {
    // 1 2 5 3 4 6: 5 is the gap; 3 is out of order; 4 follows 3 and 6 follows 5: both in order.
    expect(run([1, 2, 5, 3, 4, 6]).warnings.map((w) => w[0])).toEqual([3, 4]);
  });

  it('prefixes the name of what is numbered when given', () => {
    expect(run([1, 3], (n) => `${n}.`, '名词解释条目').warnings[0]![1]).toBe(
      '名词解释条目编号不连续：“1.”之后是“3.”，缺少“2.”（按原文保留）',
    );
  });

  it('assume() records an inferred number without a warning; restart() counts from 1 again', () => {
    const ctx = textContext('标题', 'news');
    const seq = new NumberingSequence(ctx);
    seq.next(1, '第一章', 1);
    seq.assume(2, '第二章');
    seq.next(3, '第三章', 3);
    expect([seq.last, seq.highest, seq.lastWritten]).toEqual([3, 3, '第三章']);
    seq.restart();
    expect([seq.last, seq.highest, seq.lastWritten]).toEqual([0, 0, null]);
    seq.next(1, '第一章', 4);
    expect(ctx.warnings).toEqual([]);
  });
});
