/**
 * Draws a dot plot (./dots.ts) into its SVG box in the browser: the layout for the box's width, then
 * marks with d3-selection. Figures carry their chart as JSON in data-dots; every chart is drawn at load
 * (not when scrolled into view, so printing never meets an empty box) and again when its width changes.
 */
import { select, type Selection } from 'd3-selection';
import { layoutDots, DOTS, type DotChart } from './dots.ts';
import { seriesClass, shapePath } from './shapes.ts';
import { drawRowLabel } from './label-draw.ts';

type Group = Selection<SVGGElement, unknown, null, undefined>;

export function drawDots(svgEl: SVGSVGElement, chart: DotChart, width: number): void {
  const layout = layoutDots(chart, width);
  const svg = select(svgEl);
  svg.selectAll('*').remove();
  svg.attr('viewBox', `0 0 ${layout.width} ${layout.height}`).attr('height', layout.height);
  for (const panel of layout.panels) {
    const g = svg.append('g').attr('class', 'dots-panel');
    g.append('text')
      .attr('class', 'axis-title')
      .attr('x', DOTS.pad)
      .attr('y', panel.y + 14)
      .text(panel.axis.title);
    const axisY = panel.axis.y;
    for (const t of panel.axis.ticks) {
      g.append('line')
        .attr('class', 'grid')
        .attr('x1', t.x)
        .attr('x2', t.x)
        .attr('y1', panel.y + DOTS.axisTitle)
        .attr('y2', axisY);
      g.append('text')
        .attr('class', 'tick-label')
        .attr('x', t.x)
        .attr('y', axisY + 16)
        .attr('text-anchor', 'middle')
        .text(t.text);
    }
    g.append('line').attr('class', 'row-axis').attr('x1', panel.axis.x0).attr('x2', panel.axis.x1).attr('y1', axisY).attr('y2', axisY);
    for (const row of panel.rows) {
      drawRowLabel(g, row, DOTS.pad, DOTS.labelLine);
      for (const m of row.markers) {
        if (m.x1 !== null && m.x2 !== null)
          g.append('line')
            .attr('class', `range ${seriesClass(m.series)}`)
            .attr('x1', m.x1)
            .attr('x2', m.x2)
            .attr('y1', m.cy)
            .attr('y2', m.cy);
        // A link when the figure has a paragraph to go to, else a focusable group: keyboards reach every mark.
        const a: Group = m.href
          ? (g.append('a').attr('href', m.href) as unknown as Group)
          : g.append('g').attr('tabindex', 0).attr('role', 'img');
        a.attr('class', 'chart-mark').attr('aria-label', m.title);
        a.append('title').text(m.title);
        a.append('path')
          .attr('class', `mark ${seriesClass(m.series)}`)
          .attr('transform', `translate(${m.cx},${m.cy})`)
          .attr('d', shapePath(m.series, 64));
        g.append('text')
          .attr('class', 'dot-value')
          .attr('x', m.label.x)
          .attr('y', m.label.y)
          .attr('text-anchor', m.label.anchor)
          .text(m.label.text);
      }
    }
  }
}

/** Width (CSS px) a chart is laid out at for print: an A4 sheet's text width, so labels print at their size. */
export const PRINT_WIDTH = 660;

export function initDotCharts(root: ParentNode = document): void {
  for (const fig of root.querySelectorAll<HTMLElement>('figure[data-dots]')) {
    const svg = fig.querySelector<SVGSVGElement>('svg.chart-svg');
    if (!svg) continue;
    const chart = JSON.parse(fig.dataset.dots!) as DotChart;
    let width = -1;
    const draw = (w: number) => {
      if (w === width || w <= 0) return;
      width = w;
      drawDots(svg, chart, w);
    };
    draw(Math.round(svg.getBoundingClientRect().width));
    new ResizeObserver((entries) => draw(Math.round(entries[0]!.contentRect.width))).observe(fig);
    // The drawing scales with its viewBox on any sheet; laid out at the sheet's width, its text keeps its size.
    addEventListener('beforeprint', () => draw(PRINT_WIDTH));
    addEventListener('afterprint', () => draw(Math.round(svg.getBoundingClientRect().width)));
  }
}
