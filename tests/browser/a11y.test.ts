/**
 * axe-core in Chromium on every page type, light and dark colour scheme, desktop (1280px) and phone
 * (375px) width: zero violations (tests/browser/axe.ts).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { axeViolations } from './axe.ts';
import { launch, open } from './helpers.ts';
import { LINKED_VIEWS, pageTypes } from '../../scripts/lib/page-types.ts';

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

describe('axe-core: zero violations', () => {
  if (missing.length) it(`page types not built yet: ${missing.join(', ')}`, { skip: true }, () => {});
  for (const { type, path, ready } of found) {
    for (const viewport of VIEWPORTS) {
      it(`${type} ${path} at ${viewport.width}px, light and dark`, async () => {
        const { page } = await open(browser, path, viewport);
        if (ready) await page.waitForSelector(ready, { state: 'attached' });
        await page.waitForLoadState('networkidle');
        const problems = await axeViolations(page);
        await page.context().close();
        assert.deepEqual(problems, []);
      });
    }
  }
});
