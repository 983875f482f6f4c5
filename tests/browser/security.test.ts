/**
 * Security in the browser: on every page type no request leaves the site's origin and the CSP reports
 * no violation (the site's own scripts and styles are all allowed); and the CSP is really enforced —
 * an injected inline script does not run and a request to another host is refused.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launch, open } from './helpers.ts';
import { pageTypes } from '../../scripts/lib/page-types.ts';

const { found } = pageTypes(process.env.DIST ?? 'dist');

let browser: Browser;
before(async () => (browser = await launch()));
after(async () => browser.close());

describe('security in Chromium', () => {
  for (const { type, path } of found) {
    it(`${type} ${path}: no foreign request, no CSP violation`, async () => {
      const { page, consoleErrors, foreignRequests } = await open(browser, path);
      await page.waitForLoadState('networkidle');
      // Let the page's own scripts act (search box focus, table of contents) before judging.
      await page.keyboard.press('/');
      await page.waitForTimeout(100);
      await page.context().close();
      assert.deepEqual(foreignRequests, []);
      assert.deepEqual(
        consoleErrors.filter((e) => /Content Security Policy|Refused to/i.test(e)),
        [],
      );
    });
  }

  it('the CSP is enforced: no inline script, no request to another host', async () => {
    const { page } = await open(browser, '/');
    const result = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.append(script);
      let fetched: string;
      try {
        await fetch('http://203.0.113.1/beacon');
        fetched = 'yes';
      } catch {
        fetched = 'refused';
      }
      await new Promise((r) => setTimeout(r, 50));
      return { injected: (window as unknown as { __injected?: boolean }).__injected === true, fetched, violations };
    });
    await page.context().close();
    assert.equal(result.injected, false, 'an inline script ran');
    assert.equal(result.fetched, 'refused');
    assert.ok(
      result.violations.some((v) => v.startsWith('script-src')),
      `violations: ${result.violations.join(', ')}`,
    );
    assert.ok(
      result.violations.some((v) => v.startsWith('connect-src')),
      `violations: ${result.violations.join(', ')}`,
    );
  });
});
