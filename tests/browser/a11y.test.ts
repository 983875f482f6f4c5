/**
 * axe-core in Chromium on every page type, light and dark colour scheme, desktop (1280px) and phone
 * (375px) width: zero violations. axe is injected through the DevTools protocol, which the page's CSP
 * does not govern, so the site needs no exception for it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launch, open } from './helpers.ts';
import { LINKED_VIEWS, pageTypes } from '../../scripts/lib/page-types.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const { found: built, missing } = pageTypes(process.env.DIST ?? 'dist');
/** Every page type, and the views whose content comes from the query string. */
const found = [...built, ...LINKED_VIEWS];
const VIEWPORTS = [
  { width: 1280, height: 900 },
  { width: 375, height: 812 },
];

let browser: Browser;
before(async () => (browser = await launch()));
after(async () => browser.close());

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[]; failureSummary: string }[];
}

describe('axe-core: zero violations', () => {
  if (missing.length) it(`page types not built yet: ${missing.join(', ')}`, { skip: true }, () => {});
  for (const { type, path, ready } of found) {
    for (const viewport of VIEWPORTS) {
      it(`${type} ${path} at ${viewport.width}px, light and dark`, async () => {
        const { page } = await open(browser, path, viewport);
        if (ready) await page.waitForSelector(ready, { state: 'attached' });
        await page.waitForLoadState('networkidle');
        const problems: string[] = [];
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          await page.evaluate(axeSource);
          const violations = await page.evaluate<AxeViolation[]>(
            `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations)`,
          );
          for (const v of violations) {
            const where = v.nodes
              .slice(0, 3)
              .map((n) => `${n.target.join(' ')}: ${n.failureSummary.split('\n').slice(1, 2).join('').trim()}`);
            problems.push(`[${colorScheme}] ${v.id} (${v.impact}, ${v.nodes.length}×): ${v.help} — ${where.join(' | ')}`);
          }
        }
        await page.context().close();
        assert.deepEqual(problems, []);
      });
    }
  }
});
