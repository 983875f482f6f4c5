/**
 * Precision and recall of "changed" against the labelled set (tests/compare/labelled.ts): 335 sentences
 * of B from five pairs, each labelled by three annotators; the set's label is their majority:
 * hunan-2024 → hunan-2025, national-2024 → hubei-2024, hunan-2025 → hunan-2026 (a real report of the next
 * year, kept as a fixture), hubei-2024 → hubei-2026 and hunan-2024 → hunan-2026 (two years apart).
 * The thresholds of src/compare/align.ts were first chosen on the fit half of the first two pairs (even
 * entries); the held-out half (odd entries) was not looked at while choosing them. The third pair is not
 * held out: two rules (a result of A's review never pairs with a task of B's next year; sections pair by
 * their text) and the paragraph pass were built while reading its errors, and the thresholds of the last
 * two were set looking at all three pairs. The fourth pair was labelled after that (and after step 6's
 * thresholds were set on the first three), blind to labels and output; the fifth pair later still, with the
 * alignment unchanged: they are the pairs held out.
 * Goal of issue 19: recall ≥ 80 % with precision ≥ 90 %. Precision meets it on both halves and on the first
 * three pairs, not on the held-out pairs (73.9 % and 76.0 %); recall meets it nowhere (75.0 % fit, 54.2 %
 * held-out half, 38.6 % and 48.7 % on the held-out pairs when this was written: the misses are rewrites that
 * share little wording, which a measure of shared characters cannot see). So the figures below the goal are
 * held at the measured value, so that any regression shows.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, HELD_OUT_PAIRS, LABELLED, likelyLinks } from './labelled.ts';

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

  const { fit, heldOut, heldOutPairs, all, byPair, likely, rows: alignments, verdicts } = evaluate();
  const pairOf = (v: (typeof verdicts)[number]) => `${v.item.a} → ${v.item.b}`;
  /** The pair labelled at commit 4c6f2d9, after the likely counterparts' figures below were first measured. */
  const FIFTH = 'hunan-2024 → hunan-2026';
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
      [line('fit', fit), line('held-out', heldOut), line('held-out pairs', heldOutPairs), line('all', all), ...pairs, ...each].join('\n'),
    );
    expect(fit.precision).toBeGreaterThanOrEqual(0.9);
    expect(heldOut.precision).toBeGreaterThanOrEqual(0.9);
    expect(byPair.size).toBe(5);
    for (const [pair, s] of byPair) if (!HELD_OUT_PAIRS.has(pair)) expect(s.precision, pair).toBeGreaterThanOrEqual(0.9);
  });

  it('the held-out pairs held at their measured 73.9 % and 76.0 % precision (75.0 % together; the goal: 90 %)', () => {
    expect(heldOutPairs.n).toBe(120);
    expect(heldOutPairs.precision).toBeGreaterThanOrEqual(0.75);
    expect(heldOutPairs.recall).toBeGreaterThanOrEqual(0.433);
    const floors: Record<string, number> = { 'hubei-2024 → hubei-2026': 0.739, [FIFTH]: 0.76 };
    expect(Object.keys(floors).sort()).toEqual([...HELD_OUT_PAIRS].sort());
    for (const pair of HELD_OUT_PAIRS) expect(byPair.get(pair)!.precision, pair).toBeGreaterThanOrEqual(floors[pair]!);
  });

  it('recall held at the measured 75.0 % (fit), 54.2 % (held-out) and per pair (the goal: 80 %)', () => {
    expect(fit.recall).toBeGreaterThanOrEqual(0.75);
    expect(heldOut.recall).toBeGreaterThanOrEqual(0.541);
    const floors: Record<string, number> = {
      'hunan-2024 → hunan-2025': 0.716,
      'national-2024 → hubei-2024': 0.44,
      'hunan-2025 → hunan-2026': 0.695,
      'hubei-2024 → hubei-2026': 0.386,
      [FIFTH]: 0.487,
    };
    expect(Object.keys(floors).sort()).toEqual([...byPair.keys()].sort());
    for (const [pair, s] of byPair) expect(s.recall, pair).toBeGreaterThanOrEqual(floors[pair]!);
  });

  it('likely counterparts (not counted as changed): 14 of 16 links right on the first four pairs, 2 of 3 on the fifth; with them 64.7 % of rewrites are found', () => {
    const firstFour = likelyLinks(verdicts.filter((v) => pairOf(v) !== FIFTH));
    const fifth = likelyLinks(verdicts.filter((v) => pairOf(v) === FIFTH));
    console.log(
      `likely counterparts: ${likely.right} of ${likely.links} links name a labelled counterpart (first four pairs ${firstFour.right} of ${firstFour.links}, fifth ${fifth.right} of ${fifth.links}); rewrites found as changed or by a link: ${pct(likely.reach)}`,
    );
    expect(firstFour.links).toBe(16);
    expect(firstFour.right).toBeGreaterThanOrEqual(14);
    expect(firstFour.reach).toBeGreaterThanOrEqual(0.67);
    expect(fifth.links).toBeGreaterThan(0);
    expect(fifth.right / fifth.links).toBeGreaterThanOrEqual(2 / 3);
    expect(likely.reach).toBeGreaterThanOrEqual(0.647);
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
    // sentence of A's own review, and then only these two: one annotator 1 labelled a rewrite of that review
    // sentence (以重大平台支撑创新突破，“4+4科创工程”全部实体化运行…), and one of the fifth pair, an error
    // counted in its precision (城乡低保标准分别提高48%、45.5% paired with A's 城镇新增就业76.5万人，城乡居民收入…).
    const changed = verdicts.filter((v) => v.label === 'promise-result' && v.predicted === 'changed');
    expect(changed.map((v) => v.item.sentence.slice(0, 16))).toEqual(['长株潭国家自主创新示范区加快建设', '城乡低保标准分别提高48%、45']);
    expect(changed.every((v) => v.old !== '' && !v.item.counterpart.some((c) => v.old.includes(c)))).toBe(true);
  });
});
