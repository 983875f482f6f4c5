/**
 * 同段 / 同句: a query of several terms limited to one paragraph (segment) or one sentence, as legal
 * databases offer. A record's compact text is cut into ranges (its segments, or their sentences: a
 * sentence ends after 。！？!?； or at the segment's end); a range matches when every term starts and ends
 * inside it, and the occurrences counted are those inside matching ranges. Offsets are code points of the
 * record's compact text, as Pagefind's locations are (search/words.ts).
 */
import { compact, normalizeText, type CharTable } from './text.ts';
import { countNonOverlapping } from './words.ts';

import type { Scope } from './records.ts';

export { SCOPES, type Scope } from './records.ts';
const SENTENCE_END = /[。！？!?；]/u;

/** [start, end) code-point ranges of a record's segments (or sentences), from its displayed segment texts. */
export function scopeRanges(texts: readonly string[], scope: Exclude<Scope, 'page'>, table?: CharTable): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let offset = 0;
  for (const text of texts) {
    const chars = Array.from(compact(normalizeText(text, table)).text);
    if (chars.length === 0) continue;
    if (scope === 'paragraph') ranges.push([offset, offset + chars.length]);
    else {
      let start = 0;
      chars.forEach((ch, i) => {
        if (SENTENCE_END.test(ch) || i === chars.length - 1) {
          ranges.push([offset + start, offset + i + 1]);
          start = i + 1;
        }
      });
    }
    offset += chars.length;
  }
  return ranges;
}

/** Occurrences inside the ranges that hold every term, and the first of them (null: no range matches). */
export function scopedMatch(
  ranges: ReadonlyArray<[number, number]>,
  terms: ReadonlyArray<{ length: number; starts: readonly number[] }>,
): { count: number; first: number } | null {
  let count = 0;
  let first = Infinity;
  for (const [a, b] of ranges) {
    const inside = terms.map((t) => t.starts.filter((s) => s >= a && s + t.length <= b));
    if (inside.some((s) => s.length === 0)) continue;
    inside.forEach((s, k) => {
      count += countNonOverlapping(s, terms[k]!.length);
      first = Math.min(first, s[0]!);
    });
  }
  return count ? { count, first } : null;
}
