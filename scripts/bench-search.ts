/**
 * Measures the exact search against stock Pagefind over the same built site, in Chromium on this machine:
 * index size on disk, bytes transferred for the first query and for later ones, time from keystroke to
 * rendered results, and both engines' precision and recall on the query set of the browser test.
 *
 * `node scripts/bench-search.ts [DIST]` (DIST: a built site with the exact index, default dist). A copy of
 * DIST gets a stock Pagefind index in a temporary folder. `benchSearch()` returns the figures.
 */
import { cpSync, createReadStream, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './lib/chromium.ts';
import { buildQuerySet, loadCorpus, type Corpus } from './lib/search-queries.ts';
import { indexStock } from './search-index.ts';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

/** A static server that logs the bytes it sends (all requests, the page's and Pagefind's worker's). */
async function countingServer(root: string) {
  const log: Array<{ path: string; bytes: number }> = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(normalize(root)) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const size = statSync(file).size;
    log.push({ path, bytes: size });
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': size, 'cache-control': 'no-cache' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, log, close: () => new Promise<void>((r) => server.close(() => r())) };
}

function dirSize(dir: string, filter: (rel: string) => boolean = () => true, rel = ''): number {
  let total = 0;
  for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) total += dirSize(dir, filter, r);
    else if (filter(r)) total += statSync(join(dir, r)).size;
  }
  return total;
}

/** What a search needs on disk: the index data, and the runtime (JS + WebAssembly); Pagefind's UI kits are not used. */
function sizes(dist: string) {
  const pf = join(dist, 'pagefind');
  const runtime = (r: string) => /^(pagefind\.js|pagefind-worker\.js|wasm\..*)$/.test(r);
  const ui = (r: string) => /^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(r);
  return {
    indexBytes: dirSize(pf, (r) => !runtime(r) && !ui(r)),
    runtimeBytes: dirSize(pf, runtime),
    chunkBytes: dirSize(pf, (r) => r.endsWith('.pf_index')),
    fragmentBytes: dirSize(pf, (r) => r.endsWith('.pf_fragment')),
    exactBytes: dirSize(pf, (r) => r.startsWith('exact/')),
  };
}

interface Pr {
  precision: number;
  recall: number;
  exactQueries: number;
  queries: number;
}

function score(pairs: Array<{ want: string[]; have: string[] }>): Pr {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let exact = 0;
  for (const { want, have } of pairs) {
    const w = new Set(want);
    const h = new Set(have);
    const t = [...h].filter((u) => w.has(u)).length;
    tp += t;
    fp += h.size - t;
    fn += w.size - t;
    if (t === w.size && t === h.size) exact++;
  }
  return { precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1, exactQueries: exact, queries: pairs.length };
}

/** Bytes by kind of file: runtime, Pagefind index chunks, fragments, filters+meta, our page table, our texts. */
function breakdown(log: Array<{ path: string; bytes: number }>): string {
  const kinds: Array<[string, RegExp]> = [
    ['runtime', /\/pagefind\/(pagefind\.js|pagefind-worker\.js|wasm\.)/],
    ['chunks', /\.pf_index$/],
    ['fragments', /\.pf_fragment$/],
    ['meta+filters', /\.(pf_meta|pf_filter)$|pagefind-entry\.json$/],
    ['page table', /\/exact\/pages\.pf_json$/],
    ['texts', /\.pf_text$/],
    // Chromium asks for the icon again when the search page rewrites its URL (no-cache server here).
    ['favicon', /\/favicon\.svg$/],
  ];
  const sum = new Map<string, [number, number]>();
  for (const r of log) {
    const k = kinds.find(([, re]) => re.test(r.path))?.[0] ?? 'other';
    const [b, n] = sum.get(k) ?? [0, 0];
    sum.set(k, [b + r.bytes, n + 1]);
  }
  return [...sum].map(([k, [b, n]]) => `${k} ${(b / 1024).toFixed(1)} KiB/${n}`).join(', ');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)] ?? 0;

async function ours(browser: Browser, url: string, log: Array<{ path: string; bytes: number }>, corpus: Corpus, queries: string[]) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${url}/search/`);
  await page.waitForSelector('[data-search-results][data-state=done]', { state: 'attached' });
  await page.waitForLoadState('networkidle');
  const run = async (q: string) => {
    const from = log.length;
    const t0 = performance.now();
    await page.fill('#search-q', q);
    await page.waitForFunction((q) => {
      const l = document.querySelector<HTMLElement>('[data-search-results]');
      return l?.dataset.state === 'done' && l.dataset.renderedQuery === q;
    }, q);
    const wall = performance.now() - t0;
    const inPage = Number(await page.$eval('[data-search-results]', (l) => (l as HTMLElement).dataset.elapsedMs));
    const have = await page.$$eval('a[data-search-result]', (as) => as.map((a) => (a as HTMLElement).dataset.url!));
    const candidates = Number(await page.$eval('[data-search-results]', (l) => (l as HTMLElement).dataset.candidates ?? 0));
    const got = log.slice(from);
    return { ms: inPage, wall, bytes: got.reduce((n, r) => n + r.bytes, 0), requests: got.length, have, candidates, breakdown: breakdown(got) };
  };
  // Navigation: a linked search opened cold (page, script, index), until the results are on screen.
  const nav = await browser.newContext();
  const navPage = await nav.newPage();
  const navFrom = log.length;
  await navPage.goto(`${url}/search/?q=${encodeURIComponent(queries[0]!)}`);
  await navPage.waitForSelector('[data-search-results][data-state=done]', { state: 'attached' });
  const navigation = {
    ms: Number(await navPage.$eval('[data-search-results]', (l) => (l as HTMLElement).dataset.renderedAt)),
    bytes: log.slice(navFrom).reduce((n, r) => n + r.bytes, 0),
  };
  await nav.close();
  const first = await run(queries[0]!);
  const second = await run(queries[1]!);
  const later = [];
  const pairs = [{ want: corpus.truth(queries[0]!).map((t) => t.url), have: first.have }, { want: corpus.truth(queries[1]!).map((t) => t.url), have: second.have }];
  for (const q of queries.slice(2)) {
    const r = await run(q);
    later.push(r);
    pairs.push({ want: corpus.truth(q).map((t) => t.url), have: r.have });
  }
  await context.close();
  return { navigation, first, second, later, score: score(pairs) };
}

async function stockSearch(page: Page, q: string, all: boolean) {
  return page.evaluate(
    async ({ q, all }) => {
      const t0 = performance.now();
      const pf = await import('/pagefind/pagefind.js' as string);
      const res = await pf.search(q);
      const results = all ? res.results : res.results.slice(0, 5);
      const data = await Promise.all(results.map((r: { data(): Promise<{ url: string }> }) => r.data()));
      return { ms: performance.now() - t0, have: data.map((d: { url: string }) => d.url.replace(/#.*$/, '')), total: res.results.length };
    },
    { q, all },
  );
}

async function stock(browser: Browser, url: string, log: Array<{ path: string; bytes: number }>, corpus: Corpus, queries: string[]) {
  // Stock Pagefind UI shows the first 5 results (loading their fragments); precision/recall need all.
  const measure = async (all: boolean) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${url}/`);
    await page.waitForLoadState('networkidle');
    const out = [];
    for (const q of queries) {
      const from = log.length;
      const r = await stockSearch(page, q, all);
      const got = log.slice(from);
      out.push({ ...r, bytes: got.reduce((n, x) => n + x.bytes, 0), requests: got.length, breakdown: breakdown(got) });
    }
    await context.close();
    return out;
  };
  const firstFive = await measure(false);
  const allResults = await measure(true);
  const pairs = allResults.map((r, i) => ({ want: corpus.truth(queries[i]!).map((t) => t.url), have: [...new Set(r.have)] }));
  return { firstFive, allResults, pairs };
}

export interface BenchFigures {
  pages: number;
  queries: number;
  ours: Record<string, number | string>;
  stock: Record<string, number | string>;
  stockByKind: Record<string, Pr>;
}

export async function benchSearch(dist = 'dist'): Promise<BenchFigures> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium');
  const corpus = loadCorpus(dist);
  const set = buildQuerySet(corpus);
  const queries = set.map((q) => q.query);
  const stockDist = mkdtempSync(join(tmpdir(), 'bench-search-stock-'));
  cpSync(dist, stockDist, { recursive: true });
  await indexStock(stockDist);
  const oursSize = sizes(dist);
  const stockSize = sizes(stockDist);
  const a = await countingServer(normalize(dist));
  const b = await countingServer(stockDist);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const o = await ours(browser, a.url, a.log, corpus, queries);
    const s = await stock(browser, b.url, b.log, corpus, queries);
    const stockScore = score(s.pairs);
    const byKind: Record<string, Pr> = {};
    for (const label of new Set(set.map((q) => q.label))) byKind[label] = score(s.pairs.filter((_, i) => set[i]!.label === label));
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
    const laterOurs = o.later.map((r) => r.ms);
    const laterStock = s.allResults.slice(2).map((r) => r.ms);
    return {
      pages: corpus.pages.length,
      queries: queries.length,
      ours: {
        'index on disk': kb(oursSize.indexBytes),
        'runtime on disk (JS+wasm)': kb(oursSize.runtimeBytes),
        'index on disk, breakdown': `chunks ${kb(oursSize.chunkBytes)}, fragments ${kb(oursSize.fragmentBytes)} (never fetched), page table+texts ${kb(oursSize.exactBytes)}`,
        [`navigation to /search/?q=${queries[0]} ms (cold, until rendered)`]: o.navigation.ms.toFixed(0),
        'navigation bytes (page + index + texts)': kb(o.navigation.bytes),
        [`first query (${queries[0]}) bytes`]: kb(o.first.bytes),
        'first query requests': o.first.requests,
        'first query breakdown': o.first.breakdown,
        'first query ms (keystroke→rendered)': o.first.ms.toFixed(0),
        [`second query (${queries[1]}) bytes`]: kb(o.second.bytes),
        'second query ms': o.second.ms.toFixed(0),
        'second query breakdown': o.second.breakdown,
        'later queries median bytes': kb(median(o.later.map((r) => r.bytes))),
        'later queries median ms': median(laterOurs).toFixed(0),
        'later queries p90 ms': p90(laterOurs).toFixed(0),
        'bytes for the whole query set': kb(o.first.bytes + o.second.bytes + o.later.reduce((n, r) => n + r.bytes, 0)),
        'Pagefind candidates verified / kept': `${[o.first, o.second, ...o.later].reduce((n, r) => n + r.candidates, 0)} / ${[o.first, o.second, ...o.later].reduce((n, r) => n + r.have.length, 0)}`,
        precision: `${(o.score.precision * 100).toFixed(1)} %`,
        recall: `${(o.score.recall * 100).toFixed(1)} %`,
        'queries exact': `${o.score.exactQueries}/${o.score.queries}`,
      },
      stock: {
        'index on disk': kb(stockSize.indexBytes),
        'runtime on disk (JS+wasm)': kb(stockSize.runtimeBytes),
        'index on disk, breakdown': `chunks ${kb(stockSize.chunkBytes)}, fragments ${kb(stockSize.fragmentBytes)}`,
        'first query bytes (5 results shown)': kb(s.firstFive[0]!.bytes),
        'first query ms (5 results)': s.firstFive[0]!.ms.toFixed(0),
        'first query breakdown (5 results)': s.firstFive[0]!.breakdown,
        'second query bytes (5 results)': kb(s.firstFive[1]!.bytes),
        'later queries median bytes (5 results)': kb(median(s.firstFive.slice(2).map((r) => r.bytes))),
        'later queries median ms (5 results)': median(s.firstFive.slice(2).map((r) => r.ms)).toFixed(0),
        'first query bytes (all results loaded)': kb(s.allResults[0]!.bytes),
        'first query ms (all results)': s.allResults[0]!.ms.toFixed(0),
        'first query breakdown (all results)': s.allResults[0]!.breakdown,
        'later queries median bytes (all results)': kb(median(s.allResults.slice(2).map((r) => r.bytes))),
        'later queries median ms (all results)': median(laterStock).toFixed(0),
        'later queries p90 ms (all results)': p90(laterStock).toFixed(0),
        'bytes for the whole query set (all results)': kb(s.allResults.reduce((n, r) => n + r.bytes, 0)),
        precision: `${(stockScore.precision * 100).toFixed(1)} %`,
        recall: `${(stockScore.recall * 100).toFixed(1)} %`,
        'queries exact': `${stockScore.exactQueries}/${stockScore.queries}`,
      },
      stockByKind: byKind,
    };
  } finally {
    await browser.close();
    await a.close();
    await b.close();
    rmSync(stockDist, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const figures = await benchSearch(process.argv[2] ?? 'dist');
  console.log(`search benchmark: ${figures.pages} indexed pages, ${figures.queries} queries, Chromium on this machine`);
  console.log('\nexact search (ours)');
  for (const k of Object.keys(figures.ours)) console.log(`  ${k.padEnd(44)} ${figures.ours[k]}`);
  console.log('\nstock Pagefind 1.6 (zh-cn)');
  for (const k of Object.keys(figures.stock)) console.log(`  ${k.padEnd(44)} ${figures.stock[k]}`);
  console.log('\nstock Pagefind by query kind');
  for (const [label, p] of Object.entries(figures.stockByKind)) {
    console.log(`  ${label.padEnd(16)} precision ${(p.precision * 100).toFixed(1).padStart(5)} %  recall ${(p.recall * 100).toFixed(1).padStart(5)} %  exact ${p.exactQueries}/${p.queries}`);
  }
}
