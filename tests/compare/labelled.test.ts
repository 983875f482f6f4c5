/**
 * Precision and recall of "changed" against the labelled set (tests/compare/labelled.ts): 155 sentences
 * of B from hunan-2024 → hunan-2025 and national-2024 → hubei-2024, each labelled by reading both texts.
 * The thresholds of src/compare/align.ts were chosen on the fit half (even entries of each pair); the
 * held-out half (odd entries) was not looked at while choosing. Goal of issue 19: recall ≥ 80 % with
 * precision ≥ 90 %. Precision meets it on both halves; recall does not (77.8 % fit, 65.7 % held-out when
 * this was written: the misses are rewrites that share little wording, see the report in issue 19), so
 * recall is held at the measured figures, so that any regression shows, not at the goal.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, LABELLED } from './labelled.ts';

describe('labelled set', () => {
  it('has at least 150 sentences from at least two pairs, every rewrite naming its counterpart', () => {
    expect(LABELLED.length).toBeGreaterThanOrEqual(150);
    expect(new Set(LABELLED.map((x) => `${x.a}→${x.b}`)).size).toBeGreaterThanOrEqual(2);
    for (const x of LABELLED) {
      expect(['rewrite', 'none', 'promise-result']).toContain(x.label);
      expect(x.counterpart.length > 0, x.sentence).toBe(x.label !== 'none');
    }
  });

  const { fit, heldOut, all, verdicts } = evaluate();
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  const line = (name: string, s: typeof fit) =>
    `${name}: precision ${pct(s.precision)}, recall ${pct(s.recall)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn}, n ${s.n})`;

  it('finds every labelled sentence in its document', () => {
    expect(verdicts.filter((v) => v.predicted === 'missing').map((v) => v.item.sentence)).toEqual([]);
  });

  it('precision ≥ 90 % on both halves (the goal)', () => {
    console.log([line('fit', fit), line('held-out', heldOut), line('all', all)].join('\n'));
    expect(fit.precision).toBeGreaterThanOrEqual(0.9);
    expect(heldOut.precision).toBeGreaterThanOrEqual(0.9);
  });

  it('recall at the measured 77.8 % (fit) and 65.7 % (held-out); the goal of 80 % is not met', () => {
    expect(fit.recall).toBeGreaterThanOrEqual(0.777);
    expect(heldOut.recall).toBeGreaterThanOrEqual(0.656);
  });

  it('never calls a promise-result pair "changed"', () => {
    expect(verdicts.filter((v) => v.item.label === 'promise-result' && v.predicted === 'changed').map((v) => v.item.sentence)).toEqual([]);
  });
});
