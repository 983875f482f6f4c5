/**
 * /terms/?t=…: reads the terms from the URL, fetches the text file of each document the page shows
 * (/data/text/<id>.json), finds every occurrence (src/terms/), rewrites the frequency table and the
 * position chart's table and legends, redraws them, and renders the concordance. Two CSV buttons write
 * the frequency table and the concordance (src/terms/tables.ts) for the terms shown.
 */
import type { DocumentText } from '../document-text/model.ts';
import { textDataHref } from '../lib/navigation.ts';
import { concordance, type ConcordanceLine } from '../terms/concordance.ts';
import {
  CONCORDANCE_FIELDS,
  concordanceRecords,
  frequencyHeader,
  frequencyRecords,
  frequencyRowAttributes,
  frequencyRows,
} from '../terms/tables.ts';
import { parseTerms } from '../terms/query.ts';
import { renderConcordance } from '../terms/view.ts';
import { redrawBars } from '../charts/bars-draw.ts';
import { drawStrips, readStripTable } from '../charts/strip.ts';
import { legendItems } from '../charts/legend.ts';

const results = document.getElementById('terms-results');
const status = document.getElementById('terms-status');
const input = document.getElementById('terms-input') as HTMLInputElement | null;
const kwic = document.getElementById('kwic');
const csvButton = document.getElementById('kwic-csv') as HTMLButtonElement | null;

/** What the page shows when a query ran (the default terms are pre-rendered: computed on demand). */
let shown: { terms: string[]; docs: DocumentText[]; lines: ConcordanceLine[][][] } | undefined;

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

/** lines[t][d] → the position chart's data table and its legend. */
function rebuildStrip(fig: HTMLElement, terms: string[], docs: DocumentText[], lines: ConcordanceLine[][][]): void {
  const table = fig.querySelector('table')!;
  const headRow = el('tr');
  headRow.append(el('th', '文件', { scope: 'col' }), ...terms.map((t) => el('th', t, { scope: 'col', 'data-series': '' })));
  table.tHead!.replaceChildren(headRow);
  table.tBodies[0]!.replaceChildren(
    ...docs.map((d, k) => {
      const tr = el('tr', undefined, { 'data-label': d.title, 'data-doc': d.id });
      tr.append(el('th', d.title, { scope: 'row' }));
      terms.forEach((_, t) => {
        const hits = lines[t]![k]!;
        const attr = hits.map((h) => `${h.position.toFixed(4)} ${h.href}`).join('|');
        tr.append(cellWithLink(String(hits.length), hits[0]?.href, { 'data-hits': attr, 'data-count': String(hits.length) }));
      });
      return tr;
    }),
  );
  const legend = fig.querySelector('.chart-legend');
  if (legend) legend.innerHTML = legendItems(terms, 'dot');
}

/** lines[t][d] → the frequency table (counts and rates side by side, src/terms/tables.ts) and its legend. */
function rebuildFrequency(fig: HTMLElement, terms: string[], docs: DocumentText[], lines: ConcordanceLine[][][]): void {
  const table = fig.querySelector('table')!;
  const headRow = el('tr');
  headRow.append(el('th', '文件', { scope: 'col' }), el('th', '日期', { scope: 'col' }), el('th', '字数', { scope: 'col' }));
  for (const t of terms)
    headRow.append(el('th', `“${t}”次数`, { scope: 'col', 'data-series': t }), el('th', `“${t}”每万字`, { scope: 'col' }));
  table.tHead!.replaceChildren(headRow);
  table.tBodies[0]!.replaceChildren(
    ...frequencyRows(terms, docs, lines).map((r) => {
      const tr = el('tr', undefined, frequencyRowAttributes(r));
      tr.append(el('th', r.title, { scope: 'row' }), el('td', r.date ?? '—'), el('td', String(r.length), { class: 'num' }));
      r.counts.forEach((c, k) => {
        tr.append(
          cellWithLink(String(c), r.hrefs[k] ?? undefined, { class: 'num', 'data-count': String(c) }),
          el('td', r.rates[k]!.toFixed(2), { class: 'num', 'data-rate': String(r.rates[k]) }),
        );
      });
      return tr;
    }),
  );
  const legend = fig.querySelector('.chart-legend');
  if (legend) legend.innerHTML = legendItems(terms, 'bar');
}

async function fetchText(id: string): Promise<DocumentText> {
  const response = await fetch(textDataHref(id));
  if (!response.ok) throw new Error(`${textDataHref(id)}: ${response.status}`);
  return (await response.json()) as DocumentText;
}

/** A document no term occurs in: its row shows zeros, its text is not fetched (its facts are the frequency table's). */
function withoutText(tr: HTMLElement): DocumentText {
  const id = tr.dataset.doc!;
  return {
    id,
    title: tr.dataset.label ?? id,
    kind: tr.dataset.kind ?? '',
    region: tr.dataset.region ?? '',
    date: tr.dataset.date || null,
    year: 0,
    length: Number(tr.dataset.length ?? 0),
    href: '',
    pages: [],
    units: [],
    phrases: [],
  };
}

/** Lets the page paint between documents, so a long search never blocks input. */
const yieldToPage = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A message instead of results: the default terms' rows, charts and input value are not left on screen. */
function fail(message: string): void {
  if (status) status.textContent = message;
  if (results) {
    results.hidden = true;
    delete results.dataset.terms;
  }
  kwic?.replaceChildren();
}

async function run(): Promise<void> {
  if (!results) return;
  const params = new URLSearchParams(location.search);
  if (!params.has('t') && !params.has('d')) return;
  const terms = params.has('t') ? parseTerms(params.getAll('t')) : (results.dataset.terms ?? '').split(',').filter(Boolean);
  if (terms.length === 0) {
    if (input) input.value = '';
    return fail('请输入要查找的词语。');
  }
  if (input) input.value = terms.join('，');
  const strip = results.querySelector<HTMLElement>('figure[data-chart="strip"]')!;
  const frequency = results.querySelector<HTMLElement>('figure[data-chart="bars"]')!;
  // The documents the page shows, in its order (date, then kind); ?d=id,id narrows them (only their files are fetched).
  const all = [...strip.querySelectorAll<HTMLElement>('tbody tr[data-doc]')].map((tr) => tr.dataset.doc!);
  const only = params
    .getAll('d')
    .flatMap((v) => v.split(/[,，\s]+/u))
    .filter(Boolean);
  const unknown = only.filter((id) => !all.includes(id));
  if (unknown.length) return fail(`没有这份文件：${unknown.map((id) => `“${id}”`).join('、')}。`);
  const ids = only.length ? all.filter((id) => only.includes(id)) : all;
  if (!only.length && terms.join('\n') === results.dataset.terms?.split(',').join('\n')) return;
  if (status) {
    // Keep the height of the pre-rendered status (two lines on a phone), so the shorter messages that
    // follow do not pull the charts up (a layout shift).
    status.style.minHeight = `${status.offsetHeight}px`;
    status.textContent = '正在查找…';
  }
  // Search's index says which documents hold a term; only their texts are fetched. (Loaded here, not with
  // the page's script, so the status above is set before the first paint as it was.)
  const { termDocuments } = await import('../search/term-documents.ts');
  const { table, documents } = await termDocuments(terms);
  const docs = await loadTexts(ids, documents);
  const lines: ConcordanceLine[][][] = terms.map(() => []);
  for (const d of docs) {
    terms.forEach((t, k) => lines[k]!.push(concordance(d, t, table)));
    await yieldToPage();
  }
  shown = { terms, docs, lines };
  rebuildFrequency(frequency, terms, docs, lines);
  rebuildStrip(strip, terms, docs, lines);
  results.dataset.terms = terms.join(',');
  if (kwic) kwic.innerHTML = renderConcordance(terms, docs, lines);
  redrawBars(frequency);
  drawStrips(strip.querySelector<SVGSVGElement>('svg.chart-svg')!, readStripTable(strip.querySelector('table')!));
  const total = lines.flat(2).length;
  if (status) status.textContent = `词语：${terms.join('、')}；共${total}处。`;
}

/** The texts of the documents shown: fetched where a term occurs, else the frequency table's facts. */
function loadTexts(ids: string[], holding: { has: (id: string) => boolean }[]): Promise<DocumentText[]> {
  const rows = new Map(
    [...document.querySelectorAll<HTMLElement>('figure[data-chart="bars"] tbody tr[data-doc]')].map((tr) => [tr.dataset.doc!, tr]),
  );
  return Promise.all(ids.map((id) => (holding.some((d) => d.has(id)) ? fetchText(id) : Promise.resolve(withoutText(rows.get(id)!)))));
}

/** The terms and documents on the page, with their occurrences (found now if the page was pre-rendered). */
async function shownData(): Promise<NonNullable<typeof shown>> {
  if (shown) return shown;
  const terms = (results?.dataset.terms ?? '').split(',').filter(Boolean);
  const ids = [...document.querySelectorAll<HTMLElement>('figure[data-chart="bars"] tbody tr[data-doc]')].map((tr) => tr.dataset.doc!);
  const { termDocuments } = await import('../search/term-documents.ts');
  const { table, documents } = await termDocuments(terms);
  const docs = await loadTexts(ids, documents);
  return (shown = { terms, docs, lines: terms.map((t) => docs.map((d) => concordance(d, t, table))) });
}

/** Saves rows as a UTF-8 CSV file (with a BOM, so spreadsheet programs read the Chinese text right). */
async function saveCsv(name: string, header: readonly string[], rows: (string | number | null)[][]): Promise<void> {
  const { stringify } = await import('csv-stringify/browser/esm/sync');
  const csv = stringify(rows, { header: true, columns: [...header], record_delimiter: 'windows' });
  const link = el('a', undefined, {
    href: URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' })),
    download: name,
  });
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

async function downloadConcordance(): Promise<void> {
  const { terms, docs, lines } = await shownData();
  const records = concordanceRecords(terms, docs, lines, location.origin);
  await saveCsv(
    `concordance-${terms.join(',')}.csv`,
    CONCORDANCE_FIELDS,
    records.map((r) => CONCORDANCE_FIELDS.map((f) => r[f])),
  );
}

async function downloadFrequency(): Promise<void> {
  const { terms, docs, lines } = await shownData();
  await saveCsv(`frequency-${terms.join(',')}.csv`, frequencyHeader(terms), frequencyRecords(frequencyRows(terms, docs, lines)));
}

for (const [button, download] of [
  [document.getElementById('frequency-csv'), downloadFrequency],
  [csvButton, downloadConcordance],
] as const) {
  if (!button) continue;
  button.hidden = false;
  button.addEventListener('click', () => {
    download().catch(() => {
      if (status) status.textContent = 'CSV 生成失败。';
    });
  });
}

run().catch(() => fail('查找失败：文件数据读取出错，请稍后重试。'));
