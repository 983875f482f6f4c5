import { describe, expect, it } from 'vitest';
import { scopeRanges, scopedMatch } from '../../src/search/scope.ts';

describe('同段 / 同句 ranges', () => {
  const texts = ['发展经济。改革 开放！', '   ', '发展改革'];
  it('cuts segments, and sentences after 。！？!?；, in code points of the compact text', () => {
    expect(scopeRanges(texts, 'paragraph')).toEqual([
      [0, 10],
      [10, 14],
    ]);
    expect(scopeRanges(texts, 'sentence')).toEqual([
      [0, 5],
      [5, 10],
      [10, 14],
    ]);
  });
  it('counts only the occurrences inside ranges that hold every term', () => {
    const terms = [
      { length: 2, starts: [0, 10] }, // 发展
      { length: 2, starts: [5, 12] }, // 改革
    ];
    expect(scopedMatch(scopeRanges(texts, 'paragraph'), terms)).toEqual({ count: 4, first: 0 });
    expect(scopedMatch(scopeRanges(texts, 'sentence'), terms)).toEqual({ count: 2, first: 10 });
    expect(scopedMatch(scopeRanges(texts, 'sentence'), [terms[0]!, { length: 2, starts: [5] }])).toBeNull();
  });
});
