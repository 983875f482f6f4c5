/**
 * /terms/?t=…: reads the terms from the URL, loads /data/terms.json (only on this page), counts by exact
 * substring and rewrites the two charts' data tables, then redraws them.
 */
import { DEFAULT_TERMS, parseTerms, termResult, type TermDocument, type TermResult } from '../lib/terms.ts';
import { drawRows, readTable } from './charts/rows.ts';
import { drawStrips, readStripTable } from './charts/strip.ts';
import { SHAPES } from './charts/shapes.ts';
import { symbol } from 'd3-shape';

const SVG_NS = 'http://www.w3.org/2000/svg';

const results = document.getElementById('terms-results');
const status = document.getElementById('terms-status');
const input = document.getElementById('terms-input') as HTMLInputElement | null;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

function cellWithLink(text: string, href: string | undefined, attrs: Record<string, string>): HTMLTableCellElement {
  const td = el('td', undefined, attrs);
  if (href) td.append(el('a', text, { href }));
  else td.textContent = text;
  return td;
}

function rebuild(fig: HTMLElement, terms: string[], docs: TermDocument[], all: TermResult[][], kind: 'rate' | 'strip'): void {
  const table = fig.querySelector('table')!;
  const headRow = el('tr');
  headRow.append(el('th', '文件', { scope: 'col' }), ...terms.map((t) => el('th', t, { scope: 'col', 'data-series': '' })));
  table.tHead!.replaceChildren(headRow);
  const body = table.tBodies[0]!;
  body.replaceChildren(
    ...docs.map((d, i) => {
      const tr = el('tr', undefined, { 'data-label': d.title, 'data-doc': d.id });
      tr.append(el('th', d.title, { scope: 'row' }));
      for (const r of all[i]!) {
        if (kind === 'rate') {
          tr.append(cellWithLink(`${r.per10k.toFixed(2)}（${r.count}次）`, r.hits[0]?.anchor, { 'data-value': r.per10k.toFixed(2), 'data-short': r.per10k.toFixed(2) }));
        } else {
          const hits = r.hits.map((h) => `${h.position.toFixed(4)} ${h.anchor}`).join('|');
          tr.append(cellWithLink(String(r.count), r.count ? r.hits[0]!.anchor : undefined, { 'data-hits': hits, 'data-count': String(r.count) }));
        }
      }
      return tr;
    }),
  );
  // The legend follows the series: same shapes and classes as the server-rendered one.
  const legend = fig.querySelector('.chart-legend');
  const template = legend?.querySelector('svg.legend-mark');
  if (legend && template) {
    const bar = fig.dataset.mark === 'bar';
    legend.replaceChildren(
      ...terms.map((t, k) => {
        const li = el('li');
        // Clone the server-rendered legend box (attributes as the page was validated with); new shape inside.
        const svg = template!.cloneNode(false) as SVGSVGElement;
        const shape = document.createElementNS(SVG_NS, bar ? 'rect' : 'path');
        if (bar) for (const [a, v] of Object.entries({ x: '-6', y: '-5', width: '12', height: '10' })) shape.setAttribute(a, v);
        else shape.setAttribute('d', symbol(SHAPES[k % SHAPES.length]!, 64)() ?? '');
        shape.setAttribute('class', `${bar ? 'bar' : 'mark'} s${k % 7}`);
        svg.append(shape);
        li.append(svg, t);
        return li;
      }),
    );
  }
}

async function run(): Promise<void> {
  if (!results) return;
  const terms = parseTerms(new URLSearchParams(location.search).get('t'));
  if (terms.length === 0 || terms.join(',') === results.dataset.terms) return;
  if (input) input.value = terms.join('，');
  if (status) status.textContent = '正在统计…';
  const response = await fetch('/data/terms.json');
  const docs = (await response.json()) as TermDocument[];
  const all = docs.map((d) => terms.map((t) => termResult(d, t)));
  const rate = results.querySelector<HTMLElement>('figure[data-chart="rows"]')!;
  const strip = results.querySelector<HTMLElement>('figure[data-chart="strip"]')!;
  rebuild(rate, terms, docs, all, 'rate');
  rebuild(strip, terms, docs, all, 'strip');
  results.dataset.terms = terms.join(',');
  drawRows(rate.querySelector<SVGSVGElement>('svg.chart-svg')!, readTable(rate.querySelector('table')!), { scale: 'shared', mark: 'bar', connect: false, band: Number(rate.dataset.band) || undefined });
  drawStrips(strip.querySelector<SVGSVGElement>('svg.chart-svg')!, readStripTable(strip.querySelector('table')!));
  const total = all.flat().reduce((s, r) => s + r.count, 0);
  if (status) status.textContent = `词语：${terms.join('、')}；共${total}处。${terms.join(',') === DEFAULT_TERMS.join(',') ? '（默认词语）' : ''}`;
}

run().catch((e: unknown) => {
  if (status) status.textContent = '统计失败，请稍后重试。';
  console.error(e);
});
