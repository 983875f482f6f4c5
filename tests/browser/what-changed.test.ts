/**
 * /compare/ (sentence-level comparison, new and dropped formulations) and the /terms/ concordance,
 * checked against the source: the models under /data/<id>.json and the built reading pages. Over 300
 * lines: both views share one browser, the source models and their helpers.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { Node, ParsedDocument } from '../../src/parser/model.ts';
import { BASE_URL, launch, open } from './helpers.ts';

let browser: Browser;
before(async () => (browser = await launch()));
after(async () => browser.close());

const squeeze = (s: string) => s.replace(/\s+/g, '');

/** Every piece of a document's text in reading order (headings, paragraphs, cells, glossary entries). */
function modelPieces(nodes: Node[]): string[] {
  const out: string[] = [];
  for (const n of nodes) {
    if (n.type === 'paragraph') out.push(n.content.map((c) => c.text).join(''));
    else if (n.type === 'division') out.push(n.heading, ...modelPieces(n.children));
    else if (n.type === 'table') for (const row of [...n.head, ...n.body]) for (const cell of row.cells) out.push(cell.text);
    else if (n.type === 'term') out.push(`${n.number}${n.term}${n.separator}${n.definition}`);
  }
  return out;
}

async function modelText(page: Page, id: string): Promise<{ pieces: string[]; text: string }> {
  const model = (await (await page.request.get(`${BASE_URL}/data/${id}.json`)).json()) as ParsedDocument;
  const pieces = modelPieces(model.children);
  return { pieces, text: squeeze(pieces.join('')) };
}

const quoted = (pieces: string[]) =>
  new Set(
    pieces.flatMap((p) =>
      [...p.matchAll(/“([^“”]+)”/g)].map((m) => squeeze(m[1]!)).filter((q) => [...q].length >= 2 && [...q].length <= 12),
    ),
  );

interface Sentence {
  status: string;
  text: string;
  href: string;
}

/** Checks a rendered comparison against the two models; returns the counts. */
async function checkPair(page: Page, a: string, b: string): Promise<Record<string, number>> {
  const sentences: Sentence[] = await page.locator('#comparison [data-diff]').evaluateAll((els) =>
    els.map((e) => {
      // The sentence's text: the element's text without its data-diff-old child (A's wording).
      const sentence = e.cloneNode(true) as HTMLElement;
      for (const old of sentence.querySelectorAll('[data-diff-old]')) old.remove();
      return { status: (e as HTMLElement).dataset.diff!, text: sentence.textContent ?? '', href: e.getAttribute('href') ?? '' };
    }),
  );
  const A = await modelText(page, a);
  const B = await modelText(page, b);
  assert.ok(sentences.length > 50, `${sentences.length} sentences`);
  for (const s of sentences) {
    const key = squeeze(s.text);
    assert.ok(key.length > 0, 'no empty sentence');
    if (s.status === 'same') assert.ok(A.text.includes(key), `same but not in A: ${s.text}`);
    if (s.status === 'added') assert.ok(!A.text.includes(key), `added but in A: ${s.text}`);
    if (s.status === 'removed') assert.ok(A.text.includes(key), `removed but not in A: ${s.text}`);
    // Every sentence links to its paragraph (or division page) in its own document.
    const own = s.status === 'removed' ? a : b;
    assert.match(s.href, new RegExp(`^/${own}/([a-z0-9-]+/)?(#[a-z0-9-]+)?$`), s.href);
  }
  // B's text, nothing missing and nothing added, in order.
  assert.equal(
    squeeze(
      sentences
        .filter((s) => s.status !== 'removed')
        .map((s) => s.text)
        .join(''),
    ),
    B.text,
  );
  // A's wording of each changed sentence is in A, and not part of the sentence's text.
  const olds: string[] = await page
    .locator('#comparison [data-diff="changed"] [data-diff-old]')
    .evaluateAll((els) => els.map((e) => e.textContent ?? ''));
  assert.equal(olds.length, sentences.filter((s) => s.status === 'changed').length);
  for (const o of olds) assert.ok(o && A.text.includes(squeeze(o)), `old wording not in A: ${o}`);
  // Every quoted phrase of B found nowhere in A is listed as new, and the other way round as dropped.
  const listed = async (attr: string) =>
    new Set(await page.locator(`#comparison [${attr}]`).evaluateAll((els) => els.map((e) => e.textContent ?? '')));
  const added = await listed('data-new-term');
  const dropped = await listed('data-dropped-term');
  for (const q of quoted(B.pieces)) if (!A.text.includes(q)) assert.ok(added.has(q), `new formulation not listed: ${q}`);
  for (const q of quoted(A.pieces)) if (!B.text.includes(q)) assert.ok(dropped.has(q), `dropped formulation not listed: ${q}`);
  for (const q of added) assert.ok(B.text.includes(q) && !A.text.includes(q), `listed as new: ${q}`);
  for (const q of dropped) assert.ok(A.text.includes(q) && !B.text.includes(q), `listed as dropped: ${q}`);
  // The summary counts are the sentences shown.
  const counts: Record<string, number> = {};
  for (const status of ['same', 'changed', 'added', 'removed']) {
    counts[status] = Number(await page.locator(`#comparison [data-count="${status}"]`).innerText());
    assert.equal(counts[status], sentences.filter((s) => s.status === status).length, status);
  }
  return { ...counts, new: added.size, dropped: dropped.size };
}

describe('what changed: /compare/', () => {
  it('hunan-2024 → hunan-2025 sentence by sentence, checked against both texts', async () => {
    const { page, consoleErrors, foreignRequests } = await open(browser, '/compare/?a=hunan-2024&b=hunan-2025');
    await page.waitForSelector('#comparison[data-a="hunan-2024"][data-b="hunan-2025"] [data-diff]');
    const counts = await checkPair(page, 'hunan-2024', 'hunan-2025');
    assert.ok(counts.changed! > 0 && counts.added! > 0 && counts.removed! > 0 && counts.same! > 0, JSON.stringify(counts));
    // Known rewrites and formulations of this pair.
    assert.ok(await page.locator('#comparison [data-new-term]', { hasText: /^投资于人$/ }).count());
    assert.ok(await page.locator('#comparison [data-new-term]', { hasText: /^人工智能\+$/ }).count());
    assert.ok(await page.locator('#comparison [data-dropped-term]', { hasText: /^发展六仗$/ }).count());
    assert.equal(await page.locator('#comparison [data-new-term]', { hasText: /^投资于人$/ }).getAttribute('href'), '/terms/?t=投资于人');
    // "Only changes" hides the unchanged sentences.
    await page.locator('label[for="only-changes"]').click();
    assert.equal(await page.locator('#comparison [data-diff="same"]').first().isVisible(), false);
    assert.equal(await page.locator('#comparison [data-diff="added"]').first().isVisible(), true);
    console.log(`hunan-2024 → hunan-2025: ${JSON.stringify(counts)}`);
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(foreignRequests, []);
  });

  it('another pair (national-2024 → hubei-2024) is rendered in the browser and meets the same contract', async () => {
    const { page, consoleErrors } = await open(browser, '/compare/?a=national-2024&b=hubei-2024');
    await page.waitForSelector('#comparison[data-a="national-2024"][data-b="hubei-2024"] [data-diff]');
    await checkPair(page, 'national-2024', 'hubei-2024');
    assert.match(await page.title(), /2024年政府工作报告|湖北/);
    assert.deepEqual(consoleErrors, []);
  });

  it('the landing page links to the previous report of its region, and that pair reads without JavaScript', async () => {
    const { page } = await open(browser, '/hunan-2025/', undefined, false);
    const href = await page.locator('.what-changed a').getAttribute('href');
    assert.equal(href, '/compare/hunan-2024/hunan-2025/');
    await page.goto(BASE_URL + href);
    await checkPair(page, 'hunan-2024', 'hunan-2025');
    assert.equal(await page.locator('#compare-a').inputValue(), 'hunan-2024');
  });

  it('structure, moves, promises, figures and downloads on hunan-2024 → hunan-2025', async () => {
    const { page, consoleErrors } = await open(browser, '/compare/hunan-2024/hunan-2025/');
    // Headings paired by number: (三) is renamed, not added and dropped.
    assert.ok(await page.locator('[data-heading="renamed"]', { hasText: '（三）全力推进高水平科技自立自强' }).count());
    assert.equal(await page.locator('[data-heading="added"]').count(), 0);
    // The examples: a raised target and a cut one are rewrites with the figures as one token each.
    const grain = page.locator('#comparison [data-diff="changed"]', { hasText: '确保粮食播种面积稳定在7140万亩以上' });
    assert.equal(await grain.locator('ins', { hasText: /^7140万亩$/ }).count(), 1);
    assert.equal(await grain.locator('del', { hasText: /^7135万亩$/ }).count(), 1);
    // No piece of a figure is marked on its own (the old view showed 7[+4]0[-0]).
    const split = await page.locator('#comparison ins, #comparison del').evaluateAll((els) =>
      els
        .filter((e) => /^[0-9.%]/.test(e.textContent ?? '') || /[0-9.]$/.test(e.textContent ?? ''))
        .filter((e) => /[0-9.]$/.test(e.previousSibling?.textContent ?? '') || /^[0-9.%]/.test(e.nextSibling?.textContent ?? ''))
        .map((e) => e.parentElement?.textContent ?? ''),
    );
    assert.deepEqual(split, []);
    assert.ok(await page.locator('#comparison [data-diff="changed"]', { hasText: '我们将更加自觉落实全过程人民民主' }).count());
    assert.ok(await page.locator('#comparison [data-diff="changed"]', { hasText: '⑩提质改造农村公路3000公里' }).count());
    // 数字变化 reads 7135万亩 → 7140万亩 in one row, linked to both documents.
    const row = page.locator('[data-figure]', { hasText: '确保粮食播种面积稳定在' });
    assert.deepEqual(await row.locator('td.num').allInnerTexts(), ['7135万亩', '7140万亩']);
    assert.match((await row.locator('td.num a').first().getAttribute('href'))!, /^\/hunan-2024\//);
    // A moved sentence links to where it stood in A; a result links to its task (never "changed").
    const moved = page.locator('#comparison .diff-moved').first();
    assert.match((await moved.getAttribute('href'))!, /^\/hunan-2024\//);
    assert.ok(await page.locator('#comparison [data-diff="added"][data-promise] + .diff-promise').count());
    // A likely counterpart (可能对应) links an added sentence to a sentence of A shown as removed: the link's
    // title is that sentence, and its href the paragraph where the removed sentence stands.
    const likely = await page
      .locator('#comparison [data-diff="added"][data-likely] + .diff-likely')
      .evaluateAll((links) => links.map((a) => [a.getAttribute('title'), a.getAttribute('href')].join('\n')));
    const removed = new Set(
      await page
        .locator('#comparison [data-diff="removed"]')
        .evaluateAll((els) => els.map((e) => [(e.textContent ?? '').trim(), e.getAttribute('href')].join('\n'))),
    );
    assert.ok(likely.length > 0);
    for (const link of likely) assert.ok(removed.has(link), link);
    // Counts per part, and the renamed formulation.
    assert.equal(await page.locator('.diff-table tr[data-part="review"]').count(), 1);
    assert.ok(await page.locator('[data-rename]', { hasText: '两化融合 → 数实融合' }).count());
    // CSV of the pairs: one line per row shown, with its label.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-csv="pairs"]').click()]);
    const csv = (await (await import('node:fs/promises')).readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
    const lines = csv.trim().split(/\r?\n/);
    assert.match(lines[0]!, /^label,label_zh,kind,similarity/);
    assert.equal(lines.length - 1, await page.locator('#comparison [data-diff]').count());
    assert.deepEqual(consoleErrors, []);
  });

  for (const path of ['/compare/', '/compare/?a=national-2024&b=hubei-2024', '/compare/hunan-2024/hunan-2025/']) {
    it(`${path} at 375 px: nothing wider than the viewport`, async () => {
      const { page } = await open(browser, path, { width: 375, height: 800 });
      if (path.includes('?')) await page.waitForSelector('#comparison [data-diff]');
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 375, `${path}: ${width} px`);
      for (const id of ['compare-a', 'compare-b']) assert.ok((await page.locator(`#${id}`).boundingBox())!.width <= 375 - 16, id);
      if (path === '/compare/') return;
      // The legend's short chips keep their words on one line (改写, not 改/写), and the 数字变化 table's clause
      // column is not squeezed to a character a line.
      const lines = await page.$$eval('.diff-legend li', (lis) =>
        lis.map((li) => [li.textContent, li.getBoundingClientRect().height / parseFloat(getComputedStyle(li).lineHeight)] as const),
      );
      assert.ok(lines.filter(([text]) => text.length <= 4).length >= 3, 'the legend has its short chips');
      for (const [text, n] of lines) if (text.length <= 4) assert.ok(n < 1.5, `${text}: ${n.toFixed(1)} lines`);
      // Both pairs have figure changes (hunan-2024 → hunan-2025: 20; national-2024 → hubei-2024: 2).
      const clause = page.locator('.diff-figures tbody tr td:last-child').first();
      assert.equal(await clause.count(), 1);
      assert.ok((await clause.boundingBox())!.width >= 100, `clause column ${(await clause.boundingBox())!.width} px`);
    });
  }

  it('without JavaScript, /compare/?a=…&b=… says so and shows no comparison the URL did not ask for', async () => {
    const { page } = await open(browser, '/compare/?a=national-2024&b=hubei-2024', undefined, false);
    assert.match(await page.locator('.compare-noscript').innerText(), /JavaScript/);
    assert.equal(await page.locator('#comparison [data-diff]').count(), 0);
    // The ready-made comparisons are offered instead.
    assert.equal(await page.locator('.compare-ready a').first().getAttribute('href'), '/compare/hunan-2024/hunan-2025/');
  });

  for (const [query, message] of [
    ['?a=nonexistent&b=hunan-2025', /没有这份文件.*nonexistent/],
    ['?a=hunan-2024', /缺少.*文件乙/],
    ['?b=hunan-2024', /缺少.*文件甲/],
    ['?a=hunan-2025&b=hunan-2025', /两份不同的文件/],
    ['?a=%E0%A4%A&b=%ZZ%%', /没有这份文件/],
    ['?%E0%A4%A', /地址参数无法识别/],
    ['?x=1', /地址参数无法识别/],
    ['?a=&b=', /请选择两份文件/],
  ] as const) {
    it(`bad input ${query}: a message above the pickers, no stale view or title, no console error`, async () => {
      const { page, consoleErrors } = await open(browser, `/compare/${query}`);
      await page.waitForFunction(() => (document.getElementById('compare-status')?.textContent ?? '').length > 0);
      assert.match(await page.locator('#compare-status').innerText(), message);
      assert.equal(await page.locator('#comparison [data-diff]').count(), 0);
      assert.ok(await page.locator('#compare-a').isVisible());
      assert.ok(await page.locator('#compare-b').isVisible());
      const statusFirst = await page.evaluate(
        () =>
          !!(
            document.getElementById('compare-status')!.compareDocumentPosition(document.getElementById('compare-a')!) &
            Node.DOCUMENT_POSITION_FOLLOWING
          ),
      );
      assert.ok(statusFirst, 'the message stands above the pickers');
      assert.equal(await page.title(), '对比两份文件 · 报告通');
      assert.deepEqual(consoleErrors, []);
    });
  }
});

describe('concordance: /terms/', () => {
  it('/terms/?t=以旧换新 lists every occurrence: rows per document equal a substring count over the built reading pages', async () => {
    const term = '以旧换新';
    const { page, consoleErrors } = await open(browser, `/terms/?t=${encodeURIComponent(term)}`);
    await page.waitForFunction((t) => document.getElementById('terms-results')?.dataset.terms === t, term);
    const docs: { id: string; pages: string[] }[] = await page.evaluate(async () => {
      const list = (await (await fetch('/data/documents.json')).json()) as { id: string }[];
      return Promise.all(
        list.map(async (d) => ({
          id: d.id,
          pages: ((await (await fetch(`/data/text/${d.id}.json`)).json()) as { pages: string[] }).pages,
        })),
      );
    });
    let total = 0;
    for (const doc of docs) {
      // The reading text of each page of the document that is indexed (data-pagefind-body), whitespace removed.
      const expected = await page.evaluate(
        async ({ pages, t }) => {
          let n = 0;
          for (const url of pages) {
            // Without its <style> elements: parsed here, they would be checked against this page's CSP hashes.
            const html = (await (await fetch(url)).text()).replace(/<style[^>]*>[\s\S]*?<\/style>/g, '');
            const body = new DOMParser().parseFromString(html, 'text/html').querySelector('[data-pagefind-body]');
            if (!body) continue;
            // A plan part's page lists its chapters as links (.division-link): their headings are counted on the chapter pages.
            body.querySelectorAll('[data-pagefind-ignore], script, .division-link').forEach((e) => e.remove());
            n += (body.textContent ?? '').replace(/\s+/g, '').split(t).length - 1;
          }
          return n;
        },
        { pages: doc.pages, t: term },
      );
      const rows = await page.locator(`.kwic-doc[data-doc="${doc.id}"] [data-kwic]`).count();
      assert.equal(rows, expected, doc.id);
      if (rows) assert.equal(Number(await page.locator(`.kwic-doc[data-doc="${doc.id}"] [data-kwic-count]`).innerText()), rows);
      total += rows;
    }
    assert.ok(total >= 5, `${total} rows`);
    assert.equal(Number(await page.locator('[data-kwic-total]').innerText()), total);
    // Each row: the match highlighted, ±20 characters around it, a link to the paragraph anchor.
    const row = page.locator('[data-kwic]').first();
    assert.equal(await row.locator('mark').innerText(), term);
    assert.ok((await row.locator('.kwic-left').innerText()).length <= 20);
    assert.match((await row.locator('a').getAttribute('href'))!, /^\/[a-z0-9-]+\/([a-z0-9-]+\/)?#[a-z0-9-]+$/);
    // The CSV holds the rows shown, with the columns of src/terms/tables.ts.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#kwic-csv').click()]);
    const csv = (await (await import('node:fs/promises')).readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
    const lines = csv.trim().split('\r\n');
    assert.equal(lines[0], 'term,document,title,region,date,kind,page,anchor,divisionNumber,divisionHeading,left,match,right');
    assert.equal(lines.length - 1, total);
    assert.ok(lines.slice(1).every((l) => l.includes(term)));
    assert.deepEqual(consoleErrors, []);
  });

  it('/terms/?t=…&d=… fetches the text files of the documents shown and no others', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/data/')) fetched.push(new URL(r.url()).pathname);
    });
    await page.goto(`${BASE_URL}/terms/?t=${encodeURIComponent('以旧换新')}&d=hunan-2024,hunan-2025`);
    await page.waitForFunction(() => document.getElementById('terms-results')?.dataset.terms === '以旧换新');
    assert.deepEqual(fetched.sort(), ['/data/text/hunan-2024.json', '/data/text/hunan-2025.json']);
    const docs = await page
      .locator('figure[data-chart="strip"] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.doc));
    assert.deepEqual(docs, ['hunan-2024', 'hunan-2025']);
    await context.close();
  });

  it('/terms/ folds traditional characters as search does: ?t=總則 lists the rows of ?t=总则', async () => {
    const rows = async (term: string) => {
      const { page, consoleErrors } = await open(browser, `/terms/?t=${encodeURIComponent(term)}`);
      await page.waitForFunction((t) => document.getElementById('terms-results')?.dataset.terms === t, term);
      assert.deepEqual(consoleErrors, []);
      return {
        count: Number(await page.locator('[data-kwic-total]').innerText()),
        marks: await page.locator('[data-kwic] mark').allInnerTexts(),
        hrefs: await page.locator('[data-kwic] a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
      };
    };
    const simplified = await rows('总则');
    const traditional = await rows('總則');
    assert.ok(simplified.count >= 1, `${simplified.count} rows for 总则`);
    assert.deepEqual(traditional, simplified);
    assert.ok(
      traditional.marks.every((m) => m.replace(/\s+/g, '') === '总则'),
      'the match is shown as written',
    );
  });

  for (const query of ['?t=', '?t=%20', '?t=%EF%BC%8C']) {
    it(`/terms/${query}: asks for a term and clears the default results and input`, async () => {
      const { page, consoleErrors } = await open(browser, `/terms/${query}`);
      await page.waitForFunction(() => document.getElementById('terms-status')?.textContent === '请输入要查找的词语。');
      assert.equal(await page.locator('[data-kwic]').count(), 0);
      assert.equal(await page.locator('#terms-results').isVisible(), false);
      assert.equal(await page.locator('#terms-input').inputValue(), '');
      assert.deepEqual(consoleErrors, []);
    });
  }

  it('documents are listed by date and kind', async () => {
    const { page } = await open(browser, '/terms/', undefined, false);
    const ids = await page
      .locator('figure[data-chart="strip"] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.doc));
    assert.ok(
      ids.indexOf('hunan-2024') < ids.indexOf('national-2024') && ids.indexOf('national-2024') < ids.indexOf('hunan-2025'),
      ids.join(' '),
    );
    assert.ok((await page.locator('[data-kwic]').count()) > 0, 'the default terms read without JavaScript');
  });
});
