/**
 * Strip chart: one line per document, a tick per occurrence of each term at its position along the
 * document (0 = start, 1 = end). Ticks are links to the paragraph; series differ by shape and lightness.
 * Table contract: thead th[data-series] per term; tbody tr[data-label] with td[data-hits] per term,
 * hits written "position anchor" joined by "|".
 */
import { select } from 'd3-selection';
import { scaleLinear } from 'd3-scale';
import { seriesClass, shapePath } from './shapes.ts';
import { STRIP_ROW } from './layout.ts';

export interface StripRow {
  label: string;
  hits: { position: number; anchor: string; context?: string }[][];
}

export function readStripTable(table: HTMLTableElement): { series: string[]; rows: StripRow[] } {
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

export function drawStrips(svgEl: SVGSVGElement, data: { series: string[]; rows: StripRow[] }): void {
  const svg = select(svgEl);
  svg.selectAll('*').remove();
  const width = Math.max(280, svgEl.getBoundingClientRect().width || 600);
  svg.attr('viewBox', `0 0 ${width} ${svgEl.height.baseVal.value || data.rows.length * STRIP_ROW + 20}`);
  const x = scaleLinear()
    .domain([0, 1])
    .range([8, width - 8]);
  const n = Math.max(1, data.series.length);
  data.rows.forEach((row, i) => {
    const g = svg
      .append('g')
      .attr('class', 'strip-row')
      .attr('transform', `translate(0,${i * STRIP_ROW})`);
    const total = row.hits.reduce((s, h) => s + h.length, 0);
    g.append('text').attr('class', 'row-label').attr('x', 8).attr('y', 12).text(row.label);
    g.append('text')
      .attr('class', 'strip-doc-count')
      .attr('x', width - 8)
      .attr('y', 12)
      .attr('text-anchor', 'end')
      .text(`${total}处`);
    g.append('line').attr('class', 'strip-axis').attr('x1', x(0)).attr('x2', x(1)).attr('y1', 25).attr('y2', 25);
    row.hits.forEach((hits, k) => {
      // Series sit on slightly different heights so coinciding ticks stay visible.
      const y = 19 + (k % n) * (12 / n);
      hits.forEach((h, j) => {
        const label = `${row.label}：“${data.series[k]}”第${j + 1}处（全文${Math.round(h.position * 100)}%处）`;
        const a = g.append('a').attr('href', h.anchor).attr('class', 'chart-mark').attr('aria-label', label);
        a.append('title').text(label);
        a.append('path')
          .attr('class', `mark ${seriesClass(k)}`)
          .attr('transform', `translate(${x(h.position)},${y})`)
          .attr('d', shapePath(k, 36));
      });
    });
  });
  svg
    .append('text')
    .attr('class', 'chart-nojs')
    .attr('x', 8)
    .attr('y', data.rows.length * STRIP_ROW + 14)
    .text('← 文首　　　　位置　　　　文末 →');
}

export function initStripCharts(root: ParentNode = document): void {
  for (const fig of root.querySelectorAll<HTMLElement>('figure[data-chart="strip"]')) {
    const svg = fig.querySelector<SVGSVGElement>('svg.chart-svg');
    const table = fig.querySelector<HTMLTableElement>('table');
    if (!svg || !table) continue;
    const draw = () => drawStrips(svg, readStripTable(table));
    draw();
    new ResizeObserver(() => draw()).observe(fig);
  }
}
