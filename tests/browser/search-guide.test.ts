/**
 * Search that guides the reader (issue 21): arriving with a query puts the focus where ↑/↓ work; `/`
 * focuses the page's own box (the header's is hidden here); Back from a result brings back the results
 * shown and the scroll position; zero results say why (a filter excluded them, or the terms never meet on
 * one page) with the way on; at 375 px the filters are 16 px and tappable, the keyboard help is hidden and
 * the first result starts within the first screen; a result opens with every occurrence marked and a
 * "k/N ↑ ↓ ✕" control that steps through them and clears them; 同段 / 同句 scopes find exactly the pages
 * where one paragraph / one sentence holds every term. Truths come from the ground-truth scan of dist/.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { AND_QUERIES, POLICY_TERMS, loadCorpus, type Corpus } from '../../scripts/lib/search-queries.ts';
import { parseQuery } from '../../src/search/text.ts';
import { launch, open } from './helpers.ts';

const DIST = process.env.DIST ?? 'dist';
let browser: Browser;
let corpus: Corpus;

before(async () => {
  corpus = loadCorpus(DIST);
  browser = await launch();
});
after(async () => browser.close());

const done = (page: Page) => page.waitForSelector('[data-search-results][data-state=done]', { state: 'attached' });

/** The 同段 / 同句 truth, stated plainly: per paragraph (or sentence: cut after 。！？!?；), substring scans. */
function scopedTruth(raw: string, scope: 'paragraph' | 'sentence') {
  const { terms } = parseQuery(raw, corpus.table);
  const out: Array<{ url: string; anchor: string | null; count: number }> = [];
  for (const p of corpus.pages) {
    let count = 0;
    let anchor: string | null | undefined;
    p.normalized.forEach((text, seg) => {
      const compactText = text.replace(/\s+/g, '');
      const ranges = scope === 'paragraph' ? [compactText] : (compactText.match(/[^。！？!?；]*[。！？!?；]|[^。！？!?；]+$/gu) ?? []);
      for (const r of ranges) {
        if (!terms.every((t) => r.includes(t))) continue;
        count += terms.reduce((n, t) => n + r.split(t).length - 1, 0);
        if (anchor === undefined) anchor = p.anchors[seg] ?? null;
      }
    });
    if (count) out.push({ url: p.url, anchor: anchor ?? null, count });
  }
  return out;
}

describe('search that guides', () => {
  it('puts the focus in the search field on arrival, ↓ into the results, and `/` back into its own box', async () => {
    const opened = await open(browser, `/search/?q=${encodeURIComponent('新质生产力')}`);
    const { page } = opened;
    await done(page);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'search-q');
    await page.keyboard.press('ArrowDown');
    assert.equal(
      await page.evaluate(() => document.activeElement?.hasAttribute('data-search-result')),
      true,
      '↓ did not reach the first result',
    );
    assert.equal(await page.locator('#site-search').isVisible(), false, 'a second (header) search box is shown');
    await page.keyboard.press('/');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'search-q');
    assert.deepEqual(opened.consoleErrors, []);
    await page.context().close();
  });

  it('brings back the results shown and the scroll position on Back from a result', async () => {
    const truth = corpus.truth('发展');
    assert.ok(truth.length > 40, 'pick a term with more than two screens of results');
    const opened = await open(browser, `/search/?q=${encodeURIComponent('发展')}`);
    const { page } = opened;
    await done(page);
    await page.$eval('[data-search-more]', (b) => (b as HTMLButtonElement).click());
    await page.waitForFunction(() => document.querySelectorAll('a[data-search-result]').length >= 40);
    const target = page.locator('a[data-search-result]').nth(30);
    await target.scrollIntoViewIfNeeded();
    // The view is saved (history.state) 200 ms after scrolling stops: wait for it, however slow the machine.
    await page.waitForFunction(() => {
      const st = history.state as { scrollY?: number } | null;
      return st?.scrollY === Math.round(window.scrollY) && window.scrollY > 0;
    });
    const before = await page.evaluate(() => ({ y: window.scrollY, shown: document.querySelectorAll('a[data-search-result]').length }));
    assert.ok(before.y > 500, `not scrolled (${before.y})`);
    await Promise.all([page.waitForURL((u) => u.searchParams.has('hl')), target.click()]);
    await page.goBack();
    await done(page);
    await page.waitForFunction((n) => document.querySelectorAll('a[data-search-result]').length >= n, before.shown);
    const after = await page.evaluate(() => window.scrollY);
    assert.ok(Math.abs(after - before.y) <= 2, `scroll ${after}, was ${before.y}`);
    assert.deepEqual(opened.consoleErrors, []);
    await page.context().close();
  });

  it('says when a filter excluded every match, with the count outside it and a link that clears it', async () => {
    const term = '新质生产力';
    const all = corpus.truth(term);
    const docs = [...new Set(corpus.pages.map((p) => p.filters['document']![0]!))];
    const without = docs.find((d) => corpus.truth(term, { document: d }).length === 0)!;
    assert.ok(all.length > 0 && without, 'need a term found outside one document');
    const opened = await open(browser, `/search/?q=${encodeURIComponent(term)}&document=${without}`);
    const { page } = opened;
    await done(page);
    const status = (await page.textContent('[data-search-status]')) ?? '';
    assert.match(status, /共 0 个页面/);
    assert.match(status, new RegExp(`筛选条件以外有 ${all.length} 个页面`));
    const href = await page.getAttribute('[data-clear-filters]', 'href');
    assert.equal(href, `/search/?q=${encodeURIComponent(term)}`);
    assert.deepEqual(opened.consoleErrors, []);
    await page.context().close();
  });

  it('says when the terms never meet on one page, and offers each alone with its count', async () => {
    const found = POLICY_TERMS.filter((t) => corpus.truth(t).length > 0 && !/[“”]/.test(t));
    let pair: [string, string] | null = null;
    for (const a of found) {
      for (const b of found) if (a < b && corpus.truth(`${a} ${b}`).length === 0) pair = [a, b];
      if (pair) break;
    }
    assert.ok(pair, 'no two policy terms that never share a page');
    const opened = await open(browser, `/search/?q=${encodeURIComponent(pair.join(' '))}`);
    const { page } = opened;
    await done(page);
    const offered = await page.$$eval('[data-term-alone]', (as) => as.map((a) => (a as HTMLElement).dataset.termAlone!));
    assert.deepEqual(offered, pair);
    const status = (await page.textContent('[data-search-status]')) ?? '';
    for (const t of pair) assert.ok(status.includes(`“${t}”（${corpus.truth(t).length} 个页面）`), status);
    assert.deepEqual(opened.consoleErrors, []);
    await page.context().close();
  });

  it('fits a phone: 16 px filters at least 24 px tall, no keyboard help, the first result on the first screen', async () => {
    const opened = await open(browser, `/search/?q=${encodeURIComponent('新质生产力')}`, { width: 375, height: 812 });
    const { page } = opened;
    await done(page);
    const selects = await page.$$eval('.search-filters select', (ss) =>
      ss.map((s) => ({
        font: parseFloat(getComputedStyle(s).fontSize),
        height: s.getBoundingClientRect().height,
        width: s.getBoundingClientRect().width,
      })),
    );
    for (const s of selects) {
      assert.ok(s.font >= 16, `filter font ${s.font}px: iOS zooms on focus below 16 px`);
      assert.ok(s.height >= 24 && s.width >= 24, `filter ${s.width}×${s.height}px under 24×24`);
    }
    assert.equal(await page.locator('.search-help-keys').isVisible(), false, 'arrow-key help shown on a phone');
    const row = await page.$eval('.search-form-query', (f) => [...f.children].map((c) => c.getBoundingClientRect().height));
    assert.ok(Math.max(...row) < 48, `the query row wraps (heights ${row.join(', ')})`);
    const top = await page.$eval('a[data-search-result]', (a) => a.getBoundingClientRect().top + window.scrollY);
    assert.ok(top < 600, `first result at y = ${top}`);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 375), 'the page is wider than the phone');
    assert.deepEqual(opened.consoleErrors, []);
    await page.context().close();
  });

  it('opens a result with its occurrences marked and a control that steps through them and clears them', async () => {
    const term = '发展';
    const page0 = corpus.truth(term).find((t) => t.count >= 3 && t.anchor)!;
    assert.ok(page0, 'need a page with three occurrences or more');
    const opened = await open(browser, `${page0.url}?hl=${encodeURIComponent(term)}#${encodeURIComponent(page0.anchor!)}`);
    const { page } = opened;
    await page.waitForSelector('.hit-stepper');
    const marks = page.locator('mark.search-hit');
    assert.equal(await marks.count(), page0.count, 'marks on the page differ from the occurrences counted');
    const position = page.locator('[data-hit-position]');
    const first = (await position.textContent())!;
    assert.match(first, new RegExp(`^\\d+/${page0.count}$`));
    const current = () => page.$eval('mark.search-hit.is-current', (m) => m.closest('[id]')?.id);
    assert.equal(await current(), page0.anchor, 'the control does not start in the paragraph linked to');
    const k = Number(first.split('/')[0]);
    await page.click('[data-hit-next]');
    assert.equal(await position.textContent(), `${(k % page0.count) + 1}/${page0.count}`);
    const inView = await page.$eval('mark.search-hit.is-current', (m) => {
      const r = m.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    assert.ok(inView, 'the next occurrence is not scrolled into view');
    await page.click('[data-hit-prev]');
    assert.equal(await position.textContent(), first);
    const buttons = await page.$$eval('.hit-stepper button', (bs) =>
      bs.map((b) => b.getBoundingClientRect()).map((r) => Math.min(r.width, r.height)),
    );
    assert.ok(Math.min(...buttons) >= 24, `stepper buttons under 24 px: ${buttons.join(', ')}`);
    await page.click('[data-hit-clear]');
    assert.equal(await marks.count(), 0);
    assert.equal(await page.locator('.hit-stepper').count(), 0);
    assert.equal(new URL(page.url()).searchParams.has('hl'), false);
    assert.deepEqual(opened.consoleErrors, []);
    await page.context().close();
  });

  it('limits a query of several terms to one paragraph (同段) or one sentence (同句), exactly', async () => {
    const opened = await open(browser, '/search/');
    const { page } = opened;
    const failures: string[] = [];
    let narrower = 0;
    for (const q of AND_QUERIES)
      for (const scope of ['paragraph', 'sentence'] as const) {
        const truth = scopedTruth(q, scope);
        await page.goto(`${page.url().split('?')[0]}?q=${encodeURIComponent(q)}&scope=${scope}`);
        await done(page);
        while (await page.locator('[data-search-more]').isVisible()) {
          const n = await page.locator('a[data-search-result]').count();
          await page.$eval('[data-search-more]', (b) => (b as HTMLButtonElement).click());
          await page.waitForFunction((k) => document.querySelectorAll('a[data-search-result]').length > k, n);
        }
        const got = await page.$$eval('a[data-search-result]', (as) =>
          as.map((a) => ({
            url: (a as HTMLElement).dataset.url!,
            anchor: a.getAttribute('href')!.includes('#') ? decodeURIComponent(a.getAttribute('href')!.split('#')[1]!) : null,
            count: Number(/(\d+) 处/.exec(a.querySelector('.search-result-count')?.textContent ?? '')?.[1]),
          })),
        );
        if (JSON.stringify(got) !== JSON.stringify(truth))
          failures.push(`${scope} ${q}: got ${JSON.stringify(got)} want ${JSON.stringify(truth)}`);
        if (truth.length < corpus.truth(q).length) narrower++;
        assert.equal(await page.inputValue('select[name="scope"]'), scope);
      }
    assert.deepEqual(failures, []);
    assert.ok(narrower >= 5, `only ${narrower} scoped queries found fewer pages than the whole page: the test exercises nothing`);
    assert.deepEqual(opened.consoleErrors, []);
    await page.context().close();
  });

  it('does not list a part page for text that only its list of chapters holds', async () => {
    // The plan's first part page links its chapters by their headings; the chapter pages hold that text.
    const part = corpus.pages.find(
      (p) => /\/part-\d+\/$/.test(p.url) && readFileSync(join(DIST, p.url, 'index.html'), 'utf8').includes('division-link'),
    )!;
    assert.ok(part, 'no part page with a list of chapters');
    const html = readFileSync(join(DIST, part.url, 'index.html'), 'utf8');
    const heading = /class="division-link[^"]*"[^>]*><a[^>]*><span class="num">[^<]*<\/span>\s*([^<]+)<\/a>/.exec(html)![1]!.trim();
    assert.ok(!part.joined.includes(heading), `the part page's own text holds ${heading}: pick another`);
    const opened = await open(browser, `/search/?q=${encodeURIComponent(heading)}`);
    await done(opened.page);
    const urls = await opened.page.$$eval('a[data-search-result]', (as) => as.map((a) => (a as HTMLElement).dataset.url!));
    assert.ok(urls.length > 0, `${heading} finds nothing`);
    assert.ok(!urls.includes(part.url), `${part.url} is a result for ${heading}, which only its list of chapters holds`);
    await opened.page.context().close();
  });
});
