/**
 * The search page against the ground truth: for every query of the query set (≥ 100: policy terms,
 * ASCII/mixed, full-width, traditional, random substrings with a fixed seed, AND queries, phrases, no
 * match), the result URLs are exactly the pages whose reading text contains the query (recall and
 * precision), with the right count element, occurrence counts and first-match anchors. The truth is a
 * substring scan of dist/ (DIST) using the indexer's own reading-text extraction.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { buildQuerySet, loadCorpus, type Corpus } from '../../scripts/lib/search-queries.ts';
import { normalizeText } from '../../src/client/search-text.ts';
import { launch, open, type OpenedPage } from './helpers.ts';

const DIST = process.env.DIST ?? 'dist';
let browser: Browser;
let corpus: Corpus;
let shared: OpenedPage;

before(async () => {
  corpus = loadCorpus(DIST);
  browser = await launch();
  shared = await open(browser, '/search/');
});
after(async () => browser.close());

interface Rendered {
  count: string | null;
  results: Array<{ url: string; href: string; count: number }>;
}

async function typeQuery(page: Page, query: string): Promise<Rendered> {
  await page.fill('#search-q', query);
  await page.waitForFunction(
    (q) => {
      const list = document.querySelector<HTMLElement>('[data-search-results]');
      return list?.dataset.state === 'done' && list.dataset.renderedQuery === q;
    },
    query,
    { timeout: 15_000 },
  );
  return page.evaluate(() => ({
    count: document.querySelector('[data-result-count]')?.textContent ?? null,
    results: Array.from(document.querySelectorAll<HTMLAnchorElement>('a[data-search-result]')).map((a) => ({
      url: a.dataset.url!,
      href: a.getAttribute('href')!,
      count: Number(/(\d+) 处/.exec(a.querySelector('.search-result-count')?.textContent ?? '')?.[1]),
    })),
  }));
}

describe('search page', () => {
  it('returns exactly the pages containing each query of the query set (recall and precision 100 %)', async () => {
    const queries = buildQuerySet(corpus);
    assert.ok(queries.length >= 100, `only ${queries.length} queries`);
    const failures: string[] = [];
    let nonEmpty = 0;
    for (const { label, query } of queries) {
      const truth = corpus.truth(query);
      const got = await typeQuery(shared.page, query);
      if (truth.length) nonEmpty++;
      const want = truth.map((t) => t.url).sort();
      const have = got.results.map((r) => r.url).sort();
      if (JSON.stringify(want) !== JSON.stringify(have)) {
        const missing = want.filter((u) => !have.includes(u));
        const extra = have.filter((u) => !want.includes(u));
        failures.push(`[${label}] ${query}: missing ${missing.join(' ')} extra ${extra.join(' ')}`);
        continue;
      }
      if (got.count !== String(truth.length)) failures.push(`[${label}] ${query}: count element ${got.count}, want ${truth.length}`);
      for (const t of truth) {
        const r = got.results.find((x) => x.url === t.url)!;
        if (r.count !== t.count) failures.push(`[${label}] ${query} ${t.url}: ${r.count} occurrences shown, ${t.count} in the text`);
        const anchor = r.href.includes('#') ? decodeURIComponent(r.href.split('#')[1]!) : null;
        if (anchor !== t.anchor) failures.push(`[${label}] ${query} ${t.url}: links to #${anchor}, first match is in #${t.anchor}`);
      }
    }
    assert.deepEqual(failures, []);
    assert.ok(nonEmpty >= 60, `only ${nonEmpty} queries had results: the query set is not exercising the index`);
    assert.deepEqual(shared.consoleErrors, []);
    assert.deepEqual(shared.foreignRequests, []);
  });

  it('treats traditional and full-width forms as the simplified, half-width text', async () => {
    for (const [a, b] of [['新質生產力', '新质生产力'], ['ＰＭ２．５', 'PM2.5'], ['鄉村振興', '乡村振兴']] as const) {
      const ra = (await typeQuery(shared.page, a)).results.map((r) => r.url);
      const rb = (await typeQuery(shared.page, b)).results.map((r) => r.url);
      assert.deepEqual(ra, rb, `${a} vs ${b}`);
      assert.ok(rb.length > 0, `${b} finds nothing: pick a term of the corpus`);
    }
  });

  it('keeps the query and the filters in the URL, and applies the filters from a link', async () => {
    const { page } = shared;
    await typeQuery(page, '发展');
    assert.equal(new URL(page.url()).searchParams.get('q'), '发展');
    const doc = corpus.pages.find((p) => p.joined.includes('发展'))!.filters['document']![0]!;
    const filtered = await open(browser, `/search/?q=${encodeURIComponent('发展')}&document=${doc}&kind=`);
    await filtered.page.waitForSelector('[data-search-results][data-state=done]');
    const urls = await filtered.page.$$eval('a[data-search-result]', (as) => as.map((a) => (a as HTMLElement).dataset.url!));
    assert.deepEqual(urls.sort(), corpus.truth('发展', { document: doc }).map((t) => t.url).sort());
    assert.equal(await filtered.page.inputValue('select[name="document"]'), doc);
    await filtered.page.selectOption('select[name="document"]', '');
    await filtered.page.waitForFunction(() => !new URL(location.href).searchParams.has('document'));
    await filtered.page.waitForFunction((n) => document.querySelectorAll('a[data-search-result]').length === n, corpus.truth('发展').length);
    assert.deepEqual(filtered.consoleErrors, []);
    await filtered.page.context().close();
  });

  it('moves through the results with the arrow keys, opens one with Enter and highlights the match there', async () => {
    const term = '新质生产力';
    const opened = await open(browser, `/search/?q=${encodeURIComponent(term)}`);
    const { page } = opened;
    await page.waitForSelector('[data-search-results][data-state=done]');
    await page.focus('#search-q');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    const first = await page.$eval('a[data-search-result]', (a) => a.getAttribute('href')!);
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('href')), first);
    await Promise.all([page.waitForURL((u) => u.searchParams.has('hl')), page.keyboard.press('Enter')]);
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('hl'), term);
    const marks = await page.$$eval('mark.search-hit', (ms) => ms.map((m) => m.textContent));
    assert.ok(marks.length > 0, 'no highlight on arrival');
    assert.ok(marks.every((m) => normalizeText(m ?? '', corpus.table) === term));
    const target = decodeURIComponent(url.hash.slice(1));
    assert.ok(await page.$(`[id="${target}"] mark.search-hit`), `the anchor #${target} holds no highlighted match`);
    assert.deepEqual(opened.consoleErrors, []);
    assert.deepEqual(opened.foreignRequests, []);
    await page.context().close();
  });

  it('says without JavaScript that search needs it and points to the tables of contents', async () => {
    const { page } = await open(browser, '/search/?q=x', undefined, false);
    const note = page.locator('.search-noscript');
    assert.ok(await note.isVisible(), 'no visible message without JavaScript');
    assert.match(await note.innerText(), /JavaScript/);
    assert.ok(await note.locator('a[href="/"]').isVisible(), 'no link to the tables of contents');
    assert.equal(await page.locator('[data-search-form]').isVisible(), false, 'a search form that cannot work is shown');
    await page.context().close();
  });
});
