import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launch, open } from './helpers.ts';

let browser: Browser;
before(async () => (browser = await launch()));
after(async () => browser.close());

describe('home page', () => {
  it('lists every document of the manifest with title, region, date and kind', async () => {
    const { page, consoleErrors, foreignRequests } = await open(browser, '/');
    assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
    assert.equal(await page.locator('h1').count(), 1);
    const cards = page.locator('[data-document]');
    assert.equal(await cards.count(), 10);
    const hunan2025 = page.locator('[data-document="hunan-2025"]');
    assert.match(await hunan2025.locator('h3').innerText(), /2025年湖南省政府工作报告/);
    assert.equal(await hunan2025.locator('[data-field="region"]').innerText(), '湖南');
    assert.equal(await hunan2025.locator('[data-field="date"]').innerText(), '2025年1月14日');
    assert.equal(await hunan2025.locator('[data-field="kind"]').innerText(), '报告');
    assert.match(await hunan2025.innerText(), /原文标题：2024年湖南省政府工作报告/);
    // …explained where it is shown: the year the report reviews, delivered the next year.
    assert.match(await hunan2025.locator('.source-title .title-note').innerText(), /回顾的年份.*2025年1月14日/);
    assert.equal(await page.locator('[data-document="state-secrets-law-2024"] [data-field="kind"]').innerText(), '法律');
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(foreignRequests, []);
  });
});
