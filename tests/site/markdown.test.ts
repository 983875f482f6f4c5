/**
 * The Markdown edition in the built site: every reading page names its twin with
 * <link rel="alternate" type="text/markdown">, the twin exists and says which page it is, no .md file
 * is an orphan, each landing page links its document's /data/<id>.md, /llms.txt lists every document's
 * Markdown, and the test server (scripts/lib/static-server.ts) serves them all as text/markdown.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { DIST, listFiles, pages } from './dist.ts';

const BASE_URL = process.env.BASE_URL;
const reading = pages().filter((p) => p.dom.querySelector('article.text[data-document]'));
const ids = (JSON.parse(readFileSync(join(DIST, 'data/documents.json'), 'utf8')) as { id: string }[]).map((d) => d.id);

function frontMatter(markdown: string): Record<string, unknown> {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  assert.ok(m, 'expected YAML front matter');
  return parseYaml(m[1]!) as Record<string, unknown>;
}

describe('Markdown twins', () => {
  it('finds reading pages and documents', () => {
    assert.ok(reading.length > 100, `expected the reading pages, found ${reading.length}`);
    assert.equal(ids.length, 10);
  });

  it('every reading page links its twin, which exists and names the page', () => {
    const wrong: string[] = [];
    for (const page of reading) {
      const links = page.dom.querySelectorAll('link[rel="alternate"][type="text/markdown"]');
      if (links.length !== 1) {
        wrong.push(`${page.url}: ${links.length} Markdown alternates`);
        continue;
      }
      const href = String(links[0]!.getAttributeValue('href'));
      if (href !== `${page.url}index.md`) wrong.push(`${page.url}: alternate ${href}`);
      const file = join(DIST, href);
      if (!existsSync(file)) {
        wrong.push(`${page.url}: no ${href}`);
        continue;
      }
      const front = frontMatter(readFileSync(file, 'utf8'));
      if (new URL(String(front.url)).pathname !== page.url) wrong.push(`${href}: url ${String(front.url)}`);
      if (new URL(String(front.markdown)).pathname !== href) wrong.push(`${href}: markdown ${String(front.markdown)}`);
      // The visible link and the copy button name the same file.
      const visible = page.dom.querySelector(`.markdown-tools a[href="${href}"]`);
      const button = page.dom.querySelector('[data-copy-markdown]');
      if (!visible || button?.getAttributeValue('data-copy-markdown') !== href) wrong.push(`${page.url}: tools do not name ${href}`);
    }
    assert.deepEqual(wrong, []);
  });

  it('every .md file is a page twin or a document file: one per reading page and one per document', () => {
    const md = listFiles(DIST).filter((f) => f.endsWith('.md'));
    const expected = [...reading.map((p) => `${p.url.slice(1)}index.md`), ...ids.map((id) => `data/${id}.md`)].sort();
    assert.deepEqual([...md].sort(), expected);
  });

  it("each landing page links its document's /data/<id>.md", () => {
    for (const id of ids) {
      const landing = reading.find((p) => p.url === `/${id}/`);
      assert.ok(landing, `no landing page for ${id}`);
      assert.ok(landing.dom.querySelector(`.downloads a[href="/data/${id}.md"]`), `/${id}/ does not link /data/${id}.md`);
      const front = frontMatter(readFileSync(join(DIST, `data/${id}.md`), 'utf8'));
      assert.equal(new URL(String(front.url)).pathname, `/${id}/`);
    }
  });

  it('/llms.txt lists every document with its Markdown file, and every link it gives exists', () => {
    const llms = readFileSync(join(DIST, 'llms.txt'), 'utf8');
    assert.match(llms, /^# \S/);
    for (const id of ids) assert.match(llms, new RegExp(`\\]\\([^)]*/data/${id}\\.md\\)`));
    const urls = [...llms.matchAll(/\]\((https?:\/\/[^)]+)\)|<(https?:\/\/[^>]+)>/g)].map((m) => new URL(m[1] ?? m[2]!).pathname);
    assert.ok(urls.length >= ids.length * 2);
    for (const path of urls) {
      const file = path.endsWith('/') ? join(DIST, path, 'index.html') : join(DIST, path);
      assert.ok(existsSync(file), `llms.txt links ${path}, which does not exist`);
    }
  });
});

describe('served as text/markdown', { skip: !BASE_URL && 'BASE_URL not set (run through scripts/browser-tests.ts)' }, () => {
  it('every .md file and /llms.txt, as UTF-8 text, byte for byte', async () => {
    const files = [...listFiles(DIST).filter((f) => f.endsWith('.md')), 'llms.txt'];
    const wrong: string[] = [];
    for (const file of files) {
      const response = await fetch(`${BASE_URL}/${file}`);
      const type = response.headers.get('content-type') ?? '';
      if (response.status !== 200 || !/^text\/(markdown|plain); charset=utf-8$/i.test(type))
        wrong.push(`/${file}: ${response.status} ${type}`);
      if ((await response.text()) !== readFileSync(join(DIST, file), 'utf8')) wrong.push(`/${file}: body differs from the file`);
    }
    assert.deepEqual(wrong, []);
  });
});
