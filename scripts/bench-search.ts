/**
 * Measures our exact search (Pagefind fed bigram records, dist/pagefind/) against stock Pagefind (its own
 * HTML indexing of the same pages, written into DIST/pagefind-stock/ for the run) in Chromium on this
 * machine, for a rare term (一带一部), a common one (高质量发展), a very common one (发展) and one character
 * (湘): bytes transferred as a gzipping host serves them (page, scripts, index and fragments together;
 * Pagefind's index files are compressed already) and milliseconds since navigation start until the first
 * results are on screen and until the exact total is shown. The issue's goals are checked per row.
 *   cold: a new browser context opens the linked search /search/?q=… (stock: opens /search/ and runs
 *         Pagefind's search, then loads the first 20 results' fragments, as its UI would show them);
 *   warm: a new context opens the search page, answers another query (经济) and is then given the query
 *         (from keystroke; runtime and manifest already loaded, this query's index data not).
 * Stock Pagefind's index is removed after the run.
 *
 * `node scripts/bench-search.ts [DIST] [FACTOR]` (a built site with its index, default dist; FACTOR picks the goals).
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import * as pagefind from 'pagefind';
import { chromium, type Browser, type Page } from 'playwright-core';
import { SEARCH_DIR } from '../src/search/records.ts';
import { CHROMIUM_ARGS, findChromium } from './lib/chromium.ts';
import { readBuiltPages } from './lib/search-build.ts';
import { serveStatic } from './lib/static-server.ts';

export const BENCH_QUERIES = ['一带一部', '高质量发展', '发展', '湘'];
const WARM_UP = '经济';
const FIRST = 20;
const STOCK_DIR = 'pagefind-stock';
const KiB = 1024;
/** The goals for a cold linked search: bytes to the first results and to the exact total, and time. */
export const GOALS = {
  unit: { query: '高质量发展', firstBytes: 200 * KiB },
  large: { firstBytes: 400 * KiB, totalBytes: 1024 * KiB, ms: 2000 },
};
/** The test server, counting the bytes it sends, so a measurement is "what went over the wire". */
async function countingServer(root: string) {
  let sent = 0;
  const server = await serveStatic(root, 0, (n) => (sent += n));
  return { url: server.url, bytes: () => sent, close: () => server.close() };
}

function dirBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (e.isFile()) total += statSync(join(e.parentPath, e.name)).size;
  return total;
}

export interface SearchMeasure {
  engine: 'ours' | 'stock';
  query: string;
  mode: 'cold' | 'warm';
  pages: number;
  firstBytes: number;
  firstMs: number;
  totalBytes: number;
  totalMs: number;
}

export interface SearchBench {
  pages: number;
  /** On disk: our index (dist/pagefind/ without the runtime), stock Pagefind's index, the runtime (JS + wasm). */
  oursIndexBytes: number;
  stockIndexBytes: number;
  stockRuntimeBytes: number;
  measures: SearchMeasure[];
}

/** Stock Pagefind over the reading pages of `dist`, into dist/pagefind-stock (zh-cn segmentation). */
async function indexStock(dist: string, files: string[]): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  for (const file of files) {
    const url = '/' + file.slice(dist.length + 1).replace(/index\.html$/, '');
    const r = await index.addHTMLFile({ url, content: readFileSync(file, 'utf8') });
    if (r.errors.length) throw new Error(`pagefind ${file}: ${r.errors.join('; ')}`);
  }
  const w = await index.writeFiles({ outputPath: join(dist, STOCK_DIR) });
  if (w.errors.length) throw new Error(`pagefind write: ${w.errors.join('; ')}`);
  await pagefind.close();
}

const settled = (page: Page, q: string, what: 'total' | 'first') =>
  page.waitForFunction(
    ({ q, what }) => {
      const list = document.querySelector<HTMLElement>('[data-search-results]');
      const count = document.querySelector('[data-result-count]');
      if (document.querySelector<HTMLInputElement>('#search-q')?.value !== q) return false;
      if (what === 'total')
        return (
          list?.dataset.state === 'done' || (count !== null && !count.hasAttribute('aria-busy') && list?.dataset.countedAt !== undefined)
        );
      return list?.dataset.state === 'done' && list.dataset.renderedQuery === q;
    },
    { q, what },
    { timeout: 60_000, polling: 'raf' },
  );

async function ours(browser: Browser, server: Awaited<ReturnType<typeof countingServer>>, q: string): Promise<SearchMeasure[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const from = server.bytes();
  await page.goto(`${server.url}/search/?q=${encodeURIComponent(q)}`);
  await settled(page, q, 'total');
  const totalBytes = server.bytes() - from;
  await settled(page, q, 'first');
  const firstBytes = server.bytes() - from;
  const at = await page.$eval('[data-search-results]', (l) => ({ ...(l as HTMLElement).dataset }));
  const pages = Number(await page.$eval('[data-result-count]', (c) => c.textContent));
  const cold: SearchMeasure = {
    engine: 'ours',
    query: q,
    mode: 'cold',
    pages,
    firstBytes,
    firstMs: Number(at.renderedAt),
    totalBytes,
    totalMs: Number(at.countedAt ?? at.renderedAt),
  };
  await context.close();
  const warmContext = await browser.newContext();
  const page2 = await warmContext.newPage();
  await page2.goto(`${server.url}/search/?q=${encodeURIComponent(WARM_UP)}`);
  await settled(page2, WARM_UP, 'first');
  await page2.waitForLoadState('networkidle');
  return [cold, await oursWarm(page2, server, q, pages)];
}

async function oursWarm(page: Page, server: Awaited<ReturnType<typeof countingServer>>, q: string, pages: number): Promise<SearchMeasure> {
  const warmFrom = server.bytes();
  const t0 = await page.evaluate(() => performance.now());
  await page.fill('#search-q', q);
  await settled(page, q, 'total');
  const warmTotal = server.bytes() - warmFrom;
  await settled(page, q, 'first');
  const w = await page.$eval('[data-search-results]', (l) => ({ ...(l as HTMLElement).dataset }));
  const warm: SearchMeasure = {
    engine: 'ours',
    query: q,
    mode: 'warm',
    pages,
    firstBytes: server.bytes() - warmFrom,
    firstMs: Number(w.renderedAt) - t0,
    totalBytes: warmTotal,
    totalMs: Number(w.countedAt ?? w.renderedAt) - t0,
  };
  await page.context().close();
  return warm;
}

/** Stock Pagefind as its UI uses it: search (the total), then the first 20 results' fragments. */
function stockRun(page: Page, q: string) {
  return page.evaluate(
    async ({ q, first, runtime }) => {
      const pf = (await import(runtime)) as {
        search(q: string): Promise<{ results: Array<{ data(): Promise<unknown> }> }>;
      };
      const res = await pf.search(q);
      const totalMs = performance.now();
      await Promise.all(res.results.slice(0, first).map((r) => r.data()));
      return { pages: res.results.length, totalMs, firstMs: performance.now() };
    },
    { q, first: FIRST, runtime: `/${STOCK_DIR}/pagefind.js` },
  );
}

async function stock(browser: Browser, server: Awaited<ReturnType<typeof countingServer>>, q: string): Promise<SearchMeasure[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const from = server.bytes();
  await page.goto(`${server.url}/search/`);
  const r = await stockRun(page, q);
  const bytes = server.bytes() - from;
  const cold: SearchMeasure = {
    engine: 'stock',
    query: q,
    mode: 'cold',
    pages: r.pages,
    firstBytes: bytes,
    firstMs: r.firstMs,
    totalBytes: NaN,
    totalMs: r.totalMs,
  };
  await context.close();
  const warmContext = await browser.newContext();
  const page2 = await warmContext.newPage();
  await page2.goto(`${server.url}/search/`);
  return [cold, await stockWarm(page2, server, q)];
}

async function stockWarm(page: Page, server: Awaited<ReturnType<typeof countingServer>>, q: string): Promise<SearchMeasure> {
  await stockRun(page, WARM_UP);
  await page.waitForLoadState('networkidle');
  const warmFrom = server.bytes();
  const t0 = await page.evaluate(() => performance.now());
  const w = await stockRun(page, q);
  const warm: SearchMeasure = {
    engine: 'stock',
    query: q,
    mode: 'warm',
    pages: w.pages,
    firstBytes: server.bytes() - warmFrom,
    firstMs: w.firstMs - t0,
    totalBytes: NaN,
    totalMs: w.totalMs - t0,
  };
  await page.context().close();
  return warm;
}

export async function benchSearch(dist = 'dist', queries = BENCH_QUERIES): Promise<SearchBench> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium');
  const root = normalize(dist);
  const reading = readBuiltPages(root);
  const stockDir = join(root, STOCK_DIR);
  await indexStock(
    root,
    reading.map((p) => p.file),
  );
  const server = await countingServer(root);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const measures: SearchMeasure[] = [];
    for (const q of queries) measures.push(...(await ours(browser, server, q)), ...(await stock(browser, server, q)));
    const runtimeBytes = (dir: string) =>
      readdirSync(dir)
        .filter((f) => /^(pagefind\.js|pagefind-worker\.js|wasm\..*)$/.test(f))
        .reduce((n, f) => n + statSync(join(dir, f)).size, 0);
    const uiBytes = readdirSync(stockDir)
      .filter((f) => /^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(f))
      .reduce((n, f) => n + statSync(join(stockDir, f)).size, 0);
    const stockRuntimeBytes = runtimeBytes(stockDir);
    const oursDir = join(root, SEARCH_DIR);
    return {
      pages: reading.length,
      oursIndexBytes: dirBytes(oursDir) - runtimeBytes(oursDir),
      stockIndexBytes: dirBytes(stockDir) - stockRuntimeBytes - uiBytes,
      stockRuntimeBytes,
      measures,
    };
  } finally {
    await browser.close();
    await server.close();
    rmSync(stockDir, { recursive: true, force: true });
  }
}

const kib = (n: number) => (Number.isFinite(n) ? `${(n / 1024).toFixed(1)} KiB` : '—');

/** The goals a cold linked search of ours misses at this scale (factor 1: ×1, else the large corpus). */
export function missedGoals(m: SearchMeasure, factor: number): string[] {
  if (m.engine !== 'ours' || m.mode !== 'cold') return [];
  const missed: string[] = [];
  if (factor === 1) {
    if (m.query === GOALS.unit.query && m.firstBytes > GOALS.unit.firstBytes) missed.push('first > 200 KiB');
  } else {
    if (m.firstBytes > GOALS.large.firstBytes) missed.push('first > 400 KiB');
    if (m.totalBytes > GOALS.large.totalBytes) missed.push('total > 1 MiB');
    if (m.firstMs > GOALS.large.ms || m.totalMs > GOALS.large.ms) missed.push('> 2 s');
  }
  return missed;
}

/** Rows for a table: query, mode, engine, pages found, first results (KiB, ms), exact total (KiB, ms), goals. */
export function searchRows(b: SearchBench & { factor?: number }): string[][] {
  return b.measures.map((m) => {
    const missed = missedGoals(m, b.factor ?? 1);
    return [
      m.query,
      m.mode,
      m.engine,
      String(m.pages),
      kib(m.firstBytes),
      `${m.firstMs.toFixed(0)} ms`,
      m.engine === 'stock' ? '(not exact)' : kib(m.totalBytes),
      `${m.totalMs.toFixed(0)} ms`,
      m.engine === 'ours' && m.mode === 'cold' ? (missed.length ? `MISSED: ${missed.join(', ')}` : 'goals met') : '',
    ];
  });
}

if (import.meta.main) {
  const dist = process.argv[2] ?? 'dist';
  const factor = Number(process.argv[3] ?? 1);
  const b = { ...(await benchSearch(dist)), factor };
  console.log(
    `search bench: ${dist}, ${b.pages} reading pages; index on disk: ours ${kib(b.oursIndexBytes)}, stock ${kib(b.stockIndexBytes)} (+ runtime ${kib(b.stockRuntimeBytes)})`,
  );
  console.log(['query', 'mode', 'engine', 'pages', 'first KiB', 'first ms', 'total KiB', 'total ms', 'goals'].join('\t'));
  for (const r of searchRows(b)) console.log(r.join('\t'));
}
