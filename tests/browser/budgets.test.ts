/**
 * Performance budgets in units that do not depend on the machine (scripts/lib/budgets.ts): on every page
 * type and linked view, at 375 and 1280 px, in Chromium without throttling — the bytes received (gzip, as
 * a host serves them) and the number of requests within budget, nothing render-blocking but the page's
 * own CSS, no layout shift (PerformanceObserver), and no task whose script CPU time exceeds 50 ms. The
 * Lighthouse performance score, which follows the machine's load, is measured by `npm run bench`.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launch } from './helpers.ts';
import { BUDGETS, KIB } from '../../scripts/lib/budgets.ts';
import { LINKED_VIEWS, pageTypes } from '../../scripts/lib/page-types.ts';
import { BUDGET_VIEWPORTS as VIEWPORTS, LONG_TASK_MS, measurePageLoad } from '../../scripts/lib/page-load.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

const { found, missing } = pageTypes(process.env.DIST ?? 'dist');

let browser: Browser;
// A server of its own, counting every byte it sends (the shared test server runs in another process).
let server: StaticServer;
let sent = 0;
before(async () => {
  browser = await launch();
  server = await serveStatic(process.env.DIST ?? 'dist', 0, (n) => (sent += n));
});
after(async () => {
  await browser.close();
  await server.close();
});

describe('budgets: bytes, requests, render-blocking, layout shift, long tasks', () => {
  it('every page type is built', () => assert.deepEqual(missing, []));
  for (const view of [...found, ...LINKED_VIEWS]) {
    for (const viewport of VIEWPORTS) {
      it(`${view.type} ${view.path} at ${viewport.width}px`, async () => {
        const budget = BUDGETS[view.type];
        assert.ok(budget, `no budget for "${view.type}": add today's figures to scripts/lib/budgets.ts`);
        const load = await measurePageLoad(browser, server.url + view.path, { viewport, ready: view.ready, sentBytes: () => sent });
        const problems: string[] = [];
        if (load.bytes > budget.bytes)
          problems.push(`${(load.bytes / KIB).toFixed(1)} KiB received, budget ${(budget.bytes / KIB).toFixed(1)} KiB`);
        if (load.requests > budget.requests) problems.push(`${load.requests} requests, budget ${budget.requests}`);
        for (const url of load.renderBlocking) problems.push(`render-blocking: ${url}`);
        if (load.layoutShift > 0) problems.push(`layout shift ${load.layoutShift.toFixed(4)}`);
        for (const t of load.longScriptTasks) problems.push(`task with ${t.cpuMs} ms of script CPU (> ${LONG_TASK_MS}): ${t.url}`);
        assert.deepEqual(problems, []);
      });
    }
  }
});
