/**
 * Grouped bars for /terms/: one row per document (its title on its own lines above the bars, wrapped at a
 * fixed number of characters, never cut), one bar per term on a shared axis, the value written after the
 * bar's end in a margin reserved for the widest value, so no value is ever drawn over a bar. The measure
 * is counts or occurrences per 10,000 characters (a switch on the page). The layout is a pure function
 * of data and width; the height depends only on the rows and the number of terms.
 */
import { scaleLinear } from 'd3-scale';
import type { Box } from './dots.ts';
import { labelLines as wrap, textWidth } from './text.ts';

export interface BarCell {
  count: number;
  rate: number;
  href: string | null;
}
export interface BarRow {
  label: string;
  cells: BarCell[];
}
export interface BarData {
  series: string[];
  rows: BarRow[];
}
export type Measure = 'count' | 'rate';

export const BARS = {
  font: 12,
  labelFont: 13,
  labelLine: 18,
  bar: 12,
  barGap: 3,
  rowGap: 10,
  pad: 4,
  /** Characters per title line: 22 (23 with a closing mark) × 13 px fits the 311 px chart of a 375 px window. */
  labelChars: 22,
} as const;

export const labelLines = (label: string): string[] => wrap(label, BARS.labelChars);

const rowHeight = (row: BarRow, n: number) => labelLines(row.label).length * BARS.labelLine + n * (BARS.bar + BARS.barGap) + BARS.rowGap;
export const barsHeight = (data: BarData): number =>
  data.rows.reduce((s, r) => s + rowHeight(r, Math.max(1, data.series.length)), 0) + BARS.labelLine;

/** The value as written after a bar: 10次 or 1.17. */
export const valueText = (c: BarCell, measure: Measure): string => (measure === 'count' ? `${c.count}次` : c.rate.toFixed(2));

export interface PlacedBar {
  series: number;
  x: number;
  y: number;
  w: number;
  h: number;
  value: { x: number; y: number; text: string };
  title: string;
  href: string | null;
}
export interface BarsLayout {
  width: number;
  height: number;
  rows: { y: number; lines: string[]; bars: PlacedBar[] }[];
  axis: { y: number; ticks: { x: number; text: string }[]; title: string };
}

export function layoutBars(data: BarData, width: number, measure: Measure): BarsLayout {
  const n = Math.max(1, data.series.length);
  const values = data.rows.flatMap((r) => r.cells.map((c) => (measure === 'count' ? c.count : c.rate)));
  const texts = data.rows.flatMap((r) => r.cells.map((c) => valueText(c, measure)));
  const room = Math.max(0, ...texts.map((t) => textWidth(t, BARS.font))) + 2 * BARS.pad;
  const x = scaleLinear()
    .domain([0, Math.max(...values, measure === 'count' ? 1 : 0.01)])
    .nice(4)
    .range([BARS.pad, width - room]);
  let y = 0;
  const rows = data.rows.map((row) => {
    const lines = labelLines(row.label);
    const top = y + lines.length * BARS.labelLine;
    const bars = row.cells.map((c, k): PlacedBar => {
      const v = measure === 'count' ? c.count : c.rate;
      const by = top + k * (BARS.bar + BARS.barGap);
      const w = Math.max(v > 0 ? 2 : 0, x(v) - x(0));
      const text = valueText(c, measure);
      return {
        series: k,
        x: x(0),
        y: by,
        w,
        h: BARS.bar,
        value: { x: x(0) + w + BARS.pad, y: by + BARS.bar - 1, text },
        title: `${row.label}：“${data.series[k] ?? ''}”${c.count}次，每万字${c.rate.toFixed(2)}次`,
        href: c.href,
      };
    });
    const placed = { y, lines, bars };
    y += rowHeight(row, n);
    return placed;
  });
  const ticks = x.ticks(Math.max(2, Math.min(6, Math.floor(width / 90)))).map((t) => ({ x: x(t), text: String(t) }));
  return { width, height: barsHeight(data), rows, axis: { y, ticks, title: measure === 'count' ? '出现次数' : '每万字出现次数' } };
}

export const valueBox = (b: PlacedBar): Box => ({
  x: b.value.x,
  y: b.value.y - BARS.font + 2,
  w: textWidth(b.value.text, BARS.font),
  h: BARS.font,
});
export const barBox = (b: PlacedBar): Box => ({ x: b.x, y: b.y, w: b.w, h: b.h });
