/**
 * Lighthouse (mobile defaults) with the system Chromium on every page type and linked view:
 * accessibility, best practices and SEO at 100, one run each — these categories do not depend on the
 * machine's speed. The performance score does, so it is measured in `npm run bench` (median of 3,
 * flagged under 95), and `npm test` holds budgets in bytes, requests and layout instead
 * (tests/browser/budgets.test.ts). A failure lists the audits that cost points.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS } from '../../scripts/lib/chromium.ts';
import { BASE_URL } from './helpers.ts';
import { LINKED_VIEWS, pageTypes } from '../../scripts/lib/page-types.ts';
import { lighthouseRun, DETERMINISTIC_CATEGORIES } from '../../scripts/lib/lighthouse.ts';

const { found, missing } = pageTypes(process.env.DIST ?? 'dist');
let chrome: chromeLauncher.LaunchedChrome;
before(async () => {
  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
});
after(() => chrome.kill());

describe('Lighthouse, mobile: accessibility, best practices, SEO', () => {
  it('every page type is built', () => assert.deepEqual(missing, []));
  for (const { type, path } of [...found, ...LINKED_VIEWS]) {
    it(`${type} ${path}`, async () => {
      const { failures } = await lighthouseRun(chrome.port, BASE_URL + path, DETERMINISTIC_CATEGORIES);
      assert.deepEqual(failures, []);
    });
  }
});
