/**
 * Character bigrams as the positional index keys them. A page's compact text (every segment's normalised
 * text without whitespace, each followed by SEGMENT_END) is indexed as the positions of its bigrams; the
 * end marker makes every character the first of some bigram, so a 1-character term is the union of the
 * bigrams that start with it (one contiguous key range), and no bigram spans two segments.
 */

/** Ends every segment in the compact page text; never part of a term (terms have no whitespace). */
export const SEGMENT_END = '\n';

/** Keys order bigrams by first then second code point: key = first × 0x110000 + second (< 2^42, exact). */
export const PLANE = 0x110000;

export function bigramKey(a: number, b: number): number {
  return a * PLANE + b;
}

/** The [lo, hi) key range of every bigram starting with code point `cp` (a 1-character term). */
export function firstCharRange(cp: number): [number, number] {
  return [cp * PLANE, (cp + 1) * PLANE];
}

/** One bigram a term needs: its key and its UTF-16 offset in the term. */
export interface TermGram {
  key: number;
  offset: number;
}

/**
 * The bigrams whose positions decide a term of two or more characters: non-overlapping pairs from the
 * start, and the last pair, so every character is covered. Positions of these bigrams at the right
 * offsets from one start are necessary and sufficient for the term to occur there.
 */
export function termCover(term: string): TermGram[] {
  const cps = Array.from(term);
  const offsets: number[] = [];
  let o = 0;
  for (const c of cps) {
    offsets.push(o);
    o += c.length;
  }
  const at: number[] = [];
  for (let i = 0; i + 1 < cps.length; i += 2) at.push(i);
  if (cps.length >= 2 && at[at.length - 1] !== cps.length - 2) at.push(cps.length - 2);
  return at.map((i) => ({ key: bigramKey(cps[i]!.codePointAt(0)!, cps[i + 1]!.codePointAt(0)!), offset: offsets[i]! }));
}
