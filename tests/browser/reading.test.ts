import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launch, open } from './helpers.ts';

let browser: Browser;
before(async () => (browser = await launch()));
after(async () => browser.close());

describe('reading pages', () => {
  it('a report landing page shows the source title, its explanation, metadata and the table of contents', async () => {
    const { page, consoleErrors, foreignRequests } = await open(browser, '/hunan-2025/');
    assert.equal(await page.locator('h1').innerText(), '2025年湖南省政府工作报告');
    const source = await page.locator('.doc-header .source-title').innerText();
    assert.match(source, /原文标题：.*2024年湖南省政府工作报告/);
    assert.match(source, /2025年1月14日/);
    assert.match(await page.locator('.doc-meta').innerText(), /毛伟明/);
    const toc = page.locator('.doc-toc');
    assert.match(await toc.innerText(), /一、2024年工作回顾/);
    assert.equal(await page.locator('.page-list li').count(), 3);
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(foreignRequests, []);
  });

  it('a report part keeps numbering as written, has paragraph anchors, breadcrumbs and prev/next', async () => {
    const { page } = await open(browser, '/national-2024/part-3/');
    assert.equal(await page.locator('h1').count(), 1);
    assert.match(await page.locator('h1').innerText(), /^三、2024年政府工作任务/);
    const items = page.locator('section.level-item > h2');
    assert.equal(await items.count(), 10);
    assert.match(await items.first().innerText(), /^（一）/);
    assert.match(await page.locator('.breadcrumbs').innerText(), /首页.*2024年政府工作报告.*三、2024年政府工作任务/s);
    assert.equal(await page.locator('link[rel="prev"]').getAttribute('href'), '/national-2024/part-2/');
    assert.equal(await page.locator('nav.prev-next a[rel="prev"]').getAttribute('href'), '/national-2024/part-2/');
    assert.equal(await page.locator('[data-pagefind-body]').count(), 1);
    assert.equal(await page.locator('[data-pagefind-body] .site-header, [data-pagefind-body] .doc-toc').count(), 0);
  });

  it('landing on a paragraph anchor scrolls it into view and marks it', async () => {
    const { page } = await open(browser, '/national-2024/part-3/');
    const id = await page.locator('.text p[id^="p-"]').nth(20).getAttribute('id');
    await page.goto(`${page.url().split('#')[0]}#${id}`);
    const target = page.locator(`[id="${id}"]`);
    await target.waitFor();
    assert.ok(await target.evaluate((el) => el.classList.contains('is-target') || el.matches(':target')));
    const box = await target.boundingBox();
    const viewport = page.viewportSize()!;
    assert.ok(box && box.y >= 0 && box.y < viewport.height, 'the anchored paragraph is in view');
    assert.equal(await page.locator(`.text a.self-link[href="#${id}"]`).count(), 1);
  });

  it('the law is on one page with every article addressable', async () => {
    const { page } = await open(browser, '/state-secrets-law-2024/#article-34');
    assert.equal(await page.locator('section.level-article').count(), 65);
    assert.equal(await page.locator('section.level-chapter').count(), 6);
    assert.match(await page.locator('#article-34').innerText(), /第三十四条/);
    const box = await page.locator('#article-34').boundingBox();
    assert.ok(box && box.y < page.viewportSize()!.height);
  });

  it('a plan chapter sits under its 篇, with sections, boxes and prev/next in reading order', async () => {
    const { page, consoleErrors } = await open(browser, '/hunan-fyp15/chapter-24/');
    assert.match(await page.locator('h1').innerText(), /^第二十四章/);
    const crumbs = await page.locator('.breadcrumbs li').allInnerTexts();
    assert.equal(crumbs.length, 4);
    assert.match(crumbs[2]!, /^第.+篇/);
    assert.ok((await page.locator('section.level-section').count()) > 0);
    assert.ok(await page.locator('link[rel="next"]').getAttribute('href'));
    assert.deepEqual(consoleErrors, []);
  });

  it('the plan landing page flags the missing chapter heading as an editorial note', async () => {
    const { page } = await open(browser, '/hunan-fyp15/');
    assert.match(await page.locator('.editorial-notes').innerText(), /第六十六章/);
    const chapter66 = await open(browser, '/hunan-fyp15/chapter-66/');
    assert.match(await chapter66.page.locator('h1').innerText(), /标题缺失/);
    assert.equal(await chapter66.page.locator('.editorial').count(), 1);
  });

  it('the glossary page lists the 51 entries, and chapter pages link terms to it', async () => {
    const { page } = await open(browser, '/hunan-fyp15/glossary/');
    assert.equal(await page.locator('.glossary .term').count(), 51);
    assert.match(await page.locator('#term-45 dt').innerText(), /^45．/);
    const chapter = await open(browser, '/hunan-fyp15/part-1/');
    const links = chapter.page.locator('a.term-link');
    assert.ok((await links.count()) > 0);
    assert.match((await links.first().getAttribute('href'))!, /^\/hunan-fyp15\/glossary\/#term-\d+$/);
  });

  it("a heading's ornament set as layout (2023答卷 >>>>) is out of sight and out of the labels, and stays in the text", async () => {
    const { page } = await open(browser, '/hunan-2024-digest/');
    const ornaments = page.locator('article.text :is(h2, h3) > .ornament');
    assert.ok((await ornaments.count()) >= 2);
    for (const o of await ornaments.all()) {
      assert.match((await o.textContent())!, /^\s*[>》]{2,}\s*$/);
      const box = (await o.boundingBox())!;
      assert.ok(box.width <= 1 && box.height <= 1, `${box.width}×${box.height}`);
    }
    const labels = await page.locator('.on-this-page a').allInnerTexts();
    assert.ok(labels.length >= 2);
    for (const label of labels) assert.doesNotMatch(label, /[>》]/u);
    // The model keeps the heading as written.
    const doc = (await (await page.request.get(new URL('/data/hunan-2024-digest.json', page.url()).href)).json()) as {
      children: { type: string; heading?: string }[];
    };
    assert.ok(doc.children.some((n) => n.type === 'division' && /[>》]{2,}$/u.test(n.heading ?? '')));
  });

  it('on a 375 px phone the table of contents is closed and opens from the reading bar', async () => {
    const { page } = await open(browser, '/hunan-fyp15/chapter-24/', { width: 375, height: 812 });
    const details = page.locator('[data-toc]');
    assert.equal(await details.evaluate((d) => (d as HTMLDetailsElement).open), false);
    assert.equal(await page.locator('.doc-toc').isVisible(), false);
    await page.locator('[data-reading-bar-toc]').click();
    assert.equal(await details.evaluate((d) => (d as HTMLDetailsElement).open), true);
    assert.ok(await page.locator('.doc-toc a[aria-current="page"]').isVisible());
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no horizontal scrolling of the page (overflow ${overflow}px)`);
  });

  it('reading pages work without JavaScript', async () => {
    const { page } = await open(browser, '/national-2024/part-1/', { width: 1280, height: 900 }, false);
    assert.match(await page.locator('h1').innerText(), /^一、/);
    assert.ok((await page.locator('.text p').count()) > 10);
    assert.equal(await page.locator('[data-toc]').evaluate((d) => (d as HTMLDetailsElement).open), true);
  });
});
