/** Chinese and full-width numerals → integers, for ordering headings and spotting numbering gaps. */

const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Character class matching the characters `chineseNumber` reads (for building heading patterns). */
export const CHINESE_NUMERAL = '[〇零一二两三四五六七八九十百千]';

/** 二十四 → 24, 十 → 10, 一百零五 → 105; null when the string is not a Chinese numeral. */
export function chineseNumber(text: string): number | null {
  if (!new RegExp(`^${CHINESE_NUMERAL}+$`).test(text)) return null;
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

/** ０-９ (full-width) → 0-9, leaving everything else as is. */
export function halfWidthDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
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
