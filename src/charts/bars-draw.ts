/**
 * Draws the /terms/ bar chart (./bars.ts) from its frequency table, in the browser. Table contract:
 * thead th[data-series] (the term) per term; tbody tr[data-label] with, per term, td[data-count] (a link
 * to the first occurrence when there is one) and td[data-rate]. The figure's data-measure (count | rate)
 * says which the bars show; the page's switch sets it and redraws.
 */
import { select, type Selection } from 'd3-selection';
import { BARS, layoutBars, type BarData, type Measure } from './bars.ts';
import { seriesClass } from './shapes.ts';
import { drawRowLabel } from './label-draw.ts';
import { onWidthChange } from './resize.ts';

type Group = Selection<SVGGElement, unknown, null, undefined>;

export function readFrequencyTable(table: HTMLTableElement): BarData {
  const series = [...table.querySelectorAll<HTMLElement>('thead th[data-series]')].map((th) => th.dataset.series ?? '');
  const rows = [...table.querySelectorAll<HTMLTableRowElement>('tbody tr[data-label]')].map((tr) => {
    const counts = [...tr.querySelectorAll<HTMLElement>('td[data-count]')];
    const rates = [...tr.querySelectorAll<HTMLElement>('td[data-rate]')];
    return {
      label: tr.dataset.label ?? '',
      cells: counts.map((td, k) => ({
        count: Number(td.dataset.count),
        rate: Number(rates[k]?.dataset.rate ?? 0),
        href: td.querySelector('a')?.getAttribute('href') ?? null,
      })),
    };
  });
  return { series, rows };
}

export function drawBars(svgEl: SVGSVGElement, data: BarData, measure: Measure): void {
  const width = Math.max(280, Math.round(svgEl.getBoundingClientRect().width) || 600);
  const layout = layoutBars(data, width, measure);
  const svg = select(svgEl);
  svg.selectAll('*').remove();
  svg.attr('viewBox', `0 0 ${width} ${layout.height}`).attr('height', layout.height);
  for (const t of layout.axis.ticks) {
    svg.append('line').attr('class', 'grid').attr('x1', t.x).attr('x2', t.x).attr('y1', 0).attr('y2', layout.axis.y);
    svg
      .append('text')
      .attr('class', 'tick-label')
      .attr('x', t.x)
      .attr('y', layout.axis.y + 14)
      .attr('text-anchor', 'middle')
      .text(t.text);
  }
  for (const row of layout.rows) {
    const g = svg.append('g').attr('class', 'chart-row');
    drawRowLabel(g, row, BARS.pad, BARS.labelLine);
    for (const b of row.bars) {
      const a: Group = b.href ? (g.append('a').attr('href', b.href) as unknown as Group) : g.append('g');
      a.attr('class', 'chart-mark').attr('aria-label', b.title);
      a.append('title').text(b.title);
      a.append('rect')
        .attr('class', `bar ${seriesClass(b.series)}`)
        .attr('x', b.x)
        .attr('y', b.y)
        .attr('width', b.w)
        .attr('height', b.h);
      g.append('text').attr('class', 'bar-value').attr('x', b.value.x).attr('y', b.value.y).text(b.value.text);
    }
  }
}

export function initBarCharts(root: ParentNode = document): void {
  for (const fig of root.querySelectorAll<HTMLElement>('figure[data-chart="bars"]')) {
    const svg = fig.querySelector<SVGSVGElement>('svg.chart-svg');
    const table = fig.querySelector<HTMLTableElement>('table');
    if (!svg || !table) continue;
    onWidthChange(fig, () => redrawBars(fig));
  }
}

/** Redraws a bar figure from its table, with the measure its data-measure names. */
export function redrawBars(fig: HTMLElement): void {
  const svg = fig.querySelector<SVGSVGElement>('svg.chart-svg');
  const table = fig.querySelector<HTMLTableElement>('table');
  if (svg && table) drawBars(svg, readFrequencyTable(table), fig.dataset.measure === 'rate' ? 'rate' : 'count');
}
