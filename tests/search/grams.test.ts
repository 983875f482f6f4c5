import { describe, expect, it } from 'vitest';
import { PLANE, bigramKey, firstCharRange, termCover } from '../../src/search/grams.ts';

describe('bigram keys', () => {
  it('order by first then second code point, and a 1-character range holds exactly its bigrams', () => {
    expect(bigramKey(0x4e00, 0x10ffff)).toBeLessThan(bigramKey(0x4e01, 0));
    const [lo, hi] = firstCharRange(0x6e58);
    expect(bigramKey(0x6e58, 0)).toBe(lo);
    expect(bigramKey(0x6e58, PLANE - 1)).toBe(hi - 1);
    expect(Number.isSafeInteger(bigramKey(0x10ffff, 0x10ffff))).toBe(true);
  });
});

describe('termCover', () => {
  const chars = (t: string) => termCover(t).map((g) => String.fromCodePoint(Math.floor(g.key / PLANE), g.key % PLANE) + '@' + g.offset);
  it('covers every character with non-overlapping pairs plus the last pair', () => {
    expect(chars('高质量发展')).toEqual(['高质@0', '量发@2', '发展@3']);
    expect(chars('新质生产力力')).toEqual(['新质@0', '生产@2', '力力@4']);
    expect(chars('总则')).toEqual(['总则@0']);
    expect(termCover('湘')).toEqual([]);
  });
  it('counts offsets in UTF-16 units across astral characters', () => {
    expect(chars('𠀀a𠀁b')).toEqual(['𠀀a@0', '𠀁b@3']);
  });
});
