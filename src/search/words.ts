/**
 * What a "word" is in our Pagefind index, shared by the indexer, the search page, the concordance lookup and
 * the tests. Pagefind knows nothing of Chinese exactness: it is given ASCII words it cannot stem, split or
 * strip, and its per-word locations do the adjacency check.
 *
 * A segment (paragraph, heading, list item, table cell) is normalised (search/text.ts), its whitespace
 * removed, and followed by an end marker; every position of that compact text becomes one word: the
 * character there and the next one (the last character is paired with the marker). Word i of a record is
 * therefore the bigram starting at code point i of the record's compact text, so Pagefind's location of a
 * word is a character offset. Each code point is written as 4 base-36 digits (0x10FFFF < 36⁴), the marker
 * as "zzzz" (beyond every code point), so every word is 8 lower-case letters or digits: no word is a prefix
 * of another, and the 4-digit code of one character is a prefix of exactly the bigrams starting with it
 * (how a 1-character query is answered: Pagefind extends a query word to the words it begins).
 *
 * A term of two or more characters occurs at offset p when each of its bigrams occurs at p, p+1, …:
 * necessary and sufficient. Every bigram is needed: checking every other one (高质, 量发, 发展 of 高质量发展)
 * spells every character but leaves the skipped joins unchecked, and a segment end can fall on one — “…高质”
 * ending a paragraph and “量发展…” opening the next matched (the word at the join is 质+end marker, never looked
 * at). No bigram crosses a segment end, so with all of them no match does.
 */

/** Base-36 digits per code point. */
export const CODE_DIGITS = 4;
/** Pairs with the last character of a segment; never a code point (36⁴ − 1 > 0x10FFFF). */
export const SEGMENT_END = 'zzzz';

export function codeOf(cp: number): string {
  return cp.toString(36).padStart(CODE_DIGITS, '0');
}

/** The words of one segment's compact text (normalised, no whitespace): one per code point. */
export function segmentWords(compactText: string): string[] {
  const codes = Array.from(compactText, (ch) => codeOf(ch.codePointAt(0)!));
  return codes.map((c, i) => c + (codes[i + 1] ?? SEGMENT_END));
}

/** Length of a term in code points (= in words). */
export const codeLength = (term: string) => Array.from(term).length;

/** How one term is looked up: the Pagefind words to search and the offset of each in the term. */
export interface TermPlan {
  term: string;
  /** Code points of the term. */
  length: number;
  /** One word (a 4-digit prefix for a 1-character term) per search, with its offset in the term. */
  words: Array<{ word: string; offset: number }>;
}

export function termPlan(term: string): TermPlan {
  const codes = Array.from(term, (ch) => codeOf(ch.codePointAt(0)!));
  if (codes.length === 1) return { term, length: 1, words: [{ word: codes[0]!, offset: 0 }] };
  // Every bigram, so that every join between two characters is checked (see the header).
  return { term, length: codes.length, words: codes.slice(0, -1).map((c, i) => ({ word: c + codes[i + 1]!, offset: i })) };
}

/**
 * Start offsets of a term in one record, from the locations of its plan's words there (each ascending):
 * the starts where every word sits at its offset.
 */
export function termStarts(plan: TermPlan, locations: ReadonlyArray<readonly number[]>): number[] {
  let starts = locations[0]!.map((l) => l - plan.words[0]!.offset);
  for (let k = 1; k < plan.words.length && starts.length; k++) {
    const have = new Set(locations[k]);
    const offset = plan.words[k]!.offset;
    starts = starts.filter((s) => have.has(s + offset));
  }
  return starts;
}

/** Non-overlapping occurrences among ascending starts, left to right (as a reader counts, as indexOf does). */
export function countNonOverlapping(starts: readonly number[], length: number): number {
  let count = 0;
  let end = -Infinity;
  for (const s of starts) {
    if (s >= end) {
      count++;
      end = s + length;
    }
  }
  return count;
}
