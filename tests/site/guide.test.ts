/**
 * The guide in the built site: one page per Markdown file of src/content/guide/, every heading with the
 * id rehype-slug gives it (github-slugger of its text), a table of contents naming exactly the page's
 * h2/h3 in order, links into the guide's sections from the search, compare, terms, targets and data
 * pages (the anchors themselves are checked by links.test.ts like every other), the guide kept out of
 * the site search, and the data dictionary consistent with the JSON Schemas and the files under /data/.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { decodeHTML } from 'entities';
import { slug } from 'github-slugger';
import type { Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { DIST, listFiles, pages } from './dist.ts';

const SOURCES = 'src/content/guide';
const files = readdirSync(SOURCES).filter((f) => f.endsWith('.md'));
const byUrl = new Map(pages().map((p) => [p.url, p]));
const guidePage = (id: string) => byUrl.get(`/guide/${id}/`);

describe('guide pages', () => {
  it('one page per Markdown file, and an index linking them all', () => {
    assert.ok(files.length >= 6, `expected the guide's pages in ${SOURCES}`);
    const index = byUrl.get('/guide/');
    assert.ok(index, 'no /guide/');
    for (const f of files) {
      const id = f.replace(/\.md$/, '');
      assert.ok(guidePage(id), `no /guide/${id}/`);
      assert.ok(index.dom.querySelector(`main a[href="/guide/${id}/"]`), `/guide/ does not link /guide/${id}/`);
    }
  });

  it('every heading has the id rehype-slug gives it, and the table of contents lists the h2/h3 in order', () => {
    for (const f of files) {
      const page = guidePage(f.replace(/\.md$/, ''))!;
      // One selector, filtered: html-validate returns a selector list group by group, not in document order.
      const headings = page.dom.querySelectorAll('.guide-body *').filter((e) => /^h[2-4]$/.test(e.tagName));
      assert.ok(headings.length > 0, `${page.url}: no headings`);
      const counts = new Map<string, number>();
      for (const h of headings) {
        // github-slugger numbers a repeated slug: the second 示例 is 示例-1.
        const text = decodeHTML(h.textContent); // html-validate leaves character references as written
        const base = slug(text);
        const n = counts.get(base) ?? 0;
        counts.set(base, n + 1);
        assert.equal(h.id, n ? `${base}-${n}` : base, `${page.url}: heading “${text}”`);
      }
      const toc = page.dom.querySelectorAll('.guide-toc a').map((a) => String(a.getAttributeValue('href')));
      const expected = headings.filter((h) => h.tagName !== 'h4').map((h) => `#${h.id}`);
      assert.deepEqual(toc, expected.length > 1 ? expected : [], page.url);
    }
  });

  it('the guide is not in the site search (no data-pagefind-body) but is in the sitemap', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
    for (const [url, page] of byUrl) {
      if (!url.startsWith('/guide/')) continue;
      assert.equal(page.dom.querySelectorAll('[data-pagefind-body]').length, 0, url);
      assert.ok(sitemap.includes(`${url}</loc>`), `${url} not in sitemap.xml`);
    }
  });

  it('the search, compare, terms, targets and data pages link into a section of the guide', () => {
    const compare = [...byUrl.keys()].find((u) => /^\/compare\/[^/]+\/[^/]+\/$/.test(u))!;
    for (const url of ['/search/', '/compare/', compare, '/terms/', '/targets/', '/data/']) {
      const page = byUrl.get(url);
      assert.ok(page, `no ${url}`);
      const links = page.dom
        .querySelectorAll('main a[href]')
        .map((a) => String(a.getAttributeValue('href')))
        .filter((href) => href.startsWith('/guide/'));
      assert.ok(links.length > 0, `${url} links nowhere into the guide`);
      // The search page links the whole page on its rules; the others a section.
      if (url !== '/search/')
        assert.ok(
          links.some((l) => l.includes('#')),
          `${url}: no link to a section (${links.join(', ')})`,
        );
    }
  });
});

describe('the data dictionary (src/content/guide/data.md)', () => {
  const tree = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkFrontmatter)
    .parse(readFileSync(join(SOURCES, 'data.md'), 'utf8'));

  /** Each JSON Schema the dictionary links, with the field table of the section that links it. */
  function sections(): { schema: string; table: Table }[] {
    const out: { schema: string; table: Table }[] = [];
    let schema: string | undefined;
    for (const node of tree.children) {
      if (node.type === 'heading' && node.depth === 2) schema = undefined;
      const link = /\/data\/(schema-[\w-]+\.json)/.exec(JSON.stringify(node));
      if (node.type === 'paragraph' && link) schema = link[1];
      if (node.type === 'table' && schema) out.push({ schema, table: node });
    }
    return out;
  }

  interface JsonSchema {
    type?: string | string[];
    anyOf?: JsonSchema[];
    $ref?: string;
    enum?: unknown[];
    properties?: Record<string, JsonSchema>;
    required?: string[];
    items?: JsonSchema;
    $defs?: Record<string, JsonSchema>;
  }

  /** The JSON types a property may take (enum → its type; references resolved). */
  function types(p: JsonSchema, defs: Record<string, JsonSchema>): string[] {
    if (p.$ref) return types(defs[p.$ref.replace('#/$defs/', '')]!, defs);
    if (p.anyOf) return [...new Set(p.anyOf.flatMap((q) => types(q, defs)))].sort();
    return [p.type ?? 'unknown'].flat().sort();
  }

  /** Field path → { types, required } for the record the schema describes (top level and one level down). */
  function fields(name: string): Map<string, { types: string[]; required: boolean }> {
    let root = JSON.parse(readFileSync(join(DIST, 'data', name), 'utf8')) as JsonSchema;
    const defs = root.$defs ?? {};
    if (root.type === 'array') root = root.items!;
    const out = new Map<string, { types: string[]; required: boolean }>();
    for (const [key, p] of Object.entries(root.properties ?? {})) {
      out.set(key, { types: types(p, defs), required: (root.required ?? []).includes(key) });
      const nested = p.$ref ? defs[p.$ref.replace('#/$defs/', '')] : p;
      if (nested?.type === 'object' && nested.properties) {
        for (const [k2, p2] of Object.entries(nested.properties)) {
          out.set(`${key}.${k2}`, { types: types(p2, defs), required: (nested.required ?? []).includes(k2) });
        }
      }
    }
    return out;
  }

  it('documents every field of every JSON Schema it links, with its type and whether it is always there', () => {
    const found = sections();
    assert.deepEqual(
      [...new Set(found.map((s) => s.schema))].sort(),
      listFiles(join(DIST, 'data'))
        .filter((f) => /^schema-[\w-]+\.json$/.test(f))
        .sort(),
    );
    for (const { schema, table } of found) {
      const expected = fields(schema);
      const [, ...rows] = table.children;
      const documented = new Map(
        rows.map((r) => {
          const [field, type, required] = r.children.map((c) => c);
          const codes = (cell: typeof field) => (cell?.children ?? []).filter((c) => c.type === 'inlineCode').map((c) => toString(c));
          return [codes(field)[0]!, { types: codes(type).sort(), required: toString(required!) === '是' }];
        }),
      );
      // Nested fields are documented where they matter (source.sha256); every top-level field must be.
      for (const [key, want] of expected) {
        if (key.includes('.') && !documented.has(key)) continue;
        assert.deepEqual(documented.get(key), want, `${schema}: field ${key}`);
      }
      for (const key of documented.keys())
        assert.ok(expected.has(key), `${schema}: the guide documents ${key}, the schema has no such field`);
    }
  });

  it('names every kind of file under /data/', () => {
    const text = readFileSync(join(SOURCES, 'data.md'), 'utf8');
    const ids = (JSON.parse(readFileSync(join(DIST, 'data/documents.json'), 'utf8')) as { id: string }[]).map((d) => d.id);
    const kinds = new Set(
      listFiles(join(DIST, 'data'))
        .filter((f) => !f.endsWith('.html')) // the /data/ page itself
        .map((f) => {
          let pattern = f;
          for (const id of ids) pattern = pattern.replace(new RegExp(`(^|/)${id}(?=\\.)`), '$1<id>');
          return pattern.replace(/^schema-[\w-]+\.json$/, 'schema-<name>.json');
        }),
    );
    const missing = [...kinds].filter((k) => !text.includes(k.replaceAll('<', '\\<')) && !text.includes(`\`${k}\``) && !text.includes(k));
    assert.deepEqual(missing, []);
  });
});
