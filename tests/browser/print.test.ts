/**
 * Print and PDF (issue #12): Chromium's page.pdf() of a plan chapter (with an indicator table and its
 * chart) and of the law, text extracted by poppler's pdftotext: every sentence and table cell of the
 * page is there, none of the navigation, search box, buttons or chart controls; the running header
 * is the breadcrumb; the page ends with its URL and the access date.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import type { ParsedDocument } from '../../src/parser/model.ts';
import { withoutWhitespace } from '../../src/parser/source.ts';
import { nodeText } from '../../src/parser/text.ts';
import { DIST } from '../site/dist.ts';
import { launch, open, findNode } from './helpers.ts';

const model = (id: string) => JSON.parse(readFileSync(join(DIST, 'data', `${id}.json`), 'utf8')) as ParsedDocument;
let browser: Browser;
let dir: string;
before(async () => {
  browser = await launch();
  dir = mkdtempSync(join(tmpdir(), 'print-'));
});
after(async () => {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The page printed to PDF by Chromium, then its text as poppler's pdftotext extracts it. */
async function printed(path: string): Promise<{ text: string; page: Awaited<ReturnType<typeof open>>['page'] }> {
  const { page } = await open(browser, path);
  const pdf = join(dir, 'page.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'A4' }));
  let text: string;
  try {
    // -layout keeps the physical order (the raw order moves a line's leading dash to a block of its own).
    text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  } catch (e) {
    throw new Error(`pdftotext failed (Debian: apt-get install poppler-utils): ${String(e)}`, { cause: e });
  }
  return { text, page };
}

/** Sentences (up to 。！？；) and table cells, each as it must appear in the extracted text. */
function pieces(text: string): string[] {
  return text
    .split(/(?<=[。！？；])|\n/)
    .map(withoutWhitespace)
    .filter((s) => s.length > 0);
}

/** What the interface says and the printout must not: labels of navigation, search, buttons, charts. */
async function interfaceTexts(page: Awaited<ReturnType<typeof open>>['page']): Promise<string[]> {
  const labels = await page.evaluate(() => {
    const texts = (sel: string) => [...document.querySelectorAll(sel)].map((e) => (e.textContent ?? '').trim()).filter(Boolean);
    return [
      ...texts(
        '.site-header a, .site-nav a, .skip-link, .site-footer, .prev-next a, .on-this-page h2, .cite h2, button, .chart-data > summary, .chart-nojs, .chart-legend li',
      ),
      ...[...document.querySelectorAll('input[placeholder]')].map((i) => i.getAttribute('placeholder')!),
    ];
  });
  return labels.map(withoutWhitespace);
}

describe('printing', () => {
  for (const { what, path, doc, node } of [
    { what: 'a plan chapter with its indicator table and chart', path: '/hunan-fyp15/chapter-4/', doc: 'hunan-fyp15', node: 'chapter-4' },
    { what: 'the law', path: '/state-secrets-law-2024/', doc: 'state-secrets-law-2024', node: undefined },
  ]) {
    it(`${what}: every sentence, no navigation, the breadcrumb as running header, URL and date at the end`, async () => {
      const m = model(doc);
      const source = node ? nodeText(findNode(m.children, node)!) : m.children.map(nodeText).join('\n');
      const { text, page } = await printed(path);
      // Running header: the breadcrumb without 首页, at the head of every sheet. Taken out before the
      // text is compared, so a sentence running over a page break reads on.
      const crumbs = (await page.locator('.breadcrumbs li').allTextContents()).slice(1).map(withoutWhitespace).join('›');
      const sheets = text
        .split('\f')
        .filter((s) => s.trim())
        .map(withoutWhitespace);
      assert.ok(sheets.length >= 2, `${sheets.length} sheets`);
      for (const sheet of sheets) assert.ok(sheet.startsWith(crumbs), `running header "${crumbs}" at the head of every sheet`);
      const flat = sheets.map((s) => s.slice(crumbs.length)).join('');
      const missing = pieces(source).filter((s) => !flat.includes(s));
      assert.deepEqual(missing, [], `${missing.length} sentences missing from the PDF`);

      // Charts print as their data tables.
      for (const cell of await page.locator('.chart-data td, .chart-data th').allTextContents()) {
        assert.ok(flat.includes(withoutWhitespace(cell)), `chart data "${cell}" printed`);
      }

      const ui = await interfaceTexts(page);
      assert.ok(ui.length > 5, ui.join(' | '));
      const pageText = withoutWhitespace(source);
      for (const label of ui) {
        if (pageText.includes(label)) continue; // the source itself says it (数据, 目标…)
        assert.ok(!flat.includes(label), `the printout shows "${label}"`);
      }
      // The other pages of the document appear in its table of contents and prev/next links, not here.
      for (const title of await page.locator('.doc-toc a:not([aria-current]), .prev-next a').allTextContents()) {
        const t = withoutWhitespace(title.replace(/^(上一页|下一页)/, ''));
        if (t && !pageText.includes(t) && !withoutWhitespace(m.title).includes(t))
          assert.ok(!flat.includes(t), `the printout lists "${t}"`);
      }

      // The end: the page's address and the date it was printed.
      const last = sheets.at(-1)!;
      const url = page.url().split('#')[0]!;
      assert.match(last, new RegExp(`网址：${url.replace(/[.?*+^$()[\]{}|\\/]/g, '\\$&')}访问日期：\\d{4}-\\d{2}-\\d{2}$`));
    });
  }
});
