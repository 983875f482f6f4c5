/**
 * Dot plot in small multiples: one panel per unit (a shared, labelled axis per panel), one row per
 * indicator, and inside a row one lane per series that has a figure there, so markers never hide each
 * other; each marker carries its value as a direct label beside it. The layout is a pure function of the
 * data and the width (testable without a browser); the row label sits on its own line above its lanes
 * and wraps at a fixed number of characters, so the height does not depend on the width and the server
 * reserves the box exactly.
 */
import { scaleLinear } from 'd3-scale';
import { labelLines as wrap, textWidth } from './text.ts';

export interface DotPoint {
  series: number;
  value: number;
  valueMax: number | null;
  /** Direct label (4.8%, 4.8% 未达成). */
  label: string;
  /** Accessible name and tooltip (default: row label, series name and the label). */
  title?: string;
  href: string | null;
}
export interface DotRow {
  label: string;
  points: DotPoint[];
}
export interface DotPanel {
  /** Axis title: the unit and, where the scope splits a unit, the scope (万人 · 全国). */
  axis: string;
  rows: DotRow[];
}
export interface DotChart {
  series: string[];
  panels: DotPanel[];
}

/** Geometry (CSS px): fonts are at least 12 px, lanes taller than a marker. */
export const DOTS = {
  font: 12,
  labelFont: 13,
  labelLine: 18,
  lane: 18,
  marker: 9,
  rowGap: 10,
  axisTitle: 20,
  axisBand: 30,
  panelGap: 18,
  pad: 6,
  /** Characters per label line: 22 (23 with a closing mark) × 13 px fits the 311 px chart of a 375 px window. */
  labelChars: 22,
} as const;

export { textWidth };
const labelLines = (label: string) => wrap(label, DOTS.labelChars);

const rowHeight = (row: DotRow) =>
  labelLines(row.label).length * DOTS.labelLine + new Set(row.points.map((p) => p.series)).size * DOTS.lane + DOTS.rowGap;
const panelHeight = (p: DotPanel) => DOTS.axisTitle + p.rows.reduce((s, r) => s + rowHeight(r), 0) + DOTS.axisBand;

/** Height of the whole chart: independent of the width. */
export const dotsHeight = (chart: DotChart): number =>
  chart.panels.reduce((s, p) => s + panelHeight(p), 0) + Math.max(0, chart.panels.length - 1) * DOTS.panelGap;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
export interface PlacedMarker {
  series: number;
  cx: number;
  cy: number;
  /** Range line ends (x), when the figure is a range. */
  x1: number | null;
  x2: number | null;
  label: { x: number; y: number; anchor: 'start' | 'end'; text: string };
  title: string;
  href: string | null;
}
export interface PlacedPanel {
  y: number;
  height: number;
  axis: { title: string; y: number; ticks: { x: number; text: string }[]; x0: number; x1: number };
  rows: { y: number; lines: string[]; lanesTop: number; markers: PlacedMarker[] }[];
}
export interface DotsLayout {
  width: number;
  height: number;
  panels: PlacedPanel[];
}

/** The axis domain of a panel's figures: nice, padded, from zero when zero is near. */
export function panelDomain(values: number[]): [number, number] {
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (lo === hi) [lo, hi] = lo === 0 ? [0, 1] : [Math.min(0, lo), Math.max(0, hi)];
  else if (lo > 0 && lo <= hi / 2) lo = 0;
  else if (hi < 0 && hi >= lo / 2) hi = 0;
  const pad = (hi - lo) * 0.04;
  const nice = scaleLinear()
    .domain([lo === 0 ? 0 : lo - pad, hi === 0 ? 0 : hi + pad])
    .nice(5)
    .domain() as [number, number];
  return nice;
}

const fmt = (n: number) => String(Number(n.toFixed(4)));

export function layoutDots(chart: DotChart, width: number): DotsLayout {
  const left = DOTS.pad + DOTS.marker;
  const right = width - DOTS.pad - DOTS.marker;
  let y = 0;
  const panels: PlacedPanel[] = chart.panels.map((panel) => {
    const top = y;
    const values = panel.rows.flatMap((r) => r.points.flatMap((p) => (p.valueMax === null ? [p.value] : [p.value, p.valueMax])));
    const x = scaleLinear().domain(panelDomain(values)).range([left, right]);
    let ry = top + DOTS.axisTitle;
    const rows = panel.rows.map((row) => {
      const lines = labelLines(row.label);
      const lanesTop = ry + lines.length * DOTS.labelLine;
      const lanes = [...new Set(row.points.map((p) => p.series))].sort((a, b) => a - b);
      const markers = row.points.map((p): PlacedMarker => {
        const cy = lanesTop + lanes.indexOf(p.series) * DOTS.lane + DOTS.lane / 2;
        const x1 = x(p.value);
        const x2 = p.valueMax === null ? x1 : x(p.valueMax);
        const cx = (x1 + x2) / 2;
        const w = textWidth(p.label, DOTS.font);
        // Beside the marker (or the range's end), on the side with room for it.
        const after = Math.max(cx, x2) + DOTS.marker / 2 + 4;
        const before = Math.min(cx, x1) - DOTS.marker / 2 - 4;
        const label =
          after + w <= width - DOTS.pad || before - w < DOTS.pad
            ? { x: after, y: cy + DOTS.font / 2 - 2, anchor: 'start' as const, text: p.label }
            : { x: before, y: cy + DOTS.font / 2 - 2, anchor: 'end' as const, text: p.label };
        return {
          series: p.series,
          cx,
          cy,
          x1: p.valueMax === null ? null : x1,
          x2: p.valueMax === null ? null : x2,
          label,
          title: p.title ?? `${row.label}：${chart.series[p.series] ?? ''} ${p.label}`,
          href: p.href,
        };
      });
      const placed = { y: ry, lines, lanesTop, markers };
      ry += rowHeight(row);
      return placed;
    });
    const count = Math.max(2, Math.min(8, Math.floor((right - left) / 70)));
    const ticks = x.ticks(count).map((t) => ({ x: x(t), text: fmt(t) }));
    const height = panelHeight(panel);
    y += height + DOTS.panelGap;
    return { y: top, height, axis: { title: panel.axis, y: ry + 4, ticks, x0: left, x1: right }, rows };
  });
  return { width, height: dotsHeight(chart), panels };
}

/** The box a marker covers. */
export const markerBox = (m: PlacedMarker): Box => ({
  x: m.cx - DOTS.marker / 2,
  y: m.cy - DOTS.marker / 2,
  w: DOTS.marker,
  h: DOTS.marker,
});
/** The box a marker's label covers (estimated glyph widths). */
export function labelBox(m: PlacedMarker): Box {
  const w = textWidth(m.label.text, DOTS.font);
  return { x: m.label.anchor === 'start' ? m.label.x : m.label.x - w, y: m.label.y - DOTS.font + 2, w, h: DOTS.font };
}
export const overlaps = (a: Box, b: Box): boolean => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
