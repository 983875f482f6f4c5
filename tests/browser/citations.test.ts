/**
 * Citations (issue #12): the downloads linked from each landing page (/data/<id>.ris, .bib, .csl.json)
 * and the "cite this" block of a page and of a paragraph, read back by citation-js — an independent
 * parser of each format — and compared with the manifest, field by field. The access date of the downloads
 * and of the citations without JavaScript is the edition date (src/lib/edition-date.ts), read back by
 * parsers citation-js did not write (@retorquere/bibtex-parser, astrocite-ris).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { AST as RIS } from 'astrocite-ris';
import type { Browser } from 'playwright-core';
import { editionDate } from '../../src/lib/edition-date.ts';
import { placeKey, risId } from '../../src/lib/ris-id.ts';
import type { ParsedDocument } from '../../src/parser/model.ts';
import { BASE_URL, launch, open } from './helpers.ts';

const manifest = JSON.parse(readFileSync('seeds/manifest.json', 'utf8')) as ParsedDocument[];

let browser: Browser;
before(async () => (browser = await launch()));
after(async () => browser.close());

interface Read {
  title: unknown;
  author: unknown;
  date: unknown;
  publisher: unknown;
  container: unknown;
  url: string;
}
/** The fields a reference list needs, as citation-js reads them from any of the formats. */
interface CslRead {
  title?: string;
  author?: { literal?: string; family?: string }[];
  issued?: { 'date-parts'?: (number | string)[][] };
  publisher?: string;
  'container-title'?: string;
  URL: string;
}
function readBack(text: string): Read[] {
  return (new Cite(text).data as unknown as CslRead[]).map((d) => ({
    title: d.title,
    author: d.author?.map((a) => a.literal ?? a.family),
    date: d.issued?.['date-parts']?.[0]?.map(Number),
    publisher: d.publisher,
    container: d['container-title'],
    url: d.URL,
  }));
}

const dateOf = (doc: ParsedDocument) => (doc.date ? doc.date.split('-').map(Number) : [doc.year]);
const expected = (doc: ParsedDocument, url: string, part?: string): Omit<Read, 'url'> & { path: string } => ({
  title: spaced(part ?? doc.title),
  author: [doc.author ?? doc.speaker ?? doc.region],
  date: dateOf(doc),
  publisher: doc.author,
  container: part ? spaced(doc.title) : undefined,
  path: url,
});
/** Runs of whitespace count as one (BibTeX defines them so; in the sources they are layout). */
const spaced = (v: unknown) => (typeof v === 'string' ? v.replace(/\s+/g, ' ') : v);
const comparable = ({ url, title, container, ...rest }: Read) => ({
  ...rest,
  title: spaced(title),
  container: spaced(container),
  path: new URL(url).pathname + new URL(url).hash,
});

describe('citation downloads', () => {
  for (const doc of manifest) {
    it(`${doc.id}: RIS, BibTeX and CSL-JSON are linked from its landing page and read back as the manifest says`, async () => {
      const { page } = await open(browser, `/${doc.id}/`);
      for (const ext of ['ris', 'bib', 'csl.json']) {
        const link = page.locator(`.downloads a[href="/data/${doc.id}.${ext}"]`);
        assert.equal(await link.count(), 1, ext);
        const response = await page.request.get(BASE_URL + (await link.getAttribute('href')));
        assert.equal(response.status(), 200);
        const items = readBack(await response.text());
        assert.equal(items.length, 1, ext);
        assert.deepEqual(comparable(items[0]!), expected(doc, `/${doc.id}/`), `${doc.id}.${ext}`);
      }
    });
  }
});

/** The edition date as the test's process computes it (the build ran with the same environment and commit). */
const EDITION = editionDate().date;

describe('the access date of the downloads', () => {
  it('is the edition date in every .bib, .ris and .csl.json, as independent parsers read them', async () => {
    const { page } = await open(browser, '/');
    const get = async (path: string) => {
      const response = await page.request.get(`${BASE_URL}${path}`);
      assert.equal(response.status(), 200, path);
      return response.text();
    };
    for (const doc of manifest) {
      const bib = parseBibtex(await get(`/data/${doc.id}.bib`));
      assert.deepEqual(bib.errors, [], `${doc.id}.bib`);
      assert.equal((bib.entries[0]!.fields as Record<string, unknown>).urldate, EDITION, `${doc.id}.bib urldate`);
      const [record] = RIS.parse(await get(`/data/${doc.id}.ris`)).children;
      // Y2, or M1 in an ELEC record (the RIS specification's field for the access date there).
      const tag = record!.type === 'ELEC' ? 'M1' : 'Y2';
      const values = record!.properties.filter((p) => p.key === tag).map((p) => p.value);
      assert.deepEqual(values, [`${EDITION.replaceAll('-', '/')}/`], `${doc.id}.ris ${tag}`);
      const [item] = JSON.parse(await get(`/data/${doc.id}.csl.json`)) as Array<{ accessed?: { 'date-parts': number[][] } }>;
      assert.deepEqual(item!.accessed?.['date-parts'], [EDITION.split('-').map(Number)], `${doc.id}.csl.json accessed`);
    }
    await page.context().close();
  });
});

describe('cite this page, cite this paragraph', () => {
  const doc = manifest.find((d) => d.id === 'hunan-fyp15')!;

  it('a chapter page offers GB/T 7714, CSL-JSON, RIS and BibTeX of the chapter, each reading back to the same fields', async () => {
    const { page, consoleErrors } = await open(browser, '/hunan-fyp15/chapter-24/');
    const heading = await page.locator('meta[name="citation_title"]').getAttribute('content');
    assert.match(heading!, /^第二十四章/);
    const gbt = await page.locator('[data-cite-format="gbt7714"]').textContent();
    assert.equal(
      gbt,
      `湖南省人民政府. ${heading}[EB/OL]//湖南省人民政府. ${doc.title}. ${doc.year}[${localToday(await page.evaluate(() => new Date().toString()))}]. ${BASE_URL}/hunan-fyp15/chapter-24/.`,
    );
    for (const format of ['csl-json', 'ris', 'bibtex']) {
      const text = await page.locator(`[data-cite-format="${format}"]`).textContent();
      const [item] = readBack(text!);
      const want = expected(doc, '/hunan-fyp15/chapter-24/', heading!);
      assert.deepEqual(comparable(item!), want, format);
    }
    assert.deepEqual(consoleErrors, []);
  });

  it('on a paragraph anchor, every format cites that paragraph and today is the access date', async () => {
    const { page } = await open(browser, '/hunan-fyp15/chapter-24/');
    const id = await page.locator('article.text p[id^="p-"]').nth(3).getAttribute('id');
    await page.locator(`[id="${id}"] a.self-link`).click();
    await page.waitForFunction((id) => document.querySelector('[data-cite-format="ris"]')?.textContent?.includes(`#${id}`), id);
    for (const format of ['csl-json', 'ris', 'bibtex']) {
      const [item] = readBack((await page.locator(`[data-cite-format="${format}"]`).textContent())!);
      assert.equal(new URL(item!.url).hash, `#${id}`, format);
    }
    // The paragraph is another reference than its page: its own RIS ID, as the build computes it.
    const [record] = RIS.parse((await page.locator('[data-cite-format="ris"]').textContent())!).children;
    const ids = record!.properties.filter((p) => p.key === 'ID').map((p) => p.value);
    assert.deepEqual(ids, [risId(placeKey('hunan-fyp15-chapter-24', id!))]);
    assert.notEqual(ids[0], risId('hunan-fyp15-chapter-24'));
    const gbt = await page.locator('[data-cite-format="gbt7714"]').innerText();
    assert.ok(gbt.endsWith(`/hunan-fyp15/chapter-24/#${id}.`), gbt);
    assert.ok(!gbt.includes('引用日期'));
    // The paragraph is named where GB/T 7714 puts the place in a 析出文献 (after the year).
    assert.match(gbt, new RegExp(`\\. ${doc.year}: 第${id!.slice(2)}段\\[\\d{4}-\\d{2}-\\d{2}\\]\\. `));
  });

  it('a fragment that names nothing on the page, or is malformed, is not cited and raises no error', async () => {
    for (const hash of ['#nonexistent', '#%7D%22%5Cx', '#%E0%A4%A']) {
      const { page, consoleErrors } = await open(browser, `/hunan-2025/part-1/${hash}`);
      for (const format of ['csl-json', 'ris', 'bibtex']) {
        const [item] = readBack((await page.locator(`[data-cite-format="${format}"]`).textContent())!);
        assert.equal(new URL(item!.url).hash, '', `${hash} ${format}`);
      }
      assert.deepEqual(consoleErrors, [], hash);
    }
  });

  it('without JavaScript the citation still names the page, with the edition date as the access date, as the downloads', async () => {
    const { page } = await open(browser, '/national-2024/part-3/', undefined, false);
    const gbt = await page.locator('[data-cite-format="gbt7714"]').innerText();
    assert.match(
      gbt,
      /^国务院\. 三、2024年政府工作任务\[EB\/OL\]\/\/国务院\. 2024年政府工作报告\. 2024\[(\d{4}-\d{2}-\d{2})\]\. https?:\/\/\S+\/national-2024\/part-3\/\.$/,
    );
    assert.ok(gbt.includes(`[${EDITION}]`), gbt);
    const bib = parseBibtex((await page.locator('[data-cite-format="bibtex"]').textContent())!);
    assert.deepEqual(bib.errors, []);
    assert.equal((bib.entries[0]!.fields as Record<string, unknown>).urldate, EDITION);
    const [record] = RIS.parse((await page.locator('[data-cite-format="ris"]').textContent())!).children;
    assert.deepEqual(
      record!.properties.filter((p) => p.key === 'Y2').map((p) => p.value),
      [`${EDITION.replaceAll('-', '/')}/`],
    );
    await page.context().close();
  });
});

/** The page's local date (the script formats the reader's date, not UTC's). */
function localToday(dateString: string): string {
  const d = new Date(dateString);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
