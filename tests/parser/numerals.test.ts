import { describe, expect, it } from 'vitest';
import { chineseNumber, circledNumber, headingNumber } from '../../src/parser/numerals.ts';

describe('numerals', () => {
  it.each([
    ['一', 1], ['十', 10], ['十一', 11], ['二十', 20], ['二十四', 24], ['六十六', 66], ['一百零五', 105], ['两', 2],
  ])('%s → %i', (text, n) => expect(chineseNumber(text)).toBe(n));
  it('rejects non-numerals', () => expect(chineseNumber('第一')).toBeNull());
  it('reads full-width and circled digits', () => {
    expect(headingNumber('１２')).toBe(12);
    expect(headingNumber('三十')).toBe(30);
    expect(circledNumber('③')).toBe(3);
    expect(circledNumber('a')).toBeNull();
  });
});
