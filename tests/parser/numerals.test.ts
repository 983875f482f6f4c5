import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chineseNumber,
  chineseNumeral,
  circledNumber,
  dateNumber,
  fullWidthDigits,
  halfWidthDigits,
  headingNumber,
  numberLike,
} from '../../src/parser/numerals.ts';

describe('numerals: reading', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十一', 11],
    ['二十', 20],
    ['二十四', 24],
    ['六十六', 66],
    ['一百零五', 105],
    ['两', 2],
  ])('%s → %i', (text, n) => expect(chineseNumber(text)).toBe(n));
  it('rejects non-numerals', () => {
    expect(chineseNumber('第一')).toBeNull();
    expect(chineseNumber('')).toBeNull();
  });
  it('reads full-width and circled digits', () => {
    expect(headingNumber('１２')).toBe(12);
    expect(headingNumber('三十')).toBe(30);
    expect(headingNumber('第三')).toBeNull();
    expect(circledNumber('③')).toBe(3);
    expect(circledNumber('⑳')).toBe(20);
    expect(circledNumber('a')).toBeNull();
  });
  it('reads years written digit by digit, and every heading numeral, for dates', () => {
    expect(dateNumber('二〇二四')).toBe(2024);
    expect(dateNumber('二零二五')).toBe(2025);
    expect(dateNumber('２０２４')).toBe(2024);
    expect(dateNumber('十二')).toBe(12);
    expect(dateNumber('x')).toBeNull();
  });
  it('converts digit widths both ways, leaving other characters', () => {
    expect(halfWidthDigits('专栏１４')).toBe('专栏14');
    expect(fullWidthDigits('专栏14')).toBe('专栏１４');
  });
});

describe('numerals: writing', () => {
  it.each([
    [0, '〇'],
    [1, '一'],
    [10, '十'],
    [12, '十二'],
    [20, '二十'],
    [66, '六十六'],
    [100, '一百'],
    [105, '一百零五'],
    [110, '一百一十'],
    [999, '九百九十九'],
    [1005, '一千零五'],
    [1050, '一千零五十'],
    [2024, '二千零二十四'],
  ])('%i → %s', (n, text) => expect(chineseNumeral(n)).toBe(text));

  it('is the inverse of chineseNumber for 0–9999', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 9999 }), (n) => chineseNumber(chineseNumeral(n)) === n));
  });

  it('writes larger numbers in ASCII digits and refuses negative or fractional ones', () => {
    expect(chineseNumeral(11000)).toBe('11000');
    expect(() => chineseNumeral(-1)).toThrow(RangeError);
    expect(() => chineseNumeral(1.5)).toThrow(RangeError);
  });

  it('numberLike writes a number the way a label writes its own', () => {
    expect(numberLike('第五章', 4)).toBe('第四章');
    expect(numberLike('第一百零五条', 104)).toBe('第一百零四条');
    expect(numberLike('（三）', 2)).toBe('（二）');
    expect(numberLike('三、', 2)).toBe('二、');
    expect(numberLike('45．', 44)).toBe('44．');
    expect(numberLike('专栏８', 7)).toBe('专栏７');
    expect(numberLike('专栏 14', 13)).toBe('专栏 13');
    expect(numberLike('注', 3)).toBe('注3');
  });
});
