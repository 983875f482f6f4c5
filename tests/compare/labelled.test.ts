/**
 * Precision and recall of "changed" against the labelled set (tests/compare/labelled.ts): 215 sentences
 * of B from hunan-2024 → hunan-2025, national-2024 → hubei-2024 and hunan-2025 → hunan-2026 (the last a
 * real report of the next year, kept as a fixture), each labelled by three annotators; the set's label is
 * their majority. The thresholds of src/compare/align.ts were first chosen on the fit half of the first two
 * pairs (even entries); the held-out half (odd entries) was not looked at while choosing them. The third
 * pair is not held out: two rules (a result of A's review never pairs with a task of B's next year; sections
 * pair by their text) and the paragraph pass were built while reading its errors, and the thresholds of
 * the last two were set looking at all three pairs. The leftover step (align.ts 4b) was chosen looking at
 * all three pairs and both halves, so since then no half is strictly held out. Goal of issue 19: recall
 * ≥ 80 % with precision ≥ 90 %. Precision meets it on both halves and on each pair; recall meets it on the
 * fit half and on hunan-2024 → hunan-2025, not on the others (68.8 % held-out, 60.0 % national → Hubei,
 * 73.9 % Hunan 2025 → 2026 when this was written: the misses are rewrites that share little wording, which a
 * measure of shared characters cannot see), so recall is held at the measured figures, so that any
 * regression shows, not at the goal.
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

  const { fit, heldOut, all, byPair, verdicts } = evaluate();
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  const line = (name: string, s: typeof fit) =>
    `${name}: precision ${pct(s.precision)}, recall ${pct(s.recall)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn}, n ${s.n})`;

  it('finds every labelled sentence in its document', () => {
    expect(verdicts.filter((v) => v.predicted === 'missing').map((v) => v.item.sentence)).toEqual([]);
  });

  it('precision ≥ 90 % on both halves and on each pair against the majority (the goal)', () => {
    const each = [0, 1, 2].map((k) => line(`annotator ${k + 1}, all`, evaluate(undefined, k).all));
    const pairs = [...byPair].map(([pair, s]) => line(pair, s));
    console.log([line('fit', fit), line('held-out', heldOut), line('all', all), ...pairs, ...each].join('\n'));
    expect(fit.precision).toBeGreaterThanOrEqual(0.9);
    expect(heldOut.precision).toBeGreaterThanOrEqual(0.9);
    expect(byPair.size).toBe(3);
    for (const [pair, s] of byPair) expect(s.precision, pair).toBeGreaterThanOrEqual(0.9);
  });

  it('recall at the measured 81.8 % (fit), 68.8 % (held-out) and per pair; the goal of 80 % is not met on all', () => {
    expect(fit.recall).toBeGreaterThanOrEqual(0.818);
    expect(heldOut.recall).toBeGreaterThanOrEqual(0.687);
    const floors: Record<string, number> = {
      'hunan-2024 → hunan-2025': 0.805,
      'national-2024 → hubei-2024': 0.6,
      'hunan-2025 → hunan-2026': 0.739,
    };
    for (const [pair, s] of byPair) expect(s.recall, pair).toBeGreaterThanOrEqual(floors[pair]!);
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
