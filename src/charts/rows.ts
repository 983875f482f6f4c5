/**
 * Row charts drawn from their own data table (the no-JS fallback): each table row is a chart row with a
 * label line and marks below it. Series differ by shape and by lightness, so they survive grayscale.
 * Marks are links (when the cell has data-href) or focusable with an aria-label, so keyboards reach them.
 * The SVG box is reserved server-side (width 100%, fixed height), so drawing causes no layout shift.
 *
 * Table contract: thead th[data-series] name the series in order; tbody tr[data-label] has one
 * td per series with data-value (number or empty), optional data-max (range end) and data-href.
 * Figure options: data-scale="row" (each row its own axis) | "shared"; data-mark="dot" | "bar";
 * data-connect (draw a line from the first to the last mark of a row); data-unit-suffix.
 */
import { select, type Selection } from 'd3-selection';
import { scaleLinear } from 'd3-scale';
import { max, min } from 'd3-array';
import { barThickness, LABEL_H, rowHeight } from './layout.ts';
import { seriesClass, shapePath } from './shapes.ts';

export interface Cell {
  value: number | null;
  max: number | null;
  text: string;
  /** A compact form for the row's value line (6%左右), else the text. */
  short: string | null;
  href: string | null;
}
export interface Row {
  label: string;
  cells: Cell[];
}
export interface RowData {
  series: string[];
  rows: Row[];
}

const num = (s: string | undefined) => (s === undefined || s === '' ? null : Number(s));

export function readTable(table: HTMLTableElement): RowData {
  const series = [...table.querySelectorAll<HTMLElement>('thead th[data-series]')].map((th) => th.textContent?.trim() ?? '');
  const rows = [...table.querySelectorAll<HTMLTableRowElement>('tbody tr[data-label]')].map((tr) => ({
    label: tr.dataset.label ?? '',
    cells: [...tr.querySelectorAll<HTMLTableCellElement>('td[data-value]')].map((td) => ({
      value: num(td.dataset.value),
      max: num(td.dataset.max),
      text: td.textContent?.trim() ?? '',
      short: td.dataset.short ?? null,
      href: td.dataset.href ?? null,
    })),
  }));
  return { series, rows };
}

export function drawRows(
  svgEl: SVGSVGElement,
  data: RowData,
  opts: { scale: string; mark: string; connect: boolean; band?: number | undefined },
): void {
  const svg = select(svgEl);
  svg.selectAll('*').remove();
  const width = Math.max(280, svgEl.getBoundingClientRect().width || 600);
  // A viewBox lets the drawing scale to a printed sheet (print CSS sets height: auto).
  svg.attr('viewBox', `0 0 ${width} ${svgEl.height.baseVal.value || data.rows.length * rowHeight(opts.mark, opts.band) + 4}`);
  const left = 8;
  const right = width - 12;
  const rh = rowHeight(opts.mark, opts.band);
  const values = (r: Row) => r.cells.flatMap((c) => [c.value, c.max]).filter((v): v is number => v !== null);
  const domain = (vs: number[]): [number, number] => {
    const lo = Math.min(0, min(vs) ?? 0);
    const hi = Math.max(0, max(vs) ?? 1);
    return [lo, hi === lo ? lo + 1 : hi + (hi - lo) * 0.08];
  };
  const shared = scaleLinear()
    .domain(domain(data.rows.flatMap(values)))
    .range([left, right]);
  data.rows.forEach((row, i) => {
    const y0 = i * rh;
    const g = svg.append('g').attr('class', 'chart-row').attr('transform', `translate(0,${y0})`);
    const x =
      opts.scale === 'row'
        ? scaleLinear()
            .domain(domain(values(row)))
            .range([left, right])
        : shared;
    const summary = row.cells.map((c) => c.short ?? (c.text || '—')).join(' · ');
    const labelEl = g.append('text').attr('class', 'row-label').attr('x', left).attr('y', 13).text(row.label);
    const valuesEl = g
      .append('text')
      .attr('class', 'row-values')
      .attr('x', right)
      .attr('y', 13)
      .attr('text-anchor', 'end')
      .text(opts.mark === 'bar' ? '' : summary);
    fitLabel(labelEl.node()!, right - left - (valuesEl.node()!.getComputedTextLength?.() ?? 0) - 12, row.label);
    const base = LABEL_H + 12;
    if (opts.mark === 'bar') {
      const bh = barThickness(row.cells.length, opts.band);
      row.cells.forEach((c, k) => {
        if (c.value === null) return;
        const y = LABEL_H + k * (bh + 2);
        const a = link(g, c.href, `${row.label}：${data.series[k]} ${c.text}`);
        a.append('rect')
          .attr('class', `bar ${seriesClass(k)}`)
          .attr('x', x(Math.min(0, c.value)))
          .attr('y', y)
          .attr('width', Math.max(1, Math.abs(x(c.value) - x(0))))
          .attr('height', bh);
        // The value label sits outside the link: the link's name is its aria-label.
        if (bh >= 8)
          g.append('text')
            .attr('class', 'bar-value')
            .attr('x', Math.min(right - 30, x(Math.max(0, c.value)) + 4))
            .attr('y', y + bh - 1)
            .text(c.short ?? c.text);
      });
      return;
    }
    g.append('line').attr('class', 'row-axis').attr('x1', left).attr('x2', right).attr('y1', base).attr('y2', base);
    if (x.domain()[0]! < 0)
      g.append('line')
        .attr('class', 'row-zero')
        .attr('x1', x(0))
        .attr('x2', x(0))
        .attr('y1', base - 8)
        .attr('y2', base + 8);
    const pts = row.cells.map((c) => (c.value === null ? null : x(c.value)));
    const drawn = pts.filter((p): p is number => p !== null);
    if (opts.connect && drawn.length >= 2) {
      g.append('line')
        .attr('class', 'row-link')
        .attr('x1', drawn[0]!)
        .attr('x2', drawn[drawn.length - 1]!)
        .attr('y1', base)
        .attr('y2', base);
    }
    row.cells.forEach((c, k) => {
      if (c.value === null) return;
      if (c.max !== null) {
        g.append('line')
          .attr('class', `range ${seriesClass(k)}`)
          .attr('x1', x(c.value))
          .attr('x2', x(c.max))
          .attr('y1', base)
          .attr('y2', base);
      }
      const cx = c.max !== null ? (x(c.value) + x(c.max)) / 2 : x(c.value);
      const a = link(g, c.href, `${row.label}：${data.series[k]} ${c.text}`);
      a.append('path')
        .attr('class', `mark ${seriesClass(k)}`)
        .attr('transform', `translate(${cx},${base})`)
        .attr('d', shapePath(k, 90));
    });
  });
}

/** Shortens a label that would run into the values on narrow screens (full text kept in a <title>). */
function fitLabel(el: SVGTextElement, room: number, full: string): void {
  if (!el.getComputedTextLength || el.getComputedTextLength() <= room) return;
  // Binary search on the kept length: each measurement forces layout, so keep them few.
  let lo = 1;
  let hi = full.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    el.textContent = `${full.slice(0, mid)}…`;
    if (el.getComputedTextLength() <= room) lo = mid;
    else hi = mid - 1;
  }
  el.textContent = `${full.slice(0, lo)}…`;
  const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
  title.textContent = full;
  el.append(title);
}

/** A focusable wrapper: a link when there is somewhere to go, else a group with tabindex. */
type Group = Selection<SVGGElement, unknown, null, undefined>;
function link(g: Group, href: string | null, label: string): Group {
  const el: Group = href ? (g.append('a').attr('href', href) as unknown as Group) : g.append('g').attr('tabindex', 0).attr('role', 'img');
  el.attr('aria-label', label).attr('class', 'chart-mark');
  el.append('title').text(label);
  return el;
}

/**
 * Draws each row chart when it comes near the viewport (charts far down a long page cost nothing at
 * load), then redraws it when its width changes. The box is reserved, so late drawing shifts nothing.
 */
export function initRowCharts(root: ParentNode = document): void {
  const visible = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        visible.unobserve(entry.target);
        watchWidth(entry.target as HTMLElement);
      }
    },
    { rootMargin: '300px 0px' },
  );
  const figures = [...root.querySelectorAll<HTMLElement>('figure[data-chart="rows"]')];
  for (const fig of figures) visible.observe(fig);
  // Printing draws every chart, not only those scrolled near.
  addEventListener('beforeprint', () => {
    for (const fig of figures) {
      visible.unobserve(fig);
      if (!fig.querySelector('.chart-mark')) watchWidth(fig);
    }
  });
}

function watchWidth(fig: HTMLElement): void {
  const svg = fig.querySelector<SVGSVGElement>('svg.chart-svg');
  const table = fig.querySelector<HTMLTableElement>('table');
  if (!svg || !table) return;
  const opts = {
    scale: fig.dataset.scale ?? 'row',
    mark: fig.dataset.mark ?? 'dot',
    connect: fig.dataset.connect !== undefined,
    band: Number(fig.dataset.band) || undefined,
  };
  const data = readTable(table);
  let width = -1;
  // ResizeObserver reports once on observe, so this draws once at first and again only on a real width change.
  new ResizeObserver((entries) => {
    const w = Math.round(entries[0]!.contentRect.width);
    if (w === width) return;
    width = w;
    drawRows(svg, data, opts);
  }).observe(fig);
}
