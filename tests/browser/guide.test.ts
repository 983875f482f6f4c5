/**
 * Every guide page in Chromium: axe-core clean in light and dark at 1280 and 375 px, nothing wider than
 * the phone's screen, no console error; printed, only the text; its table of contents scrolls to a
 * heading that exists.
 * (The page-type gates of scripts/lib/page-types.ts take one guide page; this covers them all.)
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launch, open } from './helpers.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const paths = [
  '/guide/',
  ...readdirSync('src/content/guide')
    .filter((f) => f.endsWith('.md'))
    .map((f) => `/guide/${f.replace(/\.md$/, '')}/`),
];

let browser: Browser;
before(async () => (browser = await launch()));
after(async () => browser.close());

describe('guide pages in the browser', () => {
  for (const path of paths) {
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 375, height: 812 },
    ]) {
      it(`${path} at ${viewport.width}px: axe clean (light, dark), fits the width`, async () => {
        const { page, consoleErrors, foreignRequests } = await open(browser, path, viewport);
        await page.waitForLoadState('networkidle');
        const problems: string[] = [];
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          await page.evaluate(axeSource);
          const violations = await page.evaluate<{ id: string; nodes: { target: string[] }[] }[]>(
            `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations)`,
          );
          for (const v of violations) problems.push(`[${colorScheme}] ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
        }
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= viewport.width, `${path} is ${width}px wide at ${viewport.width}px`);
        assert.deepEqual(problems, []);
        assert.deepEqual(consoleErrors, []);
        assert.deepEqual(foreignRequests, []);
        await page.context().close();
      });
    }
  }

  it('prints the text only: no navigation, no list of the guide’s pages, no table of contents', async () => {
    const { page } = await open(browser, '/guide/data/');
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() =>
      ['.site-header', '.breadcrumbs', '.guide-pages', '.guide-toc', '.site-footer', '.guide-body h1', '.guide-body table'].map(
        (s) => [s, getComputedStyle(document.querySelector(s)!).display !== 'none'] as const,
      ),
    );
    assert.deepEqual(Object.fromEntries(shown), {
      '.site-header': false,
      '.breadcrumbs': false,
      '.guide-pages': false,
      '.guide-toc': false,
      '.site-footer': false,
      '.guide-body h1': true,
      '.guide-body table': true,
    });
    await page.context().close();
  });

  it('the table of contents leads to its headings', async () => {
    const { page } = await open(browser, '/guide/data/');
    const first = page.locator('.guide-toc a').nth(1);
    const href = await first.getAttribute('href');
    await first.click();
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    assert.equal(`#${id}`, href);
    assert.ok(await page.locator(`[id="${id}"]`).isVisible());
    await page.context().close();
  });
});
