/**
 * /compare/?a=…&b=…: checks the two ids against the pickers, fetches the two documents' text files and
 * renders the comparison (src/compare/). A pair already on the page (pre-rendered) is left as it is.
 * Bad input — an unknown id, a missing parameter, the same document twice, a query string without a or b —
 * gets a message above the pickers, no stale view and the page's plain title.
 */
import type { DocumentText } from '../document-text/model.ts';
import { textDataHref } from '../lib/navigation.ts';
import type { Comparison } from '../compare/view.ts';
import type { CsvKind } from '../compare/csv.ts';

const view = document.getElementById('comparison');
const status = document.getElementById('compare-status');
const pickA = document.getElementById('compare-a') as HTMLSelectElement | null;
const pickB = document.getElementById('compare-b') as HTMLSelectElement | null;
const titles = new Map([...(pickA?.options ?? [])].map((o) => [o.value, o.text]));

function fail(message: string): void {
  if (status) status.textContent = message;
  if (view) {
    view.replaceChildren();
    delete view.dataset.a;
    delete view.dataset.b;
    if (view.dataset.plainTitle) document.title = view.dataset.plainTitle;
  }
}

/** The problem with a requested pair, or null when it can be shown (no query at all: the default pair). */
function problem(a: string | null, b: string | null, params: URLSearchParams): string | null {
  if (!a && !b) {
    if (params.has('a') || params.has('b')) return '请选择两份文件：地址中的文件甲（a）和文件乙（b）都是空的。';
    return location.search.length > 1 ? '地址参数无法识别：应为 ?a=文件甲&b=文件乙。请在下面选择两份文件。' : null;
  }
  if (!a || !b) return `请选择两份文件：地址中缺少${!a ? '文件甲（a）' : '文件乙（b）'}。`;
  const unknown = [a, b].filter((id) => !titles.has(id));
  if (unknown.length) return `没有这份文件：${unknown.map((id) => `“${id}”`).join('、')}。请在下面选择。`;
  if (a === b) return '请选择两份不同的文件。';
  return null;
}

/** The comparison and its HTML, computed in a worker (src/client/compare-worker.ts) so the page never blocks on it. */
function compareOffThread(a: DocumentText, b: DocumentText): Promise<{ comparison: Comparison; html: string }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./compare-worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (e: MessageEvent<{ comparison: Comparison; html: string }>) => {
      worker.terminate();
      resolve(e.data);
    });
    worker.addEventListener('error', (e) => {
      worker.terminate();
      reject(new Error(e.message));
    });
    worker.postMessage([a, b]);
  });
}

async function fetchText(id: string): Promise<DocumentText> {
  const response = await fetch(textDataHref(id));
  if (!response.ok) throw new Error(`${textDataHref(id)}: ${response.status}`);
  return (await response.json()) as DocumentText;
}

async function run(): Promise<void> {
  if (!view) return;
  const params = new URLSearchParams(location.search);
  const a = params.get('a');
  const b = params.get('b');
  const bad = problem(a, b, params);
  if (bad) return fail(bad);
  if (!a || !b) return offerDownloads();
  if (pickA) pickA.value = a;
  if (pickB) pickB.value = b;
  if (view.dataset.a === a && view.dataset.b === b) return offerDownloads();
  // Progress is shown where the comparison will stand, below the pickers, so nothing above it moves.
  const progress = document.createElement('p');
  progress.className = 'compare-progress';
  progress.setAttribute('role', 'status');
  progress.textContent = `正在比较：${titles.get(a)} → ${titles.get(b)}…`;
  view.replaceChildren(progress);
  const [ta, tb] = await Promise.all([fetchText(a), fetchText(b)]);
  const computed = await compareOffThread(ta, tb);
  shown = computed.comparison;
  view.innerHTML = computed.html;
  view.dataset.a = a;
  view.dataset.b = b;
  document.title = `有什么变化：${ta.title} → ${tb.title} · 报告通`;
  offerDownloads();
}

/** The comparison on the page (computed on first need for a pre-rendered pair). */
let shown: Comparison | undefined;

async function comparisonShown(): Promise<Comparison | undefined> {
  const a = view?.dataset.a;
  const b = view?.dataset.b;
  if (!a || !b) return undefined;
  if (shown?.a.id !== a || shown.b.id !== b) shown = (await compareOffThread(await fetchText(a), await fetchText(b))).comparison;
  return shown;
}

/** CSV downloads need this script: their buttons are shown only once it runs. */
function offerDownloads(): void {
  const box = document.getElementById('diff-downloads');
  if (!box) return;
  box.hidden = false;
  box.addEventListener('click', (e) => {
    const kind = (e.target as HTMLElement).closest<HTMLElement>('[data-csv]')?.dataset.csv as CsvKind | undefined;
    if (kind) download(kind).catch(() => fail('文件数据读取失败，请稍后重试。'));
  });
}

async function download(kind: CsvKind): Promise<void> {
  const c = await comparisonShown();
  if (!c) return;
  const [{ stringify }, { csvRecords }] = await Promise.all([import('csv-stringify/browser/esm/sync'), import('../compare/csv.ts')]);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob(['\uFEFF', stringify(csvRecords(c, kind))], { type: 'text/csv;charset=utf-8' }));
  link.download = `compare-${c.a.id}-${c.b.id}-${kind}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
}

run().catch(() => fail('文件数据读取失败，请稍后重试。'));
