/**
 * The one way a chart row's label is drawn (bars, dots and strips alike): its lines, already broken by
 * text.ts's labelLines, as tspans one under the other, the first on the row's baseline.
 */
import type { Selection } from 'd3-selection';

export function drawRowLabel(
  parent: Selection<SVGGElement, unknown, null, undefined>,
  row: { y: number; lines: readonly string[] },
  x: number,
  lineHeight: number,
): void {
  const label = parent
    .append('text')
    .attr('class', 'row-label')
    .attr('y', row.y + 14);
  row.lines.forEach((line, k) =>
    label
      .append('tspan')
      .attr('x', x)
      .attr('dy', k === 0 ? 0 : lineHeight)
      .text(line),
  );
}
