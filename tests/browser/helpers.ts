/**
 * Shared browser-test plumbing: one Chromium per test file, pages that record console errors and any
 * request to a host other than the local test server (which must never happen).
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../scripts/lib/chromium.ts';
import type { Node } from '../../src/parser/model.ts';

export const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:4321';

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export interface OpenedPage {
  page: Page;
  consoleErrors: string[];
  foreignRequests: string[];
}

export async function open(
  browser: Browser,
  path: string,
  viewport = { width: 1280, height: 900 },
  javaScript = true,
): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport, javaScriptEnabled: javaScript });
  // A wait that runs out is a failure however slow the machine is: waits are generous (they only
  // bound a hang), verdicts come from what the page shows, never from how fast it showed it.
  context.setDefaultTimeout(120_000);
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== new URL(BASE_URL).origin && url.protocol !== 'data:') {
      foreignRequests.push(url.href);
      return route.abort();
    }
    return route.continue();
  });
  await page.goto(BASE_URL + path);
  return { page, consoleErrors, foreignRequests };
}

/** The node with this id anywhere in a document's tree (models fetched from /data/<id>.json). */
export function findNode(nodes: Node[], id: string): Node | undefined {
  for (const n of nodes) {
    if (n.id === id) return n;
    const inner = n.type === 'division' ? findNode(n.children, id) : undefined;
    if (inner) return inner;
  }
  return undefined;
}
