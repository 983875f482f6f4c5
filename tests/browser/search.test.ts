/**
 * The search page against the ground truth: for every query of the query set (≥ 100: policy terms,
 * ASCII/mixed, full-width, traditional, random substrings with a fixed seed, AND queries, phrases, queries
 * across the source's whitespace, no match), the result URLs are exactly the pages whose reading text
 * contains the query (recall and precision), with the right count element, occurrence counts and
 * first-match anchors. The truth is a substring scan of dist/ (DIST) using the indexer's own reading-text
 * extraction, whitespace removed. Also: results in pages of 20, the busy count, hostile queries and bad
 * URL parameters, that a search fetches Pagefind's files and no other index, and only fragments of
 * matching text on the pages shown (the first hit's and those the excerpts need), never the text of a page
 * that is not shown. Over 300 lines: one
 * browser session and one ground truth serve all of these checks, which a split would build twice.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { buildQuerySet, loadCorpus, type Corpus } from '../../scripts/lib/search-queries.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { normalizeText, parseQuery } from '../../src/search/text.ts';
import { SEARCH_DIR, pageUrlOf, type UnitSegments } from '../../src/search/records.ts';
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

/** Waits for the query's first results (the field's value: Chromium may replace a lone surrogate), then shows the rest. */
async function typeQuery(page: Page, query: string, all = true): Promise<Rendered> {
  await page.fill('#search-q', query);
  await page.waitForFunction(
    () => {
      const list = document.querySelector<HTMLElement>('[data-search-results]');
      return list?.dataset.state === 'done' && list.dataset.renderedQuery === document.querySelector<HTMLInputElement>('#search-q')!.value;
    },
    undefined,
    // Only bounds a hang (the context's default): a busy machine must not turn a slow answer into a failure.
    { timeout: 120_000 },
  );
  if (all) await showAll(page);
  return rendered(page);
}

/** Presses "more" until every result is shown (scrolling may load some on its own meanwhile). */
async function showAll(page: Page): Promise<void> {
  while (await page.locator('[data-search-more]').isVisible()) {
    const shown = await page.locator('a[data-search-result]').count();
    await page.$eval('[data-search-more]', (b) => (b as HTMLButtonElement).click());
    await page.waitForFunction(
      (n) =>
        document.querySelectorAll('a[data-search-result]').length > n || document.querySelector<HTMLElement>('[data-search-more]')!.hidden,
      shown,
    );
  }
}

function rendered(page: Page): Promise<Rendered> {
  return page.evaluate(() => ({
    count: document.querySelector('[data-result-count]')?.textContent ?? null,
    results: Array.from(document.querySelectorAll<HTMLAnchorElement>('a[data-search-result]')).map((a) => ({
      url: a.dataset.url!,
      href: a.getAttribute('href')!,
      count: Number(/(\d+) 处/.exec(a.querySelector('.search-result-count')?.textContent ?? '')?.[1]),
    })),
  }));
}

/** A Pagefind fragment of dist/ (gzip: "pagefind_dcd", then JSON): the text unit's URL and metadata. */
function fragmentOf(path: string): { url: string; meta: { segments: string } } {
  const raw = gunzipSync(readFileSync(join(DIST, SEARCH_DIR, path.slice(`/${SEARCH_DIR}/`.length)))).toString('utf8');
  return JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string; meta: { segments: string } };
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
    assert.ok(
      queries.filter((q) => q.label === 'whitespace' && corpus.truth(q.query).length > 0).length >= 4,
      'too few queries span source whitespace',
    );
    assert.ok(nonEmpty >= 60, `only ${nonEmpty} queries had results: the query set is not exercising the index`);
    assert.deepEqual(shared.consoleErrors, []);
    assert.deepEqual(shared.foreignRequests, []);
  });

  it('treats traditional and full-width forms as the simplified, half-width text', async () => {
    for (const [a, b] of [
      ['新質生產力', '新质生产力'],
      ['ＰＭ２．５', 'PM2.5'],
      ['鄉村振興', '乡村振兴'],
    ] as const) {
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
    await showAll(filtered.page);
    const urls = await filtered.page.$$eval('a[data-search-result]', (as) => as.map((a) => (a as HTMLElement).dataset.url!));
    assert.deepEqual(
      urls.sort(),
      corpus
        .truth('发展', { document: doc })
        .map((t) => t.url)
        .sort(),
    );
    assert.equal(await filtered.page.inputValue('select[name="document"]'), doc);
    await filtered.page.selectOption('select[name="document"]', '');
    await filtered.page.waitForFunction(() => !new URL(location.href).searchParams.has('document'));
    await filtered.page.waitForFunction(
      (n) => document.querySelector('[data-result-count]')?.textContent === String(n),
      corpus.truth('发展').length,
    );
    assert.deepEqual(filtered.consoleErrors, []);
    await filtered.page.context().close();
  });

  it('shows 20 results first, the rest on "more" or on scroll, with an exact total marked busy until known', async () => {
    const opened = await open(browser, `/search/?q=${encodeURIComponent('发展')}`);
    const { page } = opened;
    await page.waitForSelector('[data-search-results][data-state=done]');
    const truth = corpus.truth('发展');
    assert.ok(truth.length > 40, 'pick a term with more than two pages of results');
    assert.equal(await page.locator('a[data-search-result]').count(), 20);
    const count = page.locator('[data-result-count]');
    assert.equal(await count.getAttribute('aria-busy'), null);
    assert.equal(await count.textContent(), String(truth.length));
    assert.match((await page.textContent('[data-search-status]')) ?? '', new RegExp(`合计 ${truth.reduce((n, t) => n + t.count, 0)} 处`));
    await page.locator('[data-search-more]').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelectorAll('a[data-search-result]').length > 20);
    await showAll(page);
    assert.deepEqual(
      (await rendered(page)).results.map((r) => r.url),
      truth.map((t) => t.url),
    );
    // While counting, the count element says so and is aria-busy (the index is slowed down to see it).
    await page.route('**/pagefind/**', async (route) => {
      await new Promise((r) => setTimeout(r, 300));
      await route.continue();
    });
    await page.fill('#search-q', '湘');
    await page.waitForSelector('[data-result-count][aria-busy="true"]');
    assert.match((await count.textContent()) ?? '', /统计/);
    await page.waitForSelector('[data-result-count]:not([aria-busy])');
    assert.equal(await count.textContent(), String(corpus.truth('湘').length));
    assert.deepEqual(opened.consoleErrors, []);
    await page.context().close();
  });

  it('asks Pagefind and nothing else, and loads fragments only of matching text on the pages shown', async () => {
    const opened = await open(browser, '/search/');
    const { page } = opened;
    await page.waitForLoadState('networkidle');
    const requests: string[] = [];
    // What scripts load (the favicon, re-requested by Chromium as the URL changes, is not the search's).
    page.on('request', (r) => {
      if (['fetch', 'xhr', 'script', 'other'].includes(r.resourceType()) && !r.url().endsWith('/favicon.svg'))
        requests.push(new URL(r.url()).pathname);
    });
    const failures: string[] = [];
    for (const { query } of buildQuerySet(corpus)) {
      requests.length = 0;
      await typeQuery(page, query, false);
      await page.waitForLoadState('networkidle');
      const shown = new Set(await page.$$eval('a[data-search-result]', (as) => as.map((a) => (a as HTMLElement).dataset.url!)));
      // The site's own code chunks (loaded with the first query or the first empty result) are not an index.
      const others = requests.filter((p) => !p.startsWith('/pagefind/') && !/^\/_astro\/[\w.-]+\.js$/.test(p));
      if (others.length) failures.push(`${query}: requested ${others.join(' ')} besides /pagefind/`);
      const { terms } = parseQuery(query, corpus.table);
      const fragments = requests.filter((p) => p.endsWith('.pf_fragment'));
      // Each fragment is a text unit that holds a match on a page shown: the first hit's, or one the excerpts need.
      for (const f of fragments) {
        const unit = fragmentOf(f);
        const url = pageUrlOf(unit.url);
        const text = (JSON.parse(unit.meta.segments) as UnitSegments).map(([, t]) => normalizeText(t, corpus.table).replace(/\s+/g, ''));
        if (!shown.has(url)) failures.push(`${query}: loaded ${f}, a unit of ${url}, which is not shown`);
        else if (!terms.some((t) => text.some((x) => x.includes(t))))
          failures.push(`${query}: loaded ${f} of ${url}, which holds no match`);
      }
      const twice = fragments.filter((f, i) => fragments.indexOf(f) !== i);
      if (twice.length) failures.push(`${query}: loaded ${[...new Set(twice)].join(' ')} more than once`);
    }
    assert.deepEqual(failures, []);
    assert.deepEqual(opened.consoleErrors, []);
    await page.context().close();
  });

  it('answers hostile and empty queries with a message, never an error or a hang', async () => {
    const { page, consoleErrors } = shared;
    const cases: Array<[string, RegExp]> = [
      ['', /输入词语/],
      ['   \u3000 ', /输入词语/],
      ['""', /请输入要查找的文字/],
      ['湘', /共 \d+ 个页面/],
      ['😀', /共 0 个页面/],
      ['\ud800', /共 0 个页面/],
      ['.*[(?', /共 0 个页面/],
      ['<script>alert(1)</script>', /共 0 个页面/],
      ['发展'.repeat(120), /共 0 个页面/],
      ['发'.repeat(501), /查询太长/],
    ];
    for (const [q, want] of cases) {
      await typeQuery(page, q, false);
      assert.match((await page.textContent('[data-search-status]')) ?? '', want, JSON.stringify(q));
    }
    assert.equal(await page.$('script:has-text("alert(1)")'), null);
    assert.deepEqual(consoleErrors, []);
  });

  it('says so on the page when a URL parameter names no document', async () => {
    const opened = await open(browser, `/search/?q=${encodeURIComponent('发展')}&document=no-such-doc&year=%E0%A4%A`);
    await opened.page.waitForSelector('[data-search-results][data-state=done]', { state: 'attached' });
    assert.match((await opened.page.textContent('[data-search-status]')) ?? '', /没有符合筛选条件的文件：文件“no-such-doc”/);
    assert.deepEqual(opened.consoleErrors, []);
    await opened.page.context().close();
  });

  it("finds 总则 across the spaces of the law's heading and marks it whole on arrival", async () => {
    const truth = corpus.truth('总则');
    assert.ok(truth.length > 0, 'the corpus has no spaced 总  则 heading any more');
    const { results } = await typeQuery(shared.page, '总则');
    assert.deepEqual(
      results.map((r) => r.url),
      truth.map((t) => t.url),
    );
    const opened = await open(browser, results[0]!.href);
    const marks = await opened.page.$$eval('mark.search-hit', (ms) => ms.map((m) => m.textContent ?? ''));
    assert.ok(marks.length > 0, 'nothing highlighted');
    assert.ok(
      marks.some((m) => /\s/.test(m)),
      `no mark spans the source's whitespace: ${JSON.stringify(marks)}`,
    );
    assert.ok(
      marks.every((m) => m.replace(/\s+/g, '') === '总则'),
      JSON.stringify(marks),
    );
    assert.deepEqual(opened.consoleErrors, []);
    await opened.page.context().close();
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
