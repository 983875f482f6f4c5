/**
 * `npm run bench`: measures the project on this machine and prints one table; the same figures go to
 * bench/latest.json (not committed). Over 300 lines: the stages share one runner, one corpus and one
 * table, which a split into files would only pass around.
 *   - build stages (parse, Astro, search index): wall time and peak memory (max RSS via /usr/bin/time);
 *   - scaling: the seeds repeated ×1, ×10, ×50 as distinct documents (temp folders), each built into a
 *     temp outDir — time, memory, dist size, index size, and growth per unit of corpus (1.00 = linear);
 *   - page weight per page type (×1 build): HTML, CSS, JS raw and gzip beside the gzip size of the
 *     page's own reading text (the floor no page can go below);
 *   - search in Chromium (scripts/bench-search.ts): bytes and time to results, ours and stock Pagefind;
 *   - pages in Chromium (scripts/bench-pages.ts): each page type's and linked view's bytes, requests,
 *     layout shift and longest script task next to its budget, and the Lighthouse mobile performance
 *     score (median of 3, flagged under 95): the score lives here, not in `npm test`, because it follows
 *     the machine's load.
 * Options: --factors 1,10,50 (or BENCH_FACTORS), --no-search, --no-pages, --keep (keep the temp folders).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { Parser, StaticConfigLoader } from 'html-validate';
import { scaledSeeds } from './lib/bench-corpus.ts';
import { pageTypes } from './lib/page-types.ts';
import type { SearchBench } from './bench-search.ts';
import { benchPages, pageRows, type PageBench } from './bench-pages.ts';

const { values: opts } = parseArgs({
  options: {
    factors: { type: 'string', default: process.env.BENCH_FACTORS ?? '1,10,50' },
    'no-search': { type: 'boolean', default: false },
    'no-pages': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const factors = opts.factors
  .split(',')
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
if (!factors.includes(1)) factors.unshift(1); // ×1 is the unit every ratio refers to
const OUT_ROOT = 'bench/out'; // gitignored
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const temps: string[] = [];

interface Stage {
  seconds: number;
  /** Peak resident memory in MiB, or null when /usr/bin/time is missing. */
  peakMiB: number | null;
  stdout: string;
  /** First error line when the stage failed. */
  error?: string;
}

/** Runs a node script as a child process; wall time and max RSS of it and its children. */
function run(args: string[], env: Record<string, string> = {}): Stage {
  const timeFile = join(mkdtempSync(join(tmpdir(), 'bench-time-')), 't');
  temps.push(timeFile.replace(/\/t$/, ''));
  const command = TIME ? [TIME, '-f', '%e %M', '-o', timeFile, process.execPath, ...args] : [process.execPath, ...args];
  const started = performance.now();
  const r = spawnSync(command[0]!, command.slice(1), {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  const seconds = (performance.now() - started) / 1000;
  const peakKiB = TIME ? Number(readFileSync(timeFile, 'utf8').trim().split(/\s+/).pop()) : NaN;
  const stage: Stage = { seconds, peakMiB: Number.isFinite(peakKiB) ? peakKiB / 1024 : null, stdout: r.stdout };
  // A failed stage is a finding of the benchmark (reported in the table), not a reason to stop.
  if (r.status !== 0) {
    const lines = `${r.stderr}`.split('\n').filter((l) => /Error|error:/.test(l));
    stage.error = (lines[0] ?? `exit ${r.status}`).trim().slice(0, 160);
    process.stderr.write(`\n${args.join(' ')} failed (${r.status}):\n${r.stderr.slice(-3000)}\n`);
  }
  return stage;
}

function treeSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) {
      const sub = treeSize(join(dir, e.name));
      bytes += sub.bytes;
      files += sub.files;
    } else {
      bytes += statSync(join(dir, e.name)).size;
      files++;
    }
  }
  return { bytes, files };
}

interface Scale {
  factor: number;
  documents: number;
  pages: number;
  parse: Stage & { ms: number };
  astro: Stage;
  index: Stage;
  totalSeconds: number;
  peakMiB: number | null;
  distBytes: number;
  indexBytes: number;
  outDir: string;
  seedsDir: string;
}

function buildScale(factor: number): Scale {
  const seedsDir = scaledSeeds(factor);
  // Inside the project on purpose: for an outDir outside the working directory Astro puts its
  // prerender chunks in the shared ./.astro/.prerender/, where concurrent builds overwrite each other.
  mkdirSync(OUT_ROOT, { recursive: true });
  const outDir = mkdtempSync(join(OUT_ROOT, `dist-x${factor}-`));
  temps.push(seedsDir, outDir);
  const note = (what: string, st: Stage) => process.stderr.write(`${what} ${st.seconds.toFixed(1)} s ${st.error ? 'FAILED ' : ''}· `);
  process.stderr.write(`×${factor}: `);
  const parse = run(['scripts/lib/bench-parse.ts', seedsDir]);
  note('parse', parse);
  const parsed = parse.error
    ? { ms: NaN, documents: 0 }
    : (JSON.parse(parse.stdout.trim().split('\n').pop()!) as { ms: number; documents: number });
  const astro = run(['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], { SEEDS_DIR: seedsDir });
  note('astro build', astro);
  const index = astro.error
    ? { seconds: 0, peakMiB: null, stdout: '', error: 'not run (build failed)' }
    : run(['scripts/search-index.ts', outDir]);
  note('search index', index);
  const pages = readdirSync(outDir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
  const peaks = [parse.peakMiB, astro.peakMiB, index.peakMiB].filter((m): m is number => m !== null);
  const scale: Scale = {
    factor,
    documents: parsed.documents,
    pages,
    parse: { ...parse, ms: parsed.ms, stdout: '' },
    astro: { ...astro, stdout: '' },
    index: { ...index, stdout: '' },
    totalSeconds: parse.seconds + astro.seconds + index.seconds,
    peakMiB: peaks.length ? Math.max(...peaks) : null,
    distBytes: treeSize(outDir).bytes,
    indexBytes: !index.error && existsSync(join(outDir, 'pagefind')) ? treeSize(join(outDir, 'pagefind')).bytes : NaN,
    outDir,
    seedsDir,
  };
  process.stderr.write(`total ${scale.totalSeconds.toFixed(1)} s, ${pages} pages\n`);
  return scale;
}

// ---- page weight -------------------------------------------------------------------------------

const htmlConfig = await new StaticConfigLoader().getConfigFor('page.html');
const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;

/** A JS file and everything it imports statically (dynamic import() is lazy and not counted). */
function jsClosure(dist: string, url: string, seen = new Set<string>()): Set<string> {
  if (seen.has(url) || !existsSync(join(dist, url))) return seen;
  seen.add(url);
  const code = readFileSync(join(dist, url), 'utf8');
  for (const m of code.matchAll(/(?:\bimport|\bfrom)\s*["']([^"']+\.m?js)["']/g)) {
    jsClosure(dist, new URL(m[1]!, `http://x${url}`).pathname, seen);
  }
  return seen;
}

interface Weight {
  type: string;
  path: string;
  html: [number, number];
  css: [number, number];
  js: [number, number];
  text: [number, number];
}

function pageWeight(dist: string, type: string, path: string): Weight {
  const file = join(dist, path, 'index.html');
  const html = readFileSync(file);
  const dom = new Parser(htmlConfig).parseHtml(html.toString('utf8'));
  const sum = (urls: Iterable<string>): [number, number] => {
    let raw = 0;
    let zipped = 0;
    for (const u of urls) {
      const bytes = readFileSync(join(dist, u));
      raw += bytes.length;
      zipped += gz(bytes);
    }
    return [raw, zipped];
  };
  const css = dom.querySelectorAll('link[rel="stylesheet"]').map((l) => String(l.getAttributeValue('href')));
  const js = new Set<string>();
  for (const s of dom.querySelectorAll('script[src], link[rel="modulepreload"]')) {
    jsClosure(dist, String(s.getAttributeValue('src') ?? s.getAttributeValue('href')), js);
  }
  for (const m of html.toString('utf8').matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
    for (const i of m[1]!.matchAll(/(?:\bimport|\bfrom)\s*["'](\/[^"']+\.m?js)["']/g)) jsClosure(dist, i[1]!, js);
  }
  const body = dom.querySelector('[data-pagefind-body]') ?? dom.querySelector('main');
  const text = (body?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return { type, path, html: [html.length, gz(html)], css: sum(css), js: sum(js), text: [Buffer.byteLength(text), gz(text)] };
}

// ---- run ---------------------------------------------------------------------------------------

const started = performance.now();
const scales: Scale[] = [];
try {
  for (const f of [...new Set(factors)].sort((a, b) => a - b)) scales.push(buildScale(f));
  const unit = scales[0]!;
  const { found, missing } = pageTypes(unit.outDir);
  const WEIGHT_TYPES = ['home', 'landing', 'plan chapter', 'report part', 'law', 'search', 'targets', 'terms', 'compare'];
  const weights = WEIGHT_TYPES.map((t) => found.find((p) => p.type === t))
    .filter((p) => !!p)
    .map((p) => pageWeight(unit.outDir, p.type, p.path));
  const notBuilt = WEIGHT_TYPES.filter((t) => missing.some((m) => m.startsWith(t)));

  let search: unknown = 'not available yet';
  if (opts['no-search']) search = 'skipped (--no-search)';
  else if (existsSync('scripts/bench-search.ts')) {
    process.stderr.write('search bench in Chromium…\n');
    const { benchSearch } = await import('./bench-search.ts');
    // At ×1 and at the largest factor: the exact search must stay light as the corpus grows.
    const benches: Array<SearchBench & { factor: number }> = [];
    for (const s of new Set([unit, scales[scales.length - 1]!]))
      if (!s.index.error) benches.push({ factor: s.factor, ...(await benchSearch(s.outDir)) });
    search = benches;
  }

  let pages: PageBench[] | string = 'skipped (--no-pages)';
  if (!opts['no-pages']) {
    process.stderr.write('page budgets and Lighthouse in Chromium…\n');
    pages = await benchPages(unit.outDir);
  }

  // ---- the one table ----
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  const mib = (n: number | null) => (n === null ? 'n/a' : `${n.toFixed(0)} MiB`);
  const rows: [string, ...string[]][] = [];
  const section = (title: string) => rows.push([`— ${title}`]);
  section(`build stages, ×1 (${unit.documents} documents, ${unit.pages} pages)`);
  rows.push([
    'parse (parseSeeds)',
    `${unit.parse.ms.toFixed(0)} ms in-process`,
    `${unit.parse.seconds.toFixed(1)} s with node start`,
    mib(unit.parse.peakMiB),
  ]);
  rows.push(['Astro build', `${unit.astro.seconds.toFixed(1)} s`, '', mib(unit.astro.peakMiB)]);
  rows.push(['search index', `${unit.index.seconds.toFixed(1)} s`, '', mib(unit.index.peakMiB)]);
  section('scaling (corpus repeated as distinct documents; growth per unit of corpus vs ×1, 1.00 = linear)');
  rows.push([
    'factor',
    'documents / pages',
    'build s (parse+astro+index)',
    'peak memory',
    'dist',
    'search index',
    'time/unit',
    'pages/unit',
    'dist/unit',
    'index/unit',
  ]);
  for (const s of scales) {
    const per = (v: number, u: number) => (v / s.factor / u).toFixed(2);
    rows.push([
      `×${s.factor}`,
      `${s.documents} / ${s.pages}`,
      `${s.totalSeconds.toFixed(1)} (${s.parse.seconds.toFixed(1)}+${s.astro.seconds.toFixed(1)}+${s.index.seconds.toFixed(1)})`,
      mib(s.peakMiB),
      `${(s.distBytes / 2 ** 20).toFixed(1)} MiB`,
      `${(s.indexBytes / 2 ** 20).toFixed(1)} MiB`,
      per(s.totalSeconds, unit.totalSeconds),
      per(s.pages, unit.pages),
      per(s.distBytes, unit.distBytes),
      per(s.indexBytes, unit.indexBytes),
    ]);
  }
  for (const s of scales) {
    for (const [name, st] of [
      ['parse', s.parse],
      ['Astro build', s.astro],
      ['search index', s.index],
    ] as const) {
      if (st.error) rows.push([`×${s.factor} ${name} FAILED`, `after ${st.seconds.toFixed(1)} s: ${st.error}`]);
    }
  }
  const last = scales[scales.length - 1]!;
  if (last.factor > 1) {
    // Per unit of corpus at the largest factor, relative to ×1: ≈1 linear, <1 start-up costs
    // amortised, >1 something grows faster than the corpus (e.g. pages per pair of documents).
    const verdict = (name: string, v: number, u: number) => {
      const r = v / last.factor / u;
      if (!Number.isFinite(r)) return `${name} n/a`;
      // The bar of issue #10: ≤ 1.2 per unit of corpus counts as linear.
      return `${name} ${r < 0.8 ? 'sublinear' : r <= 1.2 ? 'linear' : 'SUPERLINEAR'} (${r.toFixed(2)})`;
    };
    rows.push([
      `growth at ×${last.factor}`,
      [
        verdict('time', last.totalSeconds, unit.totalSeconds),
        verdict('Astro time', last.astro.seconds, unit.astro.seconds),
        verdict('pages', last.pages, unit.pages),
        verdict('dist', last.distBytes, unit.distBytes),
        verdict('index', last.indexBytes, unit.indexBytes),
      ].join(', '),
    ]);
  }
  section("page weight, ×1 build (raw / gzip); text = the page's own reading text, the floor");
  rows.push(['page type', 'path', 'HTML', 'CSS', 'JS (static imports)', 'text', 'gzip total ÷ text']);
  for (const w of weights) {
    const pair = ([raw, z]: [number, number]) => `${kib(raw)} / ${kib(z)}`;
    rows.push([
      w.type,
      w.path,
      pair(w.html),
      pair(w.css),
      pair(w.js),
      pair(w.text),
      ((w.html[1] + w.css[1] + w.js[1]) / w.text[1]).toFixed(1),
    ]);
  }
  if (notBuilt.length) rows.push(['not built yet', notBuilt.join(', ')]);
  section(
    'search in Chromium (scripts/bench-search.ts): cold linked /search/?q= and warm; KiB, and ms since navigation (warm: since keystroke)',
  );
  if (typeof search === 'string') rows.push(['search bench', search]);
  else {
    const { searchRows } = await import('./bench-search.ts');
    rows.push(['scale', 'query', 'mode', 'engine', 'pages', 'first results', 'ms', 'exact total', 'ms', 'goals']);
    for (const b of search as Array<SearchBench & { factor: number }>) {
      rows.push([
        `×${b.factor} index on disk`,
        `ours ${kib(b.oursIndexBytes)}, stock Pagefind ${kib(b.stockIndexBytes)} + runtime ${kib(b.stockRuntimeBytes)}`,
      ]);
      for (const r of searchRows(b)) rows.push([`×${b.factor}`, ...r]);
    }
  }
  section(
    'pages in Chromium, ×1 build (scripts/bench-pages.ts): budgets of scripts/lib/budgets.ts; Lighthouse mobile performance, median of 3',
  );
  if (typeof pages === 'string') rows.push(['pages bench', pages]);
  else for (const r of pageRows(pages)) rows.push(r as [string, ...string[]]);
  const widths: number[] = [];
  // Two-cell rows (labels with one long value) do not widen the columns.
  // Terminal columns: CJK and full-width characters take two.
  const width = (c: string) =>
    [...c].reduce(
      (n, ch) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1),
      0,
    );
  for (const r of rows) if (r.length > 2) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, width(c))));
  for (const r of rows) if (r.length === 2) widths[0] = Math.max(widths[0] ?? 0, width(r[0]));
  const pad = (c: string, w: number) => c + ' '.repeat(Math.max(0, w - width(c)));
  console.log(
    `\nbenchmark — ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${(await import('node:os')).cpus().length} CPUs`,
  );
  for (const r of rows)
    console.log(
      r[0].startsWith('—')
        ? `\n${r[0]}`
        : r
            .map((c, i) => (r.length > 2 || i === 0 ? pad(c, widths[i]!) : c))
            .join('  ')
            .trimEnd(),
    );
  const totalMinutes = (performance.now() - started) / 60000;
  console.log(`\nbench took ${totalMinutes.toFixed(1)} min`);

  mkdirSync('bench', { recursive: true });
  const strip = (s: Scale) => ({ ...s, outDir: undefined, seedsDir: undefined });
  writeFileSync(
    'bench/latest.json',
    JSON.stringify(
      {
        date: new Date().toISOString(),
        node: process.version,
        factors,
        scales: scales.map(strip),
        weights,
        notBuilt,
        search,
        pages,
        minutes: totalMinutes,
      },
      null,
      2,
    ) + '\n',
  );
  console.log('figures: bench/latest.json');
} finally {
  if (!opts.keep) for (const t of temps) rmSync(t, { recursive: true, force: true });
}
