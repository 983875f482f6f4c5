import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bestExcerpts, type RecordMatch } from '../../src/search/excerpts.ts';
import type { UnitSegments } from '../../src/search/records.ts';

/** Every start of `term` in `text` (overlapping ones too, as the index gives them). */
function allStarts(text: string, term: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1)) out.push(i);
  return out;
}
/** Non-overlapping occurrences, as a reader counts. */
const count = (text: string, term: string) => text.split(term).length - 1;

/** The index's view of a page of records (ASCII text without spaces: offsets are characters). */
function matches(records: UnitSegments[], terms: readonly string[]): Array<RecordMatch<number>> {
  return records
    .map((segs, rank) => {
      // Per segment, so no match crosses a segment end (as the index's end marker ensures).
      const starts = terms.map((t) => {
        const out: number[] = [];
        let offset = 0;
        for (const [, text] of segs) {
          out.push(...allStarts(text, t).map((s) => s + offset));
          offset += text.length;
        }
        return out;
      });
      return { record: rank, rank, starts, count: terms.reduce((n, t) => n + segs.reduce((m, [, x]) => m + count(x, t), 0), 0) };
    })
    .filter((r) => r.count > 0);
}

/** The truth, stated plainly: every segment of every record ranked, the best per anchor, the best three. */
function truth(records: UnitSegments[], terms: readonly string[]): Array<[string | null, number, number]> {
  const all = records.flatMap((segs, rank) =>
    segs.map(([anchor, text, heading], i) => ({
      anchor,
      text: heading ? 0 : 1,
      terms: terms.filter((t) => text.includes(t)).length,
      count: terms.reduce((n, t) => n + count(text, t), 0),
      order: rank * 1000 + i,
    })),
  );
  const rank = (a: (typeof all)[0], b: (typeof all)[0]) => b.text - a.text || b.terms - a.terms || b.count - a.count || a.order - b.order;
  const best = new Map<string | null, (typeof all)[0]>();
  for (const p of all.filter((p) => p.count > 0).sort(rank)) if (!best.has(p.anchor)) best.set(p.anchor, p);
  const top = [...best.values()].sort(rank).slice(0, 3);
  return top.filter((p) => p.text === 1 || top[0]!.text === 0).map((p) => [p.anchor, p.terms, p.count]);
}

const segment = fc.tuple(
  fc.constantFrom('p-1', 'p-2', 'p-3', 'p-4', 'p-5', 'p-6', 'h', null),
  fc.stringMatching(/^[abc]{1,12}$/),
  fc.boolean(),
);
const page = fc.array(
  fc.array(segment, { minLength: 1, maxLength: 4 }).map((segs) => segs.map(([a, t, h]) => (h ? [a, t, 1] : [a, t]) as UnitSegments[0])),
  { minLength: 1, maxLength: 8 },
);

describe('the best passages of a page', () => {
  it('are those a scan of every passage would choose, reading only the records it needs', async () => {
    let read = 0;
    let total = 0;
    await fc.assert(
      fc.asyncProperty(page, fc.constantFrom(['a'], ['ab'], ['ab', 'c'], ['aa', 'bc', 'ca']), async (records, terms) => {
        const ms = matches(records, terms);
        if (ms.length === 0) return;
        let loads = 0;
        const got = await bestExcerpts(ms, (r) => (loads++, Promise.resolve(records[r]!)), terms, 'page');
        expect(got.map((e) => [e.anchor, e.terms, e.count])).toEqual(truth(records, terms));
        read += loads;
        total += ms.length;
      }),
      { numRuns: 400, seed: 21 },
    );
    expect(read).toBeLessThan(total); // the bound saves reads
  });

  it('put text before a heading that holds more (shown only without text), and mark every occurrence in the window', async () => {
    const records: UnitSegments[] = [
      [
        ['chapter-1', '第一章 发展发展发展', 1],
        ['p-1', '推动高质量发展。'],
      ],
      [['p-2', '发展新质生产力，发展']],
    ];
    const terms = ['发展'];
    const ms: Array<RecordMatch<number>> = [
      { record: 0, rank: 0, starts: [[3, 5, 7, 14]], count: 4 },
      { record: 1, rank: 1, starts: [[0, 8]], count: 2 },
    ];
    const got = await bestExcerpts(ms, (r) => Promise.resolve(records[r]!), terms, 'page');
    expect(got.map((e) => e.anchor)).toEqual(['p-2', 'p-1']); // the heading only where no text holds a match
    const titleOnly = await bestExcerpts([ms[0]!], () => Promise.resolve([records[0]![0]!]), terms, 'page');
    expect(titleOnly.map((e) => [e.anchor, e.heading])).toEqual([['chapter-1', true]]);
    expect(got[0]!.parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['发展', '发展']);
  });

  it('under 同句 are sentences that hold every term', async () => {
    const records: UnitSegments[] = [
      [
        ['p-1', '发展经济。改革开放。'],
        ['p-2', '深化改革，推动发展。'],
      ],
    ];
    const ms: Array<RecordMatch<number>> = [
      {
        record: 0,
        rank: 0,
        starts: [
          [0, 17],
          [5, 12],
        ],
        count: 2,
      },
    ];
    const got = await bestExcerpts(ms, (r) => Promise.resolve(records[r]!), ['发展', '改革'], 'sentence');
    expect(got.map((e) => [e.anchor, e.count])).toEqual([['p-2', 2]]);
  });
});
