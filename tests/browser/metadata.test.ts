/**
 * What reference managers, search engines and feed readers read (issue #12): citation_* and DC.* tags
 * on every reading page, equal to the manifest and the model; the item type Zotero infers from them;
 * the sitemap (exactly the pages with data-pagefind-body), robots.txt, the Atom feed (parsed as XML by
 * Chromium, required elements, newest first); provenance on landing pages and in /data/documents.json.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import type { Division, Node, ParsedDocument } from '../../src/parser/model.ts';
import { divisionTitle, navigationOf } from '../../src/lib/navigation.ts';
import { DIST, pages } from '../site/dist.ts';
import { BASE_URL, launch, open } from './helpers.ts';

const manifest = JSON.parse(readFileSync('seeds/manifest.json', 'utf8')) as ParsedDocument[];
const model = (id: string) => JSON.parse(readFileSync(join(DIST, 'data', `${id}.json`), 'utf8')) as ParsedDocument;
const reading = pages().filter((p) => p.dom.querySelector('article.text[data-document]'));

function division(nodes: Node[], id: string): Division | undefined {
  for (const n of nodes) {
    if (n.type !== 'division') continue;
    if (n.id === id) return n;
    const inner = division(n.children, id);
    if (inner) return inner;
  }
  return undefined;
}

/** All values of a meta name, in document order. */
const metas = (p: (typeof reading)[number], name: string) =>
  p.dom.querySelectorAll(`head meta[name="${name}"]`).map((m) => String(m.getAttributeValue('content')));
const meta = (p: (typeof reading)[number], name: string) => {
  const values = metas(p, name);
  assert.ok(values.length <= 1, `${p.url}: ${name} given ${values.length} times`);
  return values[0];
};

/**
 * The item type Zotero's Embedded Metadata translator infers from Highwire tags: the last
 * type-bearing tag wins, citation_title alone suggests a journal article.
 */
function zoteroType(p: (typeof reading)[number]): string | undefined {
  let type: string | undefined;
  let guess: string | undefined;
  for (const m of p.dom.querySelectorAll('head meta[name]')) {
    const name = String(m.getAttributeValue('name'));
    if (name === 'citation_journal_title') type = 'journalArticle';
    if (name === 'citation_technical_report_institution') type = 'report';
    if (name === 'citation_conference_title') type = 'conferencePaper';
    if (name === 'citation_book_title' || name === 'citation_inbook_title') type = 'bookSection';
    if (name === 'citation_dissertation_institution') type = 'thesis';
    if (name === 'citation_title') guess ??= 'journalArticle';
  }
  return type ?? guess;
}

describe('citation metadata on every reading page', () => {
  it('covers every reading page the navigation index knows', () => {
    const urls = manifest.flatMap((d) => navigationOf(model(d.id)).pages.map((p) => p.url)).sort();
    assert.deepEqual(reading.map((p) => p.url).sort(), urls);
  });

  for (const doc of manifest) {
    it(`${doc.id}: citation_* and DC.* equal the manifest, the page's own title and URL`, () => {
      const m = model(doc.id);
      const ofDoc = reading.filter((p) => p.url.startsWith(`/${doc.id}/`));
      assert.ok(ofDoc.length >= 1);
      for (const p of ofDoc) {
        const slug = p.url.split('/')[2];
        const part = slug ? division(m.children, slug) : undefined;
        if (slug) assert.ok(part, `${p.url}: a division ${slug} in the model`);
        const title = part ? divisionTitle(part) : doc.title;
        const responsible = doc.author ?? doc.speaker ?? doc.region;
        const date = doc.date ?? String(doc.year);
        assert.equal(meta(p, 'citation_title'), title, p.url);
        assert.equal(meta(p, 'DC.title'), title, p.url);
        assert.deepEqual(metas(p, 'citation_author'), [responsible], p.url);
        assert.equal(meta(p, 'DC.creator'), responsible, p.url);
        assert.equal(meta(p, 'citation_publication_date'), date, p.url);
        assert.equal(meta(p, 'DC.date'), date, p.url);
        assert.equal(meta(p, 'citation_publisher'), doc.author, p.url);
        assert.equal(meta(p, 'DC.publisher'), doc.author, p.url);
        assert.equal(meta(p, 'citation_language'), 'zh-CN', p.url);
        assert.equal(meta(p, 'DC.language'), 'zh-CN', p.url);
        for (const name of ['citation_public_url', 'citation_fulltext_html_url', 'DC.identifier']) {
          assert.equal(new URL(meta(p, name)!).pathname, p.url, `${p.url}: ${name}`);
        }
        if (part) {
          assert.equal(meta(p, 'citation_inbook_title'), doc.title, p.url);
          assert.equal(meta(p, 'DC.relation.ispartof'), doc.title, p.url);
          assert.equal(zoteroType(p), 'bookSection', p.url);
        } else {
          assert.equal(meta(p, 'citation_inbook_title'), undefined, p.url);
          if (doc.kind === 'report' || doc.kind === 'plan') assert.equal(zoteroType(p), 'report', p.url);
          if (doc.kind === 'news') assert.equal(meta(p, 'citation_journal_title'), doc.author, p.url);
        }
      }
    });
  }
});

describe('sitemap, robots.txt and the Atom feed', () => {
  it('the sitemap lists every page that has data-pagefind-body, the guide, and no other', () => {
    const indexed = pages()
      .filter((p) => p.dom.querySelector('[data-pagefind-body]') || p.url.startsWith('/guide/'))
      .map((p) => p.url)
      .sort();
    assert.ok(indexed.length > 50);
    for (const file of ['sitemap.xml', 'sitemap-0.xml']) {
      const locs = [...readFileSync(join(DIST, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname).sort();
      assert.deepEqual(locs, indexed, file);
    }
    const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
    for (const [, loc] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) assert.ok(existsSync(join(DIST, new URL(loc!).pathname)), `${loc}`);
  });

  it('robots.txt points to the sitemap', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
    assert.ok(sitemap, robots);
    assert.ok(existsSync(join(DIST, new URL(sitemap).pathname)), sitemap);
    assert.match(robots, /^User-agent: \*$/m);
  });

  let browser: Browser;
  before(async () => (browser = await launch()));
  after(async () => browser.close());

  it('the feed is valid Atom: required elements, one entry per document, newest first', async () => {
    const { page } = await open(browser, '/');
    const feed = await page.evaluate(async () => {
      const xml = new DOMParser().parseFromString(await (await fetch('/feed.xml')).text(), 'application/xml');
      const ATOM = 'http://www.w3.org/2005/Atom';
      const root = xml.documentElement;
      const child = (el: Element, name: string) => [...el.children].filter((c) => c.namespaceURI === ATOM && c.localName === name);
      const text = (el: Element, name: string) => child(el, name)[0]?.textContent ?? null;
      return {
        error: xml.getElementsByTagName('parsererror').length > 0,
        root: `${root.namespaceURI} ${root.localName}`,
        id: text(root, 'id'),
        title: text(root, 'title'),
        updated: text(root, 'updated'),
        feedAuthors: child(root, 'author').length,
        self: child(root, 'link').some((l) => l.getAttribute('rel') === 'self'),
        entries: child(root, 'entry').map((e) => ({
          id: text(e, 'id'),
          title: text(e, 'title'),
          updated: text(e, 'updated'),
          link: child(e, 'link')[0]?.getAttribute('href') ?? null,
          authors: child(e, 'author').map((a) => text(a, 'name')),
        })),
      };
    });
    assert.equal(feed.error, false);
    assert.equal(feed.root, 'http://www.w3.org/2005/Atom feed');
    assert.ok(feed.id && feed.title && feed.updated && feed.self);
    assert.ok(!Number.isNaN(Date.parse(feed.updated)));
    assert.equal(feed.entries.length, manifest.length);
    const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
    for (const e of feed.entries) {
      assert.ok(e.id && e.title && e.link, JSON.stringify(e));
      assert.match(e.updated ?? '', rfc3339);
      // Atom: every entry has an author unless the feed has one.
      assert.ok(feed.feedAuthors > 0 || e.authors.length > 0, e.id);
      const doc = manifest.find((d) => new URL(e.link!).pathname === `/${d.id}/`);
      assert.ok(doc, `${e.link}`);
      assert.equal(e.title, doc.title);
      assert.equal(e.updated!.slice(0, 10), doc.date ?? `${doc.year}-01-01`);
    }
    const times = feed.entries.map((e) => Date.parse(e.updated!));
    assert.deepEqual(
      times,
      [...times].sort((a, b) => b - a),
      'newest first',
    );
    assert.equal(Date.parse(feed.updated), times[0]);
    assert.equal(await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute('href'), '/feed.xml');
  });
});

describe('provenance', () => {
  let browser: Browser;
  before(async () => (browser = await launch()));
  after(async () => browser.close());

  const sha256 = (file: string) =>
    createHash('sha256')
      .update(readFileSync(join('seeds', file)))
      .digest('hex');

  it('/data/documents.json gives each document its file, SHA-256, line range and editorial notes', async () => {
    const list = (await (await fetch(`${BASE_URL}/data/documents.json`)).json()) as (ParsedDocument & {
      source: { file: string; sha256: string; lines: { start: number; end: number }; notes: { line: number; message: string }[] };
    })[];
    assert.equal(list.length, manifest.length);
    for (const d of list) {
      const m = model(d.id);
      assert.equal(d.source.file, m.file);
      assert.equal(d.source.sha256, sha256(m.file));
      assert.deepEqual(d.source.lines, m.lines);
      assert.deepEqual(
        d.source.notes,
        m.warnings.map((w) => ({ line: w.line, message: w.message })),
      );
    }
  });

  it('a landing page states the file, its SHA-256, the line range and the editorial notes', async () => {
    const m = model('hunan-fyp15');
    const { page } = await open(browser, '/hunan-fyp15/');
    const meta = await page.locator('.doc-meta').innerText();
    assert.ok(meta.includes(m.file), meta);
    assert.ok(meta.includes(sha256(m.file)), meta);
    assert.ok(meta.includes(`第${m.lines.start}–${m.lines.end}行`), meta);
    assert.ok(m.warnings.length > 0);
    const notes = await page.locator('.editorial-notes').innerText();
    for (const w of m.warnings) assert.ok(notes.includes(w.message) && notes.includes(`:${w.line}`), w.message);
  });

  it("each paragraph's self-link gives 原文第 N 行, N its line in the source file", () => {
    const m = model('hunan-2025');
    const p = reading.find((r) => r.url === '/hunan-2025/part-1/')!;
    const paragraphs = (nodes: Node[]): Node[] => nodes.flatMap((n) => (n.type === 'division' ? paragraphs(n.children) : [n]));
    let checked = 0;
    for (const node of paragraphs(m.children)) {
      const link = p.dom.querySelector(`[id="${node.id}"] a.self-link`);
      if (!link) continue;
      assert.equal(link.getAttributeValue('title'), `原文第 ${node.source.line} 行`, node.id);
      const line = readFileSync(join('seeds', m.file), 'utf8').split('\n')[node.source.line - 1]!;
      if (node.type === 'paragraph') assert.ok(line.includes(node.content[0]!.text.slice(0, 8)), `${node.id}: line ${node.source.line}`);
      checked++;
    }
    assert.ok(checked > 10, `${checked} paragraphs checked`);
  });
});
