/**
 * Numerals, both ways: Chinese, ASCII, full-width and circled numerals → integers (for ordering
 * headings and spotting numbering gaps), and integers → numerals written the way a sample is written
 * (for notes that name a missing or inferred heading as the source would: 第六十六章, （三）, 专栏８).
 */

const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Character class matching the characters `chineseNumber` reads (for building heading patterns). */
export const CHINESE_NUMERAL = '[〇零一二两三四五六七八九十百千]';
const CHINESE_RUN = new RegExp(`^${CHINESE_NUMERAL}+$`);

/** 二十四 → 24, 十 → 10, 一百零五 → 105; null when the string is not a Chinese numeral. */
export function chineseNumber(text: string): number | null {
  if (!CHINESE_RUN.test(text)) return null;
  let total = 0;
  let digit = -1;
  for (const ch of text) {
    if (ch in DIGITS) {
      digit = DIGITS[ch]!;
    } else {
      const unit = UNITS[ch]!;
      total += (digit < 0 ? 1 : digit) * unit;
      digit = -1;
    }
  }
  if (digit > 0) total += digit;
  return total;
}

const WRITTEN_DIGITS = '〇一二三四五六七八九';

/**
 * 66 → 六十六, 105 → 一百零五, 110 → 一百一十: the inverse of `chineseNumber` for 0–9999, written as
 * headings write numbers (十二, not 一十二, at the start). Larger numbers (only a damaged heading such
 * as 第千千千千千千千千千千千章 reads as one) come back in ASCII digits.
 */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`chineseNumeral: ${n} is not a whole number ≥ 0`);
  if (n > 9999) return String(n);
  if (n < 10) return WRITTEN_DIGITS[n]!;
  if (n < 20) return '十' + (n % 10 ? WRITTEN_DIGITS[n % 10] : '');
  let out = '';
  let zero = false;
  for (const [unit, value] of [
    ['千', 1000],
    ['百', 100],
    ['十', 10],
    ['', 1],
  ] as const) {
    const digit = Math.floor(n / value) % 10;
    if (digit === 0) {
      zero = out !== '';
      continue;
    }
    if (zero) out += '零';
    out += WRITTEN_DIGITS[digit] + unit;
    zero = false;
  }
  return out;
}

/** ０-９ (full-width) → 0-9, leaving everything else as is. */
export function halfWidthDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** 0-9 → ０-９ (full-width), leaving everything else as is. */
export function fullWidthDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}

/** Circled numbers ①…⑳ → 1…20. */
export function circledNumber(ch: string): number | null {
  const code = ch.codePointAt(0)!;
  return code >= 0x2460 && code <= 0x2473 ? code - 0x245f : null;
}

/** Any numeral a heading may use: Chinese, ASCII or full-width digits. */
export function headingNumber(text: string): number | null {
  const ascii = halfWidthDigits(text);
  if (/^\d+$/.test(ascii)) return Number(ascii);
  return chineseNumber(text);
}

/**
 * Any numeral a date may use: those of `headingNumber`, and a year written digit by digit
 * (二〇二四 → 2024, as datelines write years).
 */
export function dateNumber(text: string): number | null {
  if (/^[〇零一二三四五六七八九]{4}$/.test(text)) return Number([...text].map((c) => DIGITS[c]).join(''));
  return headingNumber(text);
}

/** The first numeral in a label: a run of Chinese numerals, ASCII digits or full-width digits. */
const NUMERAL_IN_LABEL = new RegExp(`${CHINESE_NUMERAL}+|[0-9]+|[０-９]+`);

/**
 * The label `sample` with its numeral replaced by `n` written the same way: numberLike('第五章', 4)
 * → 第四章, numberLike('（三）', 2) → （二）, numberLike('45．', 44) → 44．, numberLike('专栏１４', 13)
 * → 专栏１３. A sample without a numeral gets `n` in ASCII digits appended.
 */
export function numberLike(sample: string, n: number): string {
  const m = NUMERAL_IN_LABEL.exec(sample);
  if (!m) return `${sample}${n}`;
  const numeral = /^[0-9]/.test(m[0]) ? String(n) : /^[０-９]/.test(m[0]) ? fullWidthDigits(String(n)) : chineseNumeral(n);
  return sample.slice(0, m.index) + numeral + sample.slice(m.index + m[0].length);
}
