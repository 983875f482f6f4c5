/**
 * Strip chart: one line per document, a mark per occurrence of each term at its position along the
 * document (0 = start, 1 = end), one lane per term so the terms never cover each other. The document's
 * title and its count (…（2处）) are one label on their own lines above the lanes, wrapped at a fixed
 * number of characters, so nothing is cut and nothing overlaps at 375 px. Marks are links to the
 * paragraph; series differ by shape and colour. The layout is pure (testable without a browser).
 * Table contract: thead th[data-series] per term; tbody tr[data-label] with td[data-hits] per term,
 * hits written "position anchor" joined by "|".
 */
import { select } from 'd3-selection';
import { scaleLinear } from 'd3-scale';
import { seriesClass, shapePath } from './shapes.ts';
import { labelLines } from './bars.ts';
import { drawRowLabel } from './label-draw.ts';
import { onWidthChange } from './resize.ts';

export interface StripRow {
  label: string;
  hits: { position: number; anchor: string; context?: string }[][];
}
export interface StripData {
  series: string[];
  rows: StripRow[];
}

export const STRIP = { labelLine: 18, lane: 14, marker: 8, rowGap: 8, pad: 8, axis: 20 } as const;

const rowLabel = (row: StripRow) => `${row.label}（${row.hits.reduce((s, h) => s + h.length, 0)}处）`;
const rowHeight = (row: StripRow, n: number) => labelLines(rowLabel(row)).length * STRIP.labelLine + n * STRIP.lane + STRIP.rowGap;
export const stripsHeight = (data: StripData): number =>
  data.rows.reduce((s, r) => s + rowHeight(r, Math.max(1, data.series.length)), 0) + STRIP.axis;

export interface StripLayout {
  width: number;
  height: number;
  rows: {
    y: number;
    lines: string[];
    lanes: { y: number; x1: number; x2: number }[];
    marks: { series: number; cx: number; cy: number; href: string; title: string }[];
  }[];
  axisY: number;
}

export function layoutStrips(data: StripData, width: number): StripLayout {
  const n = Math.max(1, data.series.length);
  const x = scaleLinear()
    .domain([0, 1])
    .range([STRIP.pad, width - STRIP.pad]);
  let y = 0;
  const rows = data.rows.map((row) => {
    const lines = labelLines(rowLabel(row));
    const top = y + lines.length * STRIP.labelLine;
    const laneY = (k: number) => top + k * STRIP.lane + STRIP.lane / 2;
    const lanes = Array.from({ length: n }, (_, k) => ({ y: laneY(k), x1: x(0), x2: x(1) }));
    const marks = row.hits.flatMap((hits, k) =>
      hits.map((h, j) => ({
        series: k,
        cx: x(h.position),
        cy: laneY(k),
        href: h.anchor,
        title: `${row.label}：“${data.series[k] ?? ''}”第${j + 1}处（全文${Math.round(h.position * 100)}%处）`,
      })),
    );
    const placed = { y, lines, lanes, marks };
    y += rowHeight(row, n);
    return placed;
  });
  return { width, height: stripsHeight(data), rows, axisY: y };
}

export function readStripTable(table: HTMLTableElement): StripData {
  const series = [...table.querySelectorAll<HTMLElement>('thead th[data-series]')].map((th) => th.textContent?.trim() ?? '');
  const rows = [...table.querySelectorAll<HTMLTableRowElement>('tbody tr[data-label]')].map((tr) => ({
    label: tr.dataset.label ?? '',
    hits: [...tr.querySelectorAll<HTMLTableCellElement>('td[data-hits]')].map((td) =>
      (td.dataset.hits ?? '')
        .split('|')
        .filter(Boolean)
        .map((h) => {
          const [p, anchor] = h.split(' ');
          return { position: Number(p), anchor: anchor ?? '' };
        }),
    ),
  }));
  return { series, rows };
}

export function drawStrips(svgEl: SVGSVGElement, data: StripData): void {
  const svg = select(svgEl);
  svg.selectAll('*').remove();
  const width = Math.max(280, Math.round(svgEl.getBoundingClientRect().width) || 600);
  const layout = layoutStrips(data, width);
  // A viewBox lets the drawing scale to a printed sheet (print CSS sets height: auto).
  svg.attr('viewBox', `0 0 ${width} ${layout.height}`).attr('height', layout.height);
  for (const row of layout.rows) {
    const g = svg.append('g').attr('class', 'strip-row');
    drawRowLabel(g, row, STRIP.pad, STRIP.labelLine);
    for (const lane of row.lanes)
      g.append('line').attr('class', 'strip-axis').attr('x1', lane.x1).attr('x2', lane.x2).attr('y1', lane.y).attr('y2', lane.y);
    for (const m of row.marks) {
      const a = g.append('a').attr('href', m.href).attr('class', 'chart-mark').attr('aria-label', m.title);
      a.append('title').text(m.title);
      a.append('path')
        .attr('class', `mark ${seriesClass(m.series)}`)
        .attr('transform', `translate(${m.cx},${m.cy})`)
        .attr('d', shapePath(m.series, 64));
    }
  }
  const axis = svg.append('g').attr('class', 'strip-axis-labels');
  axis
    .append('text')
    .attr('class', 'tick-label')
    .attr('x', STRIP.pad)
    .attr('y', layout.axisY + 14)
    .text('← 文首');
  axis
    .append('text')
    .attr('class', 'tick-label')
    .attr('x', width - STRIP.pad)
    .attr('y', layout.axisY + 14)
    .attr('text-anchor', 'end')
    .text('文末 →');
}

export function initStripCharts(root: ParentNode = document): void {
  for (const fig of root.querySelectorAll<HTMLElement>('figure[data-chart="strip"]')) {
    const svg = fig.querySelector<SVGSVGElement>('svg.chart-svg');
    const table = fig.querySelector<HTMLTableElement>('table');
    if (!svg || !table) continue;
    onWidthChange(fig, () => drawStrips(svg, readStripTable(table)));
  }
}
