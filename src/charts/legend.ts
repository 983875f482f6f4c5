/**
 * The one chart legend: a list item per series with its mark (a bar swatch or the series' shape) and
 * name. Returns HTML so the same markup is rendered by Astro (set:html) and by the browser when a
 * query changes the series (/terms/).
 */
import { seriesClass, shapePath } from './shapes.ts';

const escape = (s: string) => s.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);

export function legendItems(series: readonly string[], mark: 'bar' | 'dot'): string {
  return series
    .map((name, k) => {
      const swatch =
        mark === 'bar'
          ? `<rect class="bar ${seriesClass(k)}" x="-6" y="-5" width="12" height="10"></rect>`
          : `<path class="mark ${seriesClass(k)}" d="${shapePath(k, 64)}"></path>`;
      return `<li><svg class="legend-mark" width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">${swatch}</svg>${escape(name)}</li>`;
    })
    .join('');
}
