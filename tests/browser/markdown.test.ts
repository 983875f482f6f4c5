/**
 * "复制为 Markdown": a real click in Chromium, the system clipboard read back and compared with the
 * page's .md twin as served; the confirmation is visible and announced. Without JavaScript the button
 * stays hidden and the link to the twin is there.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext } from 'playwright-core';
import { BASE_URL, launch, open } from './helpers.ts';

let browser: Browser;
let context: BrowserContext;
before(async () => {
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(BASE_URL).origin });
});
after(async () => browser.close());

describe('复制为 Markdown', () => {
  const pages = [
    { what: 'a plan chapter with a box', path: '/hunan-fyp15/chapter-1/' },
    { what: 'the plan chapter whose heading the source omits', path: '/hunan-fyp15/chapter-66/' },
    { what: 'a report landing page', path: '/hunan-2025/' },
    { what: 'the law on one page', path: '/state-secrets-law-2024/' },
  ];
  for (const p of pages) {
    it(`copies the page's .md twin: ${p.what}`, async () => {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(BASE_URL + p.path);
      await page.evaluate(() => navigator.clipboard.writeText('(nothing copied)'));
      const button = page.getByRole('button', { name: '复制为 Markdown' });
      assert.ok(await button.isVisible(), 'the button is shown where the clipboard can be written');
      await button.click();
      const status = page.locator('[data-copy-markdown-status]');
      await status.getByText('已复制').waitFor({ state: 'visible' });
      assert.equal(await status.getAttribute('role'), 'status');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      const file = await (await fetch(`${BASE_URL}${p.path}index.md`)).text();
      assert.ok(file.startsWith('---\n'), 'the twin opens with front matter');
      assert.equal(copied, file);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  it('without JavaScript: no button, the link to the twin instead', async () => {
    const { page } = await open(browser, '/hunan-fyp15/chapter-24/', undefined, false);
    assert.equal(await page.getByRole('button', { name: '复制为 Markdown' }).count(), 0);
    const link = page.getByRole('link', { name: '本页 Markdown' });
    assert.equal(await link.getAttribute('href'), '/hunan-fyp15/chapter-24/index.md');
    await page.context().close();
  });
});
