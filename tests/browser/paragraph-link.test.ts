/**
 * Linking to a paragraph (issue 21): each paragraph shows its number (the N of its anchor p-N, never part
 * of a copy), tapping it offers 复制链接 with a visible confirmation, and the page's citation then names
 * the paragraph (第N段) in every format. The BibTeX and RIS on the page are read by parsers other than
 * citation-js, which wrote them: @retorquere/bibtex-parser and astrocite-ris.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { AST as RIS } from 'astrocite-ris';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, launch, open } from './helpers.ts';

let browser: Browser;
before(async () => (browser = await launch()));
after(async () => browser.close());

const PAGES = ['/hunan-fyp15/chapter-24/', '/national-2024/part-3/', '/state-secrets-law-2024/'];

/** The reader's today in the browser, as the citation writes it. */
const browserToday = (page: Page) =>
  page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });

describe('paragraph numbers', () => {
  for (const path of PAGES) {
    it(`${path}: every paragraph shows the number of its anchor`, async () => {
      const { page, consoleErrors } = await open(browser, path);
      const shown = await page.$$eval('article.text :is(p, li)[id^="p-"]', (els) =>
        els.map((el) => {
          const link = el.querySelector(':scope > a.self-link-paragraph');
          return { id: el.id, href: link?.getAttribute('href'), glyph: link ? getComputedStyle(link, '::after').content : null };
        }),
      );
      assert.ok(shown.length > 3, `${shown.length} paragraphs`);
      for (const p of shown) {
        assert.equal(p.href, `#${p.id}`);
        assert.equal(p.glyph, `"${p.id.slice(2)}" / ""`, p.id);
      }
      assert.deepEqual(consoleErrors, []);
    });
  }
});

describe('copy a paragraph link, cite the paragraph', () => {
  it('tapping the number marks the paragraph and offers 复制链接; the copy is confirmed on screen and is the full address', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(BASE_URL).origin });
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/hunan-fyp15/chapter-24/`);
    const id = (await page.locator('article.text p[id^="p-"]').nth(3).getAttribute('id'))!;
    const n = id.slice(2);
    const bar = page.locator('[data-paragraph-bar]');
    assert.equal(await bar.isVisible(), false);
    await page.locator(`[id="${id}"] > a.self-link`).click();
    assert.equal(new URL(page.url()).hash, `#${id}`);
    await bar.waitFor({ state: 'visible' });
    assert.match(await bar.innerText(), new RegExp(`第${n}段`));
    const copy = bar.locator('[data-paragraph-copy]');
    assert.equal(await copy.innerText(), '复制链接');
    // WCAG 2.2 target size: the bar's controls are at least 24 × 24 CSS px.
    for (const control of await bar.locator('button, a').all()) {
      const box = (await control.boundingBox())!;
      assert.ok(box.width >= 24 && box.height >= 24, `${await control.innerText()}: ${box.width}×${box.height}`);
    }
    await copy.click();
    const url = `${BASE_URL}/hunan-fyp15/chapter-24/#${id}`;
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), url);
    assert.match(await copy.innerText(), /已复制/);
    assert.equal(await bar.locator('[role="status"]').innerText(), `已复制链接：${url}`);
    await context.close();
  });

  it('then the citation names the paragraph in every format, and BibTeX and RIS pass independent parsers', async () => {
    const { page, consoleErrors } = await open(browser, '/national-2024/part-3/#p-40');
    const today = await browserToday(page);
    assert.equal(await page.locator('#cite-heading').innerText(), '引用第40段');
    const gbt = await page.locator('[data-cite-format="gbt7714"]').innerText();
    assert.equal(
      gbt,
      `国务院. 三、2024年政府工作任务[EB/OL]//国务院. 2024年政府工作报告. 2024: 第40段[${today}]. ${BASE_URL}/national-2024/part-3/#p-40.`,
    );

    const bibtex = (await page.locator('[data-cite-format="bibtex"]').textContent())!;
    const parsed = parseBibtex(bibtex);
    assert.deepEqual(parsed.errors, []);
    assert.equal(parsed.entries.length, 1);
    const entry = parsed.entries[0]!;
    assert.equal(entry.type, 'incollection');
    const f = entry.fields as Record<string, unknown>;
    assert.equal(f.title, '三、2024年政府工作任务');
    assert.equal(f.booktitle, '2024年政府工作报告');
    assert.equal(f.pages, '第40段');
    assert.equal(f.url, `${BASE_URL}/national-2024/part-3/#p-40`);
    assert.equal(f.urldate, today);
    assert.equal(f.date, '2024-03-05');
    assert.equal(f.year, '2024');
    assert.match(bibtex, /\tmonth = mar,\n/);

    const ris = (await page.locator('[data-cite-format="ris"]').textContent())!;
    const [record] = RIS.parse(ris).children;
    const tag = (key: string) => record!.properties.filter((p) => p.key === key).map((p) => p.value);
    assert.equal(record!.type, 'CHAP');
    assert.deepEqual(tag('SP'), ['第40段']);
    assert.deepEqual(tag('UR'), [`${BASE_URL}/national-2024/part-3/#p-40`]);
    assert.deepEqual(tag('Y2'), [`${today.replaceAll('-', '/')}/`]);
    assert.deepEqual(tag('T2'), ['2024年政府工作报告']);

    const csl = JSON.parse((await page.locator('[data-cite-format="csl-json"]').textContent())!) as Record<string, unknown>[];
    assert.equal(csl[0]!.page, '第40段');
    assert.deepEqual(csl[0]!.accessed, { 'date-parts': [today.split('-').map(Number)] });
    assert.deepEqual(consoleErrors, []);
  });

  it('a section anchor is cited as the page (no paragraph named) and shows no paragraph bar', async () => {
    const { page } = await open(browser, '/national-2024/part-3/#item-3-2');
    assert.equal(await page.locator('#cite-heading').innerText(), '引用本页');
    assert.doesNotMatch(await page.locator('[data-cite-format="gbt7714"]').innerText(), /第\d+段/);
    assert.equal(await page.locator('[data-paragraph-bar]').isVisible(), false);
  });

  it('an anchor of the page furniture (#top, #site-search, #cite-heading) is cited as the page, without the fragment', async () => {
    for (const id of ['top', 'site-search', 'cite-heading']) {
      const { page } = await open(browser, `/national-2024/part-3/#${id}`);
      assert.equal(await page.locator('#cite-heading').innerText(), '引用本页', id);
      for (const format of ['gbt7714', 'bibtex', 'ris']) {
        const text = (await page.locator(`[data-cite-format="${format}"]`).textContent()) ?? '';
        assert.ok(text.includes('/national-2024/part-3/') && !text.includes(`#${id}`), `${id} in ${format}: ${text}`);
      }
    }
  });

  it("a law's article is cited by its number as written (第三十四条), and offered to copy", async () => {
    const { page, consoleErrors } = await open(browser, '/state-secrets-law-2024/#article-34');
    const today = await browserToday(page);
    assert.equal(await page.locator('#cite-heading').innerText(), '引用第三十四条');
    assert.match(
      await page.locator('[data-cite-format="gbt7714"]').innerText(),
      new RegExp(`\\): 第三十四条\\[${today}\\]\\. \\S+#article-34\\.$`),
    );
    const parsed = parseBibtex((await page.locator('[data-cite-format="bibtex"]').textContent())!);
    assert.deepEqual(parsed.errors, []);
    assert.equal((parsed.entries[0]!.fields as Record<string, unknown>).pages, '第三十四条');
    const bar = page.locator('[data-paragraph-bar]');
    await bar.waitFor({ state: 'visible' });
    assert.match(await bar.innerText(), /第三十四条/);
    assert.deepEqual(consoleErrors, []);
  });

  it('without JavaScript the number is still the paragraph link and no bar shows', async () => {
    const { page } = await open(browser, '/national-2024/part-3/', undefined, false);
    assert.equal(await page.locator('#p-40 > a.self-link').getAttribute('href'), '#p-40');
    assert.equal(await page.locator('[data-paragraph-bar]').isVisible(), false);
  });
});
