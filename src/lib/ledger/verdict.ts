/**
 * Met or not: a target against the outcome reported for it, read with the indicator's direction
 * (./direction.ts). The rule, in order:
 * 1. No outcome (none reported, 不再公布, -) → no-outcome.
 * 2. A bound written with the target (以上, 不低于, ＞, ≥ / 以内, 以下, 不超过, ＜, ≤) decides: the outcome must
 *    lie on its side of the figure (strictly for ＞ 超过 高于 ＜ 低于).
 * 3. Otherwise the direction decides: higher → at least the figure (a range's lower end); lower or ceiling
 *    → at most the figure (a range's upper end); band → within the range. 左右 (about) gets no tolerance:
 *    the gap is shown, so a reader sees 4.8 against 6%左右 as 1.2 points short.
 * 4. A target without a number: 高于/快于经济增速 → the outcome above the same year's growth outcome;
 *    同步 → not below it; 完成…任务 → met when the outcome says 完成. Anything else cannot be judged.
 */
import type { Direction } from './direction.ts';

export type Bound = '>' | '>=' | '<' | '<=';

export interface Goal {
  value: number | null;
  valueMax: number | null;
  bound: Bound | null;
  /** As written (for text targets). */
  text: string;
}
export interface Outcome {
  value: number | null;
  text: string;
}

export type VerdictKind = 'met' | 'not-met' | 'no-outcome' | 'not-assessable';
export const VERDICT_WORDS: Record<VerdictKind, string> = {
  met: '已达成',
  'not-met': '未达成',
  'no-outcome': '无实际数',
  'not-assessable': '无法判定',
};

export interface Verdict {
  kind: VerdictKind;
  word: string;
  /** Why, in one short sentence. */
  why: string;
  /** Outcome minus the figure it was judged against (null when no figure). */
  gap: number | null;
}

/** The bound a qualifier or comparator writes: 以上 ≥, 以内 ≤, ＞ >, … (null: 左右 or none). */
export function boundOf(word: string | null): Bound | null {
  if (!word) return null;
  if (/^(?:＞|>|超过|高于)$/.test(word)) return '>';
  if (/^(?:≥|⩾|以上|及以上|不低于|不少于|力争)$/.test(word)) return '>=';
  if (/^(?:＜|<|低于)$/.test(word)) return '<';
  if (/^(?:≤|⩽|以内|以下|不超过|不高于)$/.test(word)) return '<=';
  return null;
}

const verdict = (kind: VerdictKind, why: string, gap: number | null = null): Verdict => ({ kind, word: VERDICT_WORDS[kind], why, gap });
const round = (n: number) => Number(n.toFixed(4));

/** Judges one target. `reference`: the same region and year's economic growth outcome, for relative targets. */
export function judge(goal: Goal, outcome: Outcome | undefined, direction: Direction, reference?: number | null): Verdict {
  if (!outcome || (outcome.value === null && !/完成/.test(outcome.text))) {
    const said = outcome?.text.trim();
    return verdict('no-outcome', said && !/^[-—–－]?$/.test(said) ? `实际情况：${said}` : '报告未列出实际数');
  }
  if (goal.value === null) {
    if (/完成[^，；。]*(?:任务|目标)/.test(goal.text) && /完成/.test(outcome.text)) return verdict('met', '目标为完成任务，报告称已完成');
    const relative = /(?:高于|快于|跑赢)[^，；。]*(?:经济|GDP|生产总值)/.test(goal.text) ? 'above' : /同步/.test(goal.text) ? 'with' : null;
    if (relative && outcome.value !== null && reference !== undefined && reference !== null) {
      const gap = round(outcome.value - reference);
      const ok = relative === 'above' ? gap > 0 : gap >= 0;
      return verdict(ok ? 'met' : 'not-met', `对照同年经济增长${reference}%：${relative === 'above' ? '要求更高' : '要求不低于'}`, gap);
    }
    return verdict('not-assessable', relative ? '缺少同年经济增长的实际数' : '目标没有可比的数值');
  }
  const o = outcome.value;
  if (o === null) return verdict('not-assessable', '实际情况没有数值');
  const lo = goal.value;
  const hi = goal.valueMax ?? goal.value;
  const check = (ok: boolean, against: number, how: string) => verdict(ok ? 'met' : 'not-met', how, round(o - against));
  switch (goal.bound) {
    case '>':
      return check(o > lo, lo, `须高于${lo}`);
    case '>=':
      return check(o >= lo, lo, `须不低于${lo}`);
    case '<':
      return check(o < hi, hi, `须低于${hi}`);
    case '<=':
      return check(o <= hi, hi, `须不高于${hi}`);
  }
  if (direction === 'higher') return check(o >= lo, lo, `越高越好：须不低于${lo}`);
  if (direction === 'band') {
    const inside = o >= lo && o <= hi;
    return check(inside, o < lo ? lo : hi, `须在${lo}至${hi}之间`);
  }
  return check(o <= hi, hi, `${direction === 'ceiling' ? '上限' : '越低越好'}：须不高于${hi}`);
}
