/** Inline runs of plan paragraphs (lead sentences, circled enumeration markers) and numeral display. */
import type { Inline } from '../../model.ts';

/**
 * A lead is a short opening phrase closed by 。 that names what the paragraph is about (岳阳市。,
 * ——坚持党的全面领导。, 北斗导航。). It is a phrase, not a sentence: no comma inside, and the
 * paragraph goes on after it. `max` is the longest lead accepted in that context.
 */
export function leadLength(text: string, max: number): number {
  const end = text.indexOf('。');
  if (end <= 0 || end + 1 >= text.length || end > max) return 0;
  const lead = text.slice(0, end);
  return /[，,；;：:]/.test(lead) ? 0 : end + 1;
}

/** Splits out circled enumeration markers (①②…) as `enum` runs. */
export function enumRuns(text: string): Inline[] {
  const runs: Inline[] = [];
  let last = 0;
  for (const m of text.matchAll(/[\u2460-\u2473]/g)) {
    if (m.index > last) runs.push({ text: text.slice(last, m.index) });
    runs.push({ text: m[0], emphasis: 'enum' });
    last = m.index + m[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last) });
  return runs;
}

/** Runs of a paragraph: an optional lead of at most `maxLead` characters, then the rest. */
export function runs(text: string, maxLead: number): Inline[] {
  const n = maxLead > 0 ? leadLength(text, maxLead) : 0;
  if (n === 0) return enumRuns(text);
  return [{ text: text.slice(0, n), emphasis: 'lead' }, ...enumRuns(text.slice(n))];
}

const DIGITS = '〇一二三四五六七八九';

/** 66 → 六十六 (1–999), for editorial notes that name an inferred heading the way the source would. */
export function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n]!;
  if (n < 20) return '十' + (n % 10 ? DIGITS[n % 10] : '');
  if (n < 100) return DIGITS[Math.floor(n / 10)] + '十' + (n % 10 ? DIGITS[n % 10] : '');
  const rest = n % 100;
  const tail = rest === 0 ? '' : rest < 10 ? '零' + DIGITS[rest] : rest < 20 ? '一' + chineseNumeral(rest) : chineseNumeral(rest);
  return DIGITS[Math.floor(n / 100)] + '百' + tail;
}
