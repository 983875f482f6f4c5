/**
 * What one page costs a browser on arrival, measured in Chromium without CPU or network throttling,
 * in units that do not depend on how fast or busy the machine is: bytes received (counted by the
 * server as it sends them, gzipped where a host gzips, workers' fetches included), the number of requests, the requests that block rendering, the
 * layout shift (PerformanceObserver), and the main-thread CPU time (not wall time) spent in script in
 * each task (from a Chromium trace: a busy machine delays a task but does not make it
 * use more CPU). Shared by the budget test (tests/browser/budgets.test.ts) and the bench.
 */
import type { Browser } from 'playwright-core';

export interface PageLoad {
  /** Bytes of every response body the server sent for the page and its workers (gzipped where a host gzips). */
  bytes: number;
  requests: number;
  /** URLs the browser marked render-blocking, other than the page's own stylesheets. */
  renderBlocking: string[];
  /** Cumulative layout shift (sum of layout-shift entries without recent input). */
  layoutShift: number;
  /** Tasks running the site's scripts whose main-thread CPU time exceeded 50 ms: URL and CPU ms. */
  longScriptTasks: { url: string; cpuMs: number }[];
  /** The longest such task's CPU time, for the record. */
  maxScriptTaskCpuMs: number;
}

export interface LoadOptions {
  viewport: { width: number; height: number };
  /** A CSS selector that appears when the page has answered its URL (views rendered in the browser). */
  ready?: string | undefined;
  /** Bytes the serving static server has sent so far (scripts/lib/static-server.ts's onServe count). */
  sentBytes: () => number;
}

/** The widths every budget is measured at (the larger figure counts): a phone and a desktop. */
export const BUDGET_VIEWPORTS = [
  { width: 375, height: 812 },
  { width: 1280, height: 900 },
];

/** A task is long at 50 ms, as the Long Tasks API and Lighthouse define it. */
export const LONG_TASK_MS = 50;

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { url?: string; scriptName?: string }; beginData?: { url?: string } };
}

/** Trace events that run JavaScript (every script on the site's pages is the site's own). */
const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'v8.compileModule',
  'v8.evaluateModule',
  'FunctionCall',
  'RunMicrotasks',
  'TimerFire',
  'FireAnimationFrame',
  'FireIdleCallback',
]);

export async function measurePageLoad(browser: Browser, url: string, options: LoadOptions): Promise<PageLoad> {
  const context = await browser.newContext({ viewport: options.viewport });
  context.setDefaultTimeout(120_000);
  await context.addInitScript(() => {
    const w = window as unknown as { __layoutShift: number };
    w.__layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
        if (!e.hadRecentInput) w.__layoutShift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const blocking: string[] = [];
  // Requests of the page and of its workers (the comparison's, Pagefind's) alike.
  let requests = 0;
  context.on('request', () => requests++);
  const sentBefore = options.sentBytes();
  cdp.on('Network.requestWillBeSent', (e) => {
    const behaviour = (e as { renderBlockingBehavior?: string }).renderBlockingBehavior;
    if (behaviour === 'Blocking' || behaviour === 'InBodyParserBlocking') blocking.push(e.request.url);
  });
  const origin = new URL(url).origin;
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'] });
  await page.goto(url, { waitUntil: 'load' });
  if (options.ready) await page.waitForSelector(options.ready, { state: 'attached' });
  await page.waitForLoadState('networkidle');
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  const layoutShift = await page.evaluate(() => (window as unknown as { __layoutShift: number }).__layoutShift);
  await context.close();
  const bytes = options.sentBytes() - sentBefore;

  // The main thread of the page's own renderer (the trace also holds Chromium's internal pages).
  const ours = (e: TraceEvent) => (e.args?.data?.url ?? e.args?.beginData?.url ?? '').startsWith(origin);
  const pids = new Set(trace.traceEvents.filter(ours).map((e) => e.pid));
  const mainThreads = new Set(
    trace.traceEvents
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && pids.has(e.pid))
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = trace.traceEvents.filter((e) => mainThreads.has(`${e.pid}:${e.tid}`) && e.ph === 'X');
  const scriptEvents = onMain.filter((e) => SCRIPT_EVENTS.has(e.name));
  const longScriptTasks: PageLoad['longScriptTasks'] = [];
  let maxScriptTaskCpuMs = 0;
  for (const task of onMain.filter((e) => e.name === 'RunTask' && e.tdur !== undefined)) {
    const inside = scriptEvents.filter(
      (s) => s.pid === task.pid && s.tid === task.tid && s.ts >= task.ts && s.ts <= task.ts + (task.dur ?? 0),
    );
    if (inside.length === 0) continue;
    // CPU time spent in script within this task: the outermost script events' thread time (nested
    // ones are inside them), so style, layout and paint the browser does afterwards are not counted.
    const outermost = inside.filter(
      (s) => !inside.some((o) => o !== s && o.ts <= s.ts && s.ts + (s.dur ?? 0) <= o.ts + (o.dur ?? 0) && (o.dur ?? 0) > (s.dur ?? 0)),
    );
    const cpuMs = outermost.reduce((sum, s) => sum + (s.tdur ?? 0), 0) / 1000;
    maxScriptTaskCpuMs = Math.max(maxScriptTaskCpuMs, cpuMs);
    const url = inside.map((s) => s.args?.data?.url ?? s.args?.data?.scriptName ?? '').find((u) => u) ?? '(module or microtask)';
    if (cpuMs > LONG_TASK_MS) longScriptTasks.push({ url, cpuMs: Math.round(cpuMs) });
  }
  const ownCss = (u: string) => new URL(u).origin === origin && new URL(u).pathname.endsWith('.css');
  return {
    bytes,
    requests,
    renderBlocking: blocking.filter((u) => !ownCss(u)),
    layoutShift,
    longScriptTasks,
    maxScriptTaskCpuMs,
  };
}
