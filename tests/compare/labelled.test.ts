/**
 * Precision and recall of "changed" against the labelled set (tests/compare/labelled.ts): 275 sentences
 * of B from four pairs, each labelled by three annotators; the set's label is their majority:
 * hunan-2024 → hunan-2025, national-2024 → hubei-2024, hunan-2025 → hunan-2026 (a real report of the next
 * year, kept as a fixture) and hubei-2024 → hubei-2026 (two years apart, a real report kept as a fixture).
 * The thresholds of src/compare/align.ts were first chosen on the fit half of the first two pairs (even
 * entries); the held-out half (odd entries) was not looked at while choosing them. The third pair is not
 * held out: two rules (a result of A's review never pairs with a task of B's next year; sections pair by
 * their text) and the paragraph pass were built while reading its errors, and the thresholds of the last
 * two were set looking at all three pairs. The fourth pair was labelled after that (and after step 6's
 * thresholds were set on the first three), blind to labels and output: it is the pair held out.
 * Goal of issue 19: recall ≥ 80 % with precision ≥ 90 %. Precision meets it on both halves and on the first
 * three pairs, not on the held-out pair (73.9 %); recall meets it nowhere (75.0 % fit, 54.2 % held-out half,
 * 38.6 % held-out pair when this was written: the misses are rewrites that share little wording, which a
 * measure of shared characters cannot see). So the figures below the goal are held at the measured value,
 * so that any regression shows.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, LABELLED } from './labelled.ts';

describe('labelled set', () => {
  it('has at least 150 sentences from at least two pairs, three annotators each, the label their majority', () => {
    expect(LABELLED.length).toBeGreaterThanOrEqual(150);
    expect(new Set(LABELLED.map((x) => `${x.a}→${x.b}`)).size).toBeGreaterThanOrEqual(2);
    for (const x of LABELLED) {
      expect(x.annotators, x.sentence).toHaveLength(3);
      const votes = x.annotators.map((a) => a.label);
      const top = [...new Set(votes)].find((l) => votes.filter((v) => v === l).length >= 2);
      expect(x.label, x.sentence).toBe(top ?? 'disputed');
      for (const a of x.annotators) expect(a.counterpart.length > 0, x.sentence).toBe(a.label !== 'none');
      expect(x.counterpart.length > 0, x.sentence).toBe(x.label === 'rewrite' || x.label === 'promise-result');
    }
  });

  const { fit, heldOut, heldOutPair, all, byPair, likely, rows: alignments, verdicts } = evaluate();
  const HELD_OUT_PAIR = 'hubei-2024 → hubei-2026';
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  const line = (name: string, s: typeof fit) =>
    `${name}: precision ${pct(s.precision)}, recall ${pct(s.recall)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn}, n ${s.n})`;

  it('finds every labelled sentence in its document', () => {
    expect(verdicts.filter((v) => v.predicted === 'missing').map((v) => v.item.sentence)).toEqual([]);
  });

  it('precision ≥ 90 % on both halves and on the first three pairs against the majority (the goal)', () => {
    const each = [0, 1, 2].map((k) => line(`annotator ${k + 1}, all`, evaluate(undefined, k).all));
    const pairs = [...byPair].map(([pair, s]) => line(pair, s));
    console.log(
      [line('fit', fit), line('held-out', heldOut), line('held-out pair', heldOutPair), line('all', all), ...pairs, ...each].join('\n'),
    );
    expect(fit.precision).toBeGreaterThanOrEqual(0.9);
    expect(heldOut.precision).toBeGreaterThanOrEqual(0.9);
    expect(byPair.size).toBe(4);
    for (const [pair, s] of byPair) if (pair !== HELD_OUT_PAIR) expect(s.precision, pair).toBeGreaterThanOrEqual(0.9);
  });

  it('the held-out pair held at its measured 73.9 % precision and 38.6 % recall (the goal: 90 % and 80 %)', () => {
    expect(heldOutPair).toEqual(byPair.get(HELD_OUT_PAIR));
    expect(heldOutPair.n).toBe(60);
    expect(heldOutPair.precision).toBeGreaterThanOrEqual(0.739);
    expect(heldOutPair.recall).toBeGreaterThanOrEqual(0.386);
  });

  it('recall held at the measured 75.0 % (fit), 54.2 % (held-out) and per pair (the goal: 80 %)', () => {
    expect(fit.recall).toBeGreaterThanOrEqual(0.75);
    expect(heldOut.recall).toBeGreaterThanOrEqual(0.541);
    const floors: Record<string, number> = {
      'hunan-2024 → hunan-2025': 0.716,
      'national-2024 → hubei-2024': 0.44,
      'hunan-2025 → hunan-2026': 0.695,
      [HELD_OUT_PAIR]: 0.386,
    };
    for (const [pair, s] of byPair) expect(s.recall, pair).toBeGreaterThanOrEqual(floors[pair]!);
  });

  it('likely counterparts (not counted as changed): 14 of 16 links right; with them 67.0 % of rewrites are found', () => {
    console.log(
      `likely counterparts: ${likely.right} of ${likely.links} links name a labelled counterpart; rewrites found as changed or by a link: ${pct(likely.reach)}`,
    );
    expect(likely.links).toBeGreaterThan(0);
    expect(likely.right / likely.links).toBeGreaterThanOrEqual(0.875);
    expect(likely.reach).toBeGreaterThanOrEqual(0.67);
    expect(likely.reach).toBeGreaterThan(all.recall);
  });

  it('a likely counterpart is a sentence of A left unpaired, linked from one sentence of B only, never beside a promise link', () => {
    for (const [pair, rows] of alignments) {
      const paired = new Set(rows.flatMap((r) => (r.status === 'same' ? [r.a] : r.status === 'changed' ? [r.a, r.aEnd] : [])));
      const targets = rows.flatMap((r) => (r.status === 'added' && r.likely !== undefined ? [r.likely] : []));
      expect(targets.length, pair).toBeGreaterThan(0);
      expect(
        targets.filter((t) => paired.has(t)),
        pair,
      ).toEqual([]);
      expect(new Set(targets).size, pair).toBe(targets.length);
      expect(rows.filter((r) => r.status === 'added' && r.likely !== undefined && r.promise !== undefined)).toEqual([]);
    }
  });

  it('never shows a task of A and its result in B as one changed sentence', () => {
    const paired = verdicts.filter(
      (v) => v.label === 'promise-result' && v.predicted === 'changed' && v.item.counterpart.some((c) => v.old.includes(c)),
    );
    expect(paired.map((v) => v.item.sentence)).toEqual([]);
    // A result sentence the majority reads as answering a task is shown as changed only where it pairs with a
    // sentence of A's own review, and then only this one, which annotator 1 labelled a rewrite of that
    // review sentence (以重大平台支撑创新突破，“4+4科创工程”全部实体化运行…).
    const changed = verdicts.filter((v) => v.label === 'promise-result' && v.predicted === 'changed');
    expect(changed.map((v) => v.item.sentence.slice(0, 16))).toEqual(['长株潭国家自主创新示范区加快建设']);
  });
});
