/**
 * Page budgets and Lighthouse performance, per page type and linked view, on a built site: the bytes,
 * requests, layout shift and longest script task the budget test holds (scripts/lib/budgets.ts), next to
 * the Lighthouse mobile performance score (median of 3 runs, flagged under 95). Part of `npm run bench`
 * (on its ×1 build); alone, `node_modules/.bin/node scripts/bench-pages.ts [DIST]` measures DIST (default
 * dist/) and prints the same table; with --budgets-only it skips Lighthouse and also prints the figures
 * as budgets.ts writes them, to copy there when a page changes on purpose.
 */
import { chromium } from 'playwright-core';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from './lib/chromium.ts';
import { BUDGETS, KIB } from './lib/budgets.ts';
import { lighthouseRun, MINIMUM } from './lib/lighthouse.ts';
import { BUDGET_VIEWPORTS as VIEWPORTS, measurePageLoad } from './lib/page-load.ts';
import { LINKED_VIEWS, pageTypes } from './lib/page-types.ts';
import { serveStatic } from './lib/static-server.ts';

export interface PageBench {
  type: string;
  path: string;
  kib: number;
  requests: number;
  budgetKib: number | null;
  budgetRequests: number | null;
  layoutShift: number;
  maxScriptTaskCpuMs: number;
  /** Lighthouse mobile performance scores of each run, and their median. */
  performanceRuns: number[];
  performance: number;
}

const RUNS = 3;

export async function benchPages(dist: string, runs = RUNS): Promise<PageBench[]> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  let sent = 0;
  const server = await serveStatic(dist, 0, (n) => (sent += n));
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const chrome = await chromeLauncher.launch({ chromePath: executablePath, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  const out: PageBench[] = [];
  try {
    for (const view of [...pageTypes(dist).found, ...LINKED_VIEWS]) {
      const loads = [];
      for (const viewport of VIEWPORTS)
        loads.push(await measurePageLoad(browser, server.url + view.path, { viewport, ready: view.ready, sentBytes: () => sent }));
      const performanceRuns: number[] = [];
      for (let i = 0; i < runs; i++) {
        performanceRuns.push((await lighthouseRun(chrome.port, server.url + view.path, ['performance'])).scores.performance!);
      }
      const budget = BUDGETS[view.type];
      out.push({
        type: view.type,
        path: view.path,
        kib: Math.max(...loads.map((l) => l.bytes)) / KIB,
        requests: Math.max(...loads.map((l) => l.requests)),
        budgetKib: budget ? budget.bytes / KIB : null,
        budgetRequests: budget ? budget.requests : null,
        layoutShift: Math.max(...loads.map((l) => l.layoutShift)),
        maxScriptTaskCpuMs: Math.max(...loads.map((l) => l.maxScriptTaskCpuMs)),
        performanceRuns,
        performance: runs > 0 ? [...performanceRuns].sort((a, b) => a - b)[Math.floor(runs / 2)]! : Number.NaN,
      });
    }
  } finally {
    chrome.kill();
    await browser.close();
    await server.close();
  }
  return out;
}

/** Table rows: one header, then one row per view; a score under 95 or a figure over budget is flagged. */
export function pageRows(benches: PageBench[]): string[][] {
  const minimum = MINIMUM.performance! * 100;
  return [
    ['view', 'path', 'KiB (budget)', 'requests (budget)', 'layout shift', 'max script task', 'Lighthouse perf (runs)'],
    ...benches.map((b) => [
      b.type,
      b.path,
      `${b.kib.toFixed(1)} (${b.budgetKib?.toFixed(1) ?? 'none'})${b.budgetKib === null || b.kib > b.budgetKib ? ' OVER' : ''}`,
      `${b.requests} (${b.budgetRequests ?? 'none'})${b.budgetRequests === null || b.requests > b.budgetRequests ? ' OVER' : ''}`,
      b.layoutShift.toFixed(4),
      `${b.maxScriptTaskCpuMs.toFixed(1)} ms CPU`,
      Number.isNaN(b.performance)
        ? 'not run'
        : `${b.performance}${b.performance < minimum ? ` UNDER ${minimum}` : ''} (${b.performanceRuns.join(', ')})`,
    ]),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // --budgets-only: the budget figures without Lighthouse (quick, for updating budgets.ts).
  const budgetsOnly = process.argv.includes('--budgets-only');
  const dist = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'dist';
  const benches = await benchPages(dist, budgetsOnly ? 0 : RUNS);
  const rows = pageRows(benches);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...r[i]!].length)));
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
  if (budgetsOnly) for (const b of benches) console.log(`  '${b.type}': { kib: ${b.kib.toFixed(1)}, requests: ${b.requests} },`);
}
