/**
 * Units of target figures, normalised so one indicator is one row: a quantity written in 万亿斤 and one
 * written in 亿斤 are the same measure (1.3万亿斤 = 1.3 × 10⁴ 亿斤 = 13,000亿斤, since 万亿 = 10¹² and
 * 亿 = 10⁸). Each unit belongs to a family with a base unit; rates (%, 个百分点) have no family: a
 * percentage and a change in percentage points are different measures and are never converted.
 */

/** [unit as written, family base unit, how many base units one unit is]. */
export const UNIT_TABLE: readonly (readonly [string, string, number])[] = [
  ['万亿斤', '亿斤', 1e4],
  ['亿斤', '亿斤', 1],
  ['万斤', '亿斤', 1e-4],
  ['万亿元', '亿元', 1e4],
  ['亿元', '亿元', 1],
  ['万元', '亿元', 1e-4],
  ['万人', '万人', 1],
  ['人', '万人', 1e-4],
  ['万吨', '万吨', 1],
  ['吨', '万吨', 1e-4],
  ['万千瓦', '万千瓦', 1],
  ['千瓦', '万千瓦', 1e-4],
  ['%', '%', 1],
  ['％', '%', 1],
  ['个百分点', '个百分点', 1],
  ['百分点', '个百分点', 1],
];

export interface Quantity {
  value: number;
  valueMax: number | null;
  unit: string | null;
}

/** The family base unit of a unit as written (null: the unit is kept as it is). */
export const baseUnit = (unit: string | null): string | null => UNIT_TABLE.find(([u]) => u === unit)?.[1] ?? unit;

/** Rounds away binary noise (1.3 × 10⁴ = 13000.000000000002) without losing a written digit. */
const clean = (n: number) => Number(n.toPrecision(12));

/** A figure converted from its unit to `to` (same family), or undefined when they are not convertible. */
export function convert(q: Quantity, to: string | null): Quantity | undefined {
  if (q.unit === to) return q;
  const from = UNIT_TABLE.find(([u]) => u === q.unit);
  const target = UNIT_TABLE.find(([u]) => u === to);
  if (!from || !target || from[1] !== target[1]) return undefined;
  const k = from[2] / target[2];
  return { value: clean(q.value * k), valueMax: q.valueMax === null ? null : clean(q.valueMax * k), unit: to };
}

/**
 * The unit an indicator's row shows its figures in: among the units it is written in, the one most used
 * (ties: the smaller unit, so figures do not become fractions); figures in other units of its family are
 * converted to it. Null when the indicator has no unit at all.
 */
export function displayUnit(units: readonly (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const u of units) if (u !== null) counts.set(u, (counts.get(u) ?? 0) + 1);
  const scale = (u: string) => UNIT_TABLE.find(([x]) => x === u)?.[2] ?? 1;
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || scale(a[0]) - scale(b[0]));
  return ranked[0]?.[0] ?? null;
}

/** A number as Chinese reports write it in tables: no exponent, thousands not grouped, at most 4 decimals. */
export const formatNumber = (n: number): string => String(Number(n.toFixed(4)));
