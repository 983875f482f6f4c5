import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { Node, ParsedDocument } from '../../src/parser/model.ts';
import { BASE_URL, launch, open } from './helpers.ts';

let browser: Browser;
before(async () => (browser = await launch()));
after(async () => browser.close());

/** Marks drawn in each chart SVG of the page (after the scripts ran). */
/** Charts draw when they come near the viewport: bring each into view, then wait until all are drawn. */
async function drawnCharts(page: Page): Promise<number[]> {
  for (const svg of await page.locator('svg.chart-svg').all()) await svg.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => [...document.querySelectorAll('svg.chart-svg')].every((s) => s.querySelector('.chart-mark')));
  return page.locator('svg.chart-svg').evaluateAll((svgs) => svgs.map((s) => s.querySelectorAll('.chart-mark').length));
}

/** Substring occurrences over a document model, whitespace ignored: each node's own text (headings, paragraphs, cells, glossary entries). */
function countInModel(nodes: Node[], term: string): number {
  const count = (text: string) => text.replace(/\s+/g, '').split(term).length - 1;
  let n = 0;
  for (const node of nodes) {
    if (node.type === 'paragraph') n += count(node.content.map((c) => c.text).join(''));
    else if (node.type === 'division') n += count(node.heading) + countInModel(node.children, term);
    else if (node.type === 'table') for (const row of [...node.head, ...node.body]) for (const cell of row.cells) n += count(cell.text);
    else if (node.type === 'term') n += count(`${node.number}${node.term}${node.separator}${node.definition}`);
  }
  return n;
}

describe('data views', () => {
  it('/targets/ aligns targets by indicator and draws its charts, marks linked to the paragraphs', async () => {
    const { page, consoleErrors, foreignRequests } = await open(browser, '/targets/');
    const marks = await drawnCharts(page);
    assert.ok(marks.length >= 3, `charts: ${marks.length}`);
    assert.ok(
      marks.every((m) => m > 0),
      `every chart has marks: ${marks.join(',')}`,
    );
    const table = page.locator('table.targets-table');
    assert.match(await table.innerText(), /地区生产总值增长5\.5%左右/);
    assert.ok((await page.locator('svg.chart-svg a.chart-mark[href="/hunan-2024/part-2/#p-30"]').count()) > 0);
    // Marks are reachable by keyboard: links, or focusable groups with a label.
    const mark = page.locator('svg.chart-svg .chart-mark').first();
    assert.ok((await mark.getAttribute('href')) || (await mark.getAttribute('tabindex')) === '0');
    assert.ok(await mark.getAttribute('aria-label'));
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(foreignRequests, []);
  });

  it('/targets/ without JavaScript keeps the tables and a note in each reserved chart box', async () => {
    const { page } = await open(browser, '/targets/', undefined, false);
    assert.ok((await page.locator('table.targets-table tbody tr').count()) >= 10);
    assert.match(await page.locator('svg.chart-svg').first().innerHTML(), /JavaScript/);
    const box = await page.locator('svg.chart-svg').first().boundingBox();
    assert.ok(box && box.height > 100, 'the chart box is reserved before drawing');
  });

  it('/terms/?t=… counts every term per document exactly as a substring count over the model', async () => {
    const terms = ['新质生产力', '低空经济', '湖南'];
    const { page, consoleErrors } = await open(browser, `/terms/?t=${encodeURIComponent(terms.join(','))}`);
    await page.waitForFunction(() => document.getElementById('terms-results')?.dataset.terms === '新质生产力,低空经济,湖南');
    assert.ok((await drawnCharts(page)).every((m) => m > 0));
    assert.equal(await page.inputValue('#terms-input'), terms.join('，'));
    // Redrawn into the chart boxes, with a legend per term (not into the legend's little SVGs).
    assert.equal(await page.locator('.chart-legend .chart-mark').count(), 0);
    assert.equal(await page.locator('figure[data-chart="strip"] .chart-legend li').count(), terms.length);
    const rows = await page.locator('figure[data-chart="strip"] tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        doc: (tr as HTMLElement).dataset.doc!,
        counts: [...tr.querySelectorAll('td')].map((td) => Number(td.dataset.count)),
      })),
    );
    assert.equal(rows.length, ((await (await page.request.get(`${BASE_URL}/data/documents.json`)).json()) as unknown[]).length);
    for (const { doc, counts } of rows) {
      const model = (await (await page.request.get(`${BASE_URL}/data/${doc}.json`)).json()) as ParsedDocument;
      assert.deepEqual(
        counts,
        terms.map((t) => countInModel(model.children, t)),
        doc,
      );
      // The concordance lists as many rows as the chart counts.
      const kwic = await page.locator(`.kwic-doc[data-doc="${doc}"] [data-kwic]`).count();
      assert.equal(
        kwic,
        counts.reduce((s, c) => s + c, 0),
        `${doc}: concordance rows`,
      );
    }
    // A strip mark opens the paragraph it stands for.
    const href = await page.locator('figure[data-chart="strip"] svg a.chart-mark').first().getAttribute('href');
    assert.match(href!, /^\/[a-z0-9-]+\/([a-z0-9-]+\/)?#[a-z0-9-]+$/);
    assert.deepEqual(consoleErrors, []);
  });

  it('a plan chapter with an indicator table shows its chart', async () => {
    const { page, consoleErrors } = await open(browser, '/hunan-fyp15/chapter-1/');
    assert.ok((await page.locator('#table-1').count()) === 1);
    assert.equal(await page.locator('figure[data-chart="dots"]').count(), 1);
    const marks = await drawnCharts(page);
    assert.ok(marks[0]! > 20);
    assert.deepEqual(consoleErrors, []);
  });

  it('open data: CSV header, JSON Schema, per-document model', async () => {
    const { page } = await open(browser, '/data/');
    const csv = await (await page.request.get(`${BASE_URL}/data/targets.csv`)).text();
    assert.equal(csv.split('\r\n')[0], 'document,indicator,text,value,valueMax,unit,qualifier,anchor');
    const schema = (await (await page.request.get(`${BASE_URL}/data/schema-document.json`)).json()) as { $schema: string };
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    const doc = (await (await page.request.get(`${BASE_URL}/data/hunan-2025.json`)).json()) as ParsedDocument;
    assert.equal(doc.id, 'hunan-2025');
    assert.ok((await page.locator('a[href="/data/indicators.csv"]').count()) > 0);
  });
});
