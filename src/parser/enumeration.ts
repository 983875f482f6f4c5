/**
 * Enumeration markers inside running text: circled numbers (①…⑳) and 一是/二是… . They are marked as
 * `enum` runs so views can set them apart; the runs always concatenate back to the text exactly.
 */
import type { Inline } from './model.ts';
import { chineseNumber, circledNumber } from './numerals.ts';

const ENUM_WORD = /^([一二三四五六七八九十]{1,2})是/;
const ENUM_ANYWHERE = /([\u2460-\u2473])|([一二三四五六七八九十]{1,2})是/g;
/** An enumeration word (二是) only counts after a clause boundary, not inside a word (唯一是). */
const BOUNDARY = '。；：，！？;:,';

/** The marker a paragraph opens with: ① (circled) or 一是. */
export interface OpeningMarker {
  text: string;
  ordinal: number;
  circled: boolean;
}

export function openingMarker(text: string): OpeningMarker | null {
  const circled = circledNumber(text[0] ?? '');
  if (circled !== null) return { text: text[0]!, ordinal: circled, circled: true };
  const m = ENUM_WORD.exec(text);
  const ordinal = m ? chineseNumber(m[1]!) : null;
  return m && ordinal !== null ? { text: m[0], ordinal, circled: false } : null;
}

/**
 * Splits running text at enumeration markers: every circled number (①…⑳), and 一是/二是… after a
 * clause boundary when they count up from one (or on from the paragraph's own opening marker
 * `opened`, when it opened with 一是). A lone 一是 with no 二是 is left as text.
 */
export function enumRuns(text: string, opened: OpeningMarker | null = null): Inline[] {
  const marks: { index: number; length: number }[] = [];
  const words: { index: number; length: number }[] = [];
  const openedWord = opened !== null && !opened.circled;
  let expected = openedWord ? opened.ordinal + 1 : 1;
  for (const m of text.matchAll(ENUM_ANYWHERE)) {
    if (m[1]) {
      marks.push({ index: m.index, length: 1 });
      continue;
    }
    const before = m.index === 0 ? '' : text[m.index - 1]!;
    if (m.index > 0 && !BOUNDARY.includes(before)) continue;
    if (chineseNumber(m[2]!) !== expected) continue;
    words.push({ index: m.index, length: m[0].length });
    expected++;
  }
  if (words.length >= 2 || openedWord) marks.push(...words);
  marks.sort((a, b) => a.index - b.index);
  const runs: Inline[] = [];
  let at = 0;
  for (const { index, length } of marks) {
    if (index > at) runs.push({ text: text.slice(at, index) });
    runs.push({ text: text.slice(index, index + length), emphasis: 'enum' });
    at = index + length;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}
