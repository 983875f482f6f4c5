/**
 * /targets/ and /terms/ as an analyst uses them (issue 22, and issue 21's items for these pages): no
 * sideways scrolling at 375 px; the PDF of /targets/ (Chromium's page.pdf(), text by poppler's pdftotext)
 * holds every target phrase, every column header and the drawn charts, and none of the header, search box
 * or controls; axe-core finds nothing in light and dark at 375 and 1280 px.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { withoutWhitespace } from '../../src/parser/source.ts';
import { axeViolations } from './axe.ts';
import { BASE_URL, launch, open } from './helpers.ts';

const TERMS_URL = `/terms/?t=${encodeURIComponent('以旧换新')}`;
let browser: Browser;
let dir: string;
before(async () => {
  browser = await launch();
  dir = mkdtempSync(join(tmpdir(), 'data-print-'));
});
after(async () => {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Waits until the page's charts are drawn (each SVG box holds marks) and /terms/ answered its URL. */
async function settled(page: Page): Promise<void> {
  if (page.url().includes('/terms/?'))
    await page.waitForFunction(() => document.getElementById('terms-status')?.textContent?.startsWith('词语：'));
  await page.waitForFunction(() => [...document.querySelectorAll('svg.chart-svg')].every((s) => s.querySelector('.chart-mark')));
}

describe('375 px: no sideways scrolling', () => {
  for (const path of ['/targets/', '/terms/', TERMS_URL]) {
    it(path, async () => {
      const { page, consoleErrors } = await open(browser, path, { width: 375, height: 812 });
      await settled(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.equal(overflow, 0, `${path} is ${overflow} px wider than the window`);
      // The ledger scrolls inside its own box, its first column fixed.
      if (path === '/targets/') {
        const box = await page.locator('.ledger-scroll').evaluate((e) => ({ client: e.clientWidth, scroll: e.scrollWidth }));
        assert.ok(box.scroll > box.client, 'the ledger scrolls in its box');
        assert.equal(
          await page
            .locator('.ledger tbody th.ledger-name')
            .first()
            .evaluate((e) => getComputedStyle(e).position),
          'sticky',
        );
      }
      await page.context().close();
      assert.deepEqual(consoleErrors, []);
    });
  }
});

describe('/targets/ printed', () => {
  it('every target phrase, every column header, the charts; no header, search box or controls', async () => {
    const { page } = await open(browser, '/targets/');
    await settled(page);
    const pdf = join(dir, 'targets.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4' }));
    // -raw keeps each table cell's lines together (the layout mode interleaves cells that sit side by side).
    const text = withoutWhitespace(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));
    const targets = (await (await page.request.get(`${BASE_URL}/data/targets.json`)).json()) as { text: string }[];
    assert.ok(targets.length >= 30, `${targets.length} targets`);
    const missing = targets.map((t) => withoutWhitespace(t.text)).filter((t) => !text.includes(t));
    assert.deepEqual(missing, [], 'target phrases missing from the PDF');
    const headers = await page.locator('table.ledger thead th, .chart-data thead th').allTextContents();
    assert.ok(headers.length >= 10);
    const lost = [...new Set(headers.map(withoutWhitespace))].filter((h) => !text.includes(h));
    assert.deepEqual(lost, [], 'column headers missing from the PDF');
    // Every outcome and verdict of the ledger is printed.
    for (const cell of await page.locator('.ledger td.ledger-outcome').allTextContents()) {
      // The ✓ / ✗ before a verdict is CSS generated content: in the PDF, not in the cell's text.
      assert.ok(text.replace(/[✓✗]/g, '').includes(withoutWhitespace(cell)), `outcome "${cell}" printed`);
    }
    // Charts print drawn: a direct value label of each chart is in the text.
    for (const label of await page
      .locator('svg.chart-svg')
      .evaluateAll((svgs) => svgs.map((s) => s.querySelector('.dot-value')?.textContent ?? ''))) {
      assert.ok(label && text.includes(withoutWhitespace(label)), `chart label "${label}" printed`);
    }
    const UI =
      '.site-header a, .site-footer, .skip-link, button, .direction-rules > summary, .downloads-inline, .chart-download, .chart-data > summary, .chart-nojs';
    const { ui, content } = await page.evaluate((selector) => {
      const labels = [...document.querySelectorAll(selector)]
        .map((e) => (e.textContent ?? '').trim())
        .concat([...document.querySelectorAll('input[placeholder]')].map((i) => i.getAttribute('placeholder')!))
        .filter(Boolean);
      // The page's own text without the interface: a label it also says (目标, 数据表) proves nothing.
      const main = document.querySelector('main')!.cloneNode(true) as HTMLElement;
      for (const e of main.querySelectorAll(selector)) e.remove();
      return { ui: labels, content: main.textContent ?? '' };
    }, UI);
    assert.ok(ui.length >= 5);
    const own = withoutWhitespace(content);
    const shown = [...new Set(ui.map(withoutWhitespace))].filter((label) => text.includes(label) && !own.includes(label));
    assert.deepEqual(shown, [], 'interface text in the PDF');
    await page.context().close();
  });
});

describe('axe-core, light and dark', () => {
  for (const path of ['/targets/', TERMS_URL]) {
    for (const viewport of [
      { width: 375, height: 812 },
      { width: 1280, height: 900 },
    ]) {
      it(`${path} at ${viewport.width} px`, async () => {
        const { page } = await open(browser, path, viewport);
        await settled(page);
        const problems = await axeViolations(page);
        await page.context().close();
        assert.deepEqual(problems, []);
      });
    }
  }
});

describe('/terms/', () => {
  it('without JavaScript, ?t=… shows no result that does not answer it, and says why', async () => {
    const { page } = await open(browser, TERMS_URL, { width: 375, height: 812 }, false);
    assert.equal(await page.locator('#terms-results').isVisible(), false, 'the default terms’ results are hidden');
    assert.equal(await page.locator('#terms-form').isVisible(), false);
    const notice = page.locator('.terms-noscript');
    assert.ok(await notice.isVisible());
    assert.match(await notice.innerText(), /JavaScript/);
    await page.context().close();
  });

  it('counts and rates side by side; the switch redraws the bars; both tables download as CSV', async () => {
    const { page, consoleErrors } = await open(browser, TERMS_URL);
    await settled(page);
    // Every document keeps its facts, also those whose text was not fetched (the term is not in it).
    const lengths = await page.locator('.frequency-table tbody tr td:nth-of-type(2)').allTextContents();
    assert.ok(lengths.length >= 10 && lengths.every((n) => Number(n) > 1000), lengths.join(','));
    const heads = await page.locator('.frequency-table thead th').allTextContents();
    assert.deepEqual(heads, ['文件', '日期', '字数', '“以旧换新”次数', '“以旧换新”每万字']);
    const values = () => page.locator('figure[data-chart="bars"] .bar-value').allTextContents();
    assert.ok((await values()).every((v) => /^\d+次$/.test(v)));
    await page.getByRole('radio', { name: '每万字出现次数' }).check();
    assert.ok((await values()).every((v) => /^\d+\.\d\d$/.test(v)));
    for (const [button, header] of [
      ['下载频率表 CSV', 'document,title,region,date,kind,characters,以旧换新 count,以旧换新 per 10000 characters'],
      ['下载上下文 CSV', 'term,document,title,region,date,kind,page,anchor,divisionNumber,divisionHeading,left,match,right'],
    ] as const) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
      const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
      const lines = csv.split('\r\n').filter(Boolean);
      assert.equal(lines[0], header);
      if (button === '下载上下文 CSV') assert.equal(lines.length - 1, await page.locator('#kwic [data-kwic]').count());
      else assert.equal(lines.length - 1, await page.locator('.frequency-table tbody tr').count());
    }
    assert.deepEqual(consoleErrors, []);
    await page.context().close();
  });

  it('the pre-rendered default terms download too (their occurrences found on demand)', async () => {
    const { page, consoleErrors } = await open(browser, '/terms/');
    await settled(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载上下文 CSV' }).click()]);
    const lines = readFileSync(await download.path(), 'utf8')
      .split('\r\n')
      .filter(Boolean);
    assert.equal(lines.length - 1, await page.locator('#kwic [data-kwic]').count());
    assert.deepEqual(consoleErrors, []);
    await page.context().close();
  });

  it('labels are at least 12 px', async () => {
    const { page } = await open(browser, TERMS_URL, { width: 375, height: 812 });
    await settled(page);
    const sizes = await page.locator('svg.chart-svg text').evaluateAll((ts) => ts.map((t) => parseFloat(getComputedStyle(t).fontSize)));
    assert.ok(sizes.length > 10);
    assert.ok(Math.min(...sizes) >= 12, `smallest chart text ${Math.min(...sizes)} px`);
    await page.context().close();
  });
});
