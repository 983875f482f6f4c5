/**
 * Copying gives the source text (issue #12): a real copy to the system clipboard in Chromium (select,
 * Ctrl+C, read the clipboard back), compared with the text the model holds for that page — which the
 * parser's fidelity test has compared with the seed file — whitespace ignored. No interface glyph or
 * label may come along; the self-links stay on the page.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { ParsedDocument } from '../../src/parser/model.ts';
import { withoutWhitespace } from '../../src/parser/source.ts';
import { childrenText, nodeText } from '../../src/parser/text.ts';
import { BASE_URL, launch, findNode } from './helpers.ts';

let browser: Browser;
let page: Page;
before(async () => {
  browser = await launch();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(BASE_URL).origin });
  page = await context.newPage();
});
after(async () => browser.close());

/** What never belongs in a copy of the reading text: glyphs and labels of the interface. */
const INTERFACE = /[¶#]|链接到|复制引文|已复制|引用本页|编者注|标题缺失|原文第/;

async function model(id: string): Promise<ParsedDocument> {
  return (await (await fetch(`${BASE_URL}/data/${id}.json`)).json()) as ParsedDocument;
}

/** Selects the contents of the elements matching `from` … `to` (inclusive) and copies with Ctrl+C. */
async function copy(path: string, from: string, to = from): Promise<string> {
  await page.goto(BASE_URL + path);
  await page.evaluate(() => navigator.clipboard.writeText('(nothing copied)'));
  await page.evaluate(
    ([a, b]) => {
      const range = document.createRange();
      range.setStartBefore(document.querySelector(a)!.firstChild!);
      const last = document.querySelector(b)!;
      range.setEndAfter(last.lastChild!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    },
    [from, to] as const,
  );
  await page.keyboard.press('Control+C');
  return page.evaluate(() => navigator.clipboard.readText());
}

describe('copying the reading text', () => {
  const pages = [
    { what: 'a report part', path: '/national-2024/part-3/', doc: 'national-2024', node: 'part-3' },
    { what: 'a plan chapter with a table', path: '/hunan-fyp15/chapter-4/', doc: 'hunan-fyp15', node: 'chapter-4' },
    { what: 'a plan chapter whose heading the source omits', path: '/hunan-fyp15/chapter-66/', doc: 'hunan-fyp15', node: 'chapter-66' },
    { what: 'the glossary', path: '/hunan-fyp15/glossary/', doc: 'hunan-fyp15', node: 'glossary' },
    { what: 'the law', path: '/state-secrets-law-2024/', doc: 'state-secrets-law-2024' },
    { what: 'the digest (list items)', path: '/hunan-2024-digest/', doc: 'hunan-2024-digest' },
  ];
  for (const p of pages) {
    it(`a whole page's reading text: ${p.what}`, async () => {
      const doc = await model(p.doc);
      const expected = p.node ? nodeText(findNode(doc.children, p.node)!) : childrenText(doc.children);
      const copied = await copy(p.path, 'article.text[data-document]');
      assert.doesNotMatch(copied, INTERFACE);
      assert.equal(withoutWhitespace(copied), withoutWhitespace(expected));
      // The self-links are still there to use.
      assert.ok((await page.locator('article.text[data-document] a.self-link[href^="#"]').count()) > 0);
    });
  }

  it('a law article copies as the source writes it: number and text on one line, the source separator kept', async () => {
    const copied = await copy('/state-secrets-law-2024/', '#article-1', '#article-2');
    assert.match(copied, /^第一条 为了保守国家秘密，维护国家安全和利益，.*制定本法。\s+第二条 国家秘密是/s);
    // 第三十四条 has no separator in the source, and gets none.
    assert.match(await copy('/state-secrets-law-2024/', '#article-34'), /^第三十四条网络运营者应当加强/);
  });

  it('a passage across two paragraphs copies as their text and nothing else', async () => {
    const doc = await model('national-2024');
    const copied = await copy('/national-2024/part-3/', '#p-40', '#p-41');
    assert.doesNotMatch(copied, INTERFACE);
    assert.equal(
      withoutWhitespace(copied),
      withoutWhitespace(nodeText(findNode(doc.children, 'p-40')!) + nodeText(findNode(doc.children, 'p-41')!)),
    );
  });

  it('each self-link shows its glyph (a paragraph: its number), names itself to assistive technology and gives its source line', async () => {
    await page.goto(`${BASE_URL}/national-2024/part-3/`);
    const link = page.locator('#p-40 a.self-link');
    assert.equal(await link.getAttribute('href'), '#p-40');
    assert.equal(await link.getAttribute('aria-label'), '第40段，链接到此段');
    const doc = await model('national-2024');
    assert.equal(await link.getAttribute('title'), `原文第 ${findNode(doc.children, 'p-40')!.source.line} 行`);
    const glyph = await link.evaluate((a) => getComputedStyle(a, '::after').content);
    assert.match(glyph, /^"40"/);
    assert.equal(
      await page
        .locator('section.level-item > h2 > a.self-link')
        .first()
        .evaluate((a) => getComputedStyle(a, '::after').content)
        .then((c) => /#/.test(c)),
      true,
    );
  });
});
