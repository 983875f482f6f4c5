/**
 * Which way is better, per indicator: the one table the ledger and the plan charts read. A rule matches
 * the indicator's name (a report indicator's label, or a plan table's indicator name as written); the
 * first matching rule wins, so specific ones come first. The direction applies to the figure as the
 * target writes it: 能耗降低2.5% states a reduction, so a larger figure is better.
 */
export type Direction = 'higher' | 'lower' | 'ceiling' | 'band';

export interface DirectionRule {
  pattern: RegExp;
  direction: Direction;
  /** What the reader is told, in the ledger's 方向 column. */
  reading: string;
}

export const DIRECTION_WORDS: Record<Direction, string> = {
  higher: '越高越好',
  lower: '越低越好',
  ceiling: '上限',
  band: '区间',
};

export const DIRECTION_RULES: readonly DirectionRule[] = [
  { pattern: /失业率/, direction: 'ceiling', reading: '上限：实际不高于目标即达成' },
  { pattern: /居民消费价格|消费价格指数|CPI|物价/, direction: 'ceiling', reading: '上限：涨幅不高于目标即达成（更低不等于更好）' },
  { pattern: /国际收支/, direction: 'band', reading: '区间：基本平衡，顺差逆差都不宜过大' },
  { pattern: /死亡率|浓度|PM2\.5|劣Ⅴ类|劣V类/, direction: 'lower', reading: '越低越好' },
  { pattern: /能耗|能源消耗降低|排放降低|排放强度|节能/, direction: 'higher', reading: '目标写作降幅：降得越多越好' },
  { pattern: /[\s\S]/, direction: 'higher', reading: '越高越好' },
];

export interface DirectionOf {
  direction: Direction;
  word: string;
  reading: string;
}

export function directionOf(name: string): DirectionOf {
  const rule = DIRECTION_RULES.find((r) => r.pattern.test(name))!;
  return { direction: rule.direction, word: DIRECTION_WORDS[rule.direction], reading: rule.reading };
}
