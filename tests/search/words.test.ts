import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SEGMENT_END, codeOf, countNonOverlapping, segmentWords, termPlan, termStarts } from '../../src/search/words.ts';

/** Where the plan's words sit in a record made of these segments (what Pagefind's locations say). */
function locate(segments: string[], plan: ReturnType<typeof termPlan>): number[][] {
  const words = segments.flatMap(segmentWords);
  return plan.words.map(({ word }) => words.flatMap((w, i) => (w.startsWith(word) ? [i] : [])));
}

/** Code-point starts of a term in the segments, as a plain scan (a match never crosses a segment). */
function scan(segments: string[], term: string): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const s of segments) {
    const cps = Array.from(s);
    const t = Array.from(term);
    for (let i = 0; i + t.length <= cps.length; i++) if (t.every((c, k) => cps[i + k] === c)) starts.push(offset + i);
    offset += cps.length;
  }
  return starts;
}

describe('bigram words', () => {
  it('gives one 8-character word per code point, the last paired with the end marker', () => {
    const words = segmentWords('总则𠀀');
    expect(words).toHaveLength(3);
    expect(words.every((w) => /^[0-9a-z]{8}$/.test(w))).toBe(true);
    expect(words[2]).toBe(codeOf(0x20000) + SEGMENT_END);
    expect(words[0]!.slice(4)).toBe(words[1]!.slice(0, 4));
  });

  it('never gives the end marker to a code point', () => {
    expect(codeOf(0x10ffff) < SEGMENT_END).toBe(true);
    expect(codeOf(0x10ffff)).toHaveLength(4);
  });

  it('looks a term up by all its bigrams, so every join is checked', () => {
    expect(termPlan('高质量发展').words.map((w) => w.offset)).toEqual([0, 1, 2, 3]);
    expect(termPlan('总则').words.map((w) => w.offset)).toEqual([0]);
    expect(termPlan('湘').words).toEqual([{ word: codeOf('湘'.codePointAt(0)!), offset: 0 }]);
  });

  it('never matches across a segment end, even where the end falls between two bigrams of the term', () => {
    // “…高质” ends one segment and “量发展…” opens the next: 高质 at 0 and 量发 at 2 are there, 质量 at 1 is not.
    const plan = termPlan('高质量发展');
    expect(termStarts(plan, locate(['提高质', '量发展'], plan))).toEqual([]);
    expect(termStarts(plan, locate(['提高质量发展'], plan))).toEqual([1]);
  });

  it('finds exactly the starts a plain scan finds, within segments only', () => {
    const alphabet = fc.constantFrom('发', '展', '高', 'a', '𠀀');
    fc.assert(
      fc.property(
        fc.array(
          fc.array(alphabet, { minLength: 1, maxLength: 12 }).map((a) => a.join('')),
          { minLength: 1, maxLength: 4 },
        ),
        fc.array(alphabet, { minLength: 1, maxLength: 4 }).map((a) => a.join('')),
        // Half the terms are cut from the segments' joined text, so that many straddle a segment end.
        fc.boolean(),
        fc.nat(),
        fc.integer({ min: 2, max: 6 }),
        (segments, drawn, cut, at, length) => {
          const joined = Array.from(segments.join(''));
          const from = at % joined.length;
          const term = cut && from + 1 < joined.length ? joined.slice(from, from + length).join('') : drawn;
          const plan = termPlan(term);
          const starts = [...new Set(termStarts(plan, locate(segments, plan)))].sort((a, b) => a - b);
          expect(starts).toEqual(scan(segments, term));
        },
      ),
    );
  });

  it('counts occurrences without overlap, as indexOf does', () => {
    expect(countNonOverlapping([0, 1, 2], 2)).toBe(2); // 发发发 holds one 发发 and a second that overlaps it
    expect(countNonOverlapping([0, 2, 4], 2)).toBe(3);
  });
});
