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
import { pageTypes } from '../../scripts/lib/page-types.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const { found: built, missing } = pageTypes(process.env.DIST ?? 'dist');
/** Views whose content comes from the query string, rendered in the browser. */
const found = [
  ...built,
  { type: 'compare ?a&b', path: '/compare/?a=national-2024&b=hubei-2024' },
  { type: 'compare default', path: '/compare/?a=hunan-2024&b=hunan-2025' },
  { type: 'terms ?t', path: `/terms/?t=${encodeURIComponent('新质生产力')}` },
];
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
  for (const { type, path } of found) {
    for (const viewport of VIEWPORTS) {
      it(`${type} ${path} at ${viewport.width}px, light and dark`, async () => {
        const { page } = await open(browser, path, viewport);
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
