/**
 * The navigation index: pages per document shape, node → page, hrefOf, the table of contents, and that
 * it is built once per document.
 */
import { describe, expect, it } from 'vitest';
import { parseSeeds } from '../../src/parser/index.ts';
import type { Node, ParsedDocument } from '../../src/parser/model.ts';
import { dataHref, docHref, navigationOf, type TocEntry } from '../../src/lib/navigation.ts';

const { documents } = parseSeeds('seeds');
const doc = (id: string) => documents.find((d) => d.id === id)!;

/** Every node id of a document, in document order. */
function ids(nodes: Node[]): string[] {
  return nodes.flatMap((n) => [n.id, ...(n.type === 'division' ? ids(n.children) : [])]);
}
const flatToc = (entries: TocEntry[]): TocEntry[] => entries.flatMap((e) => [e, ...flatToc(e.children)]);

describe('navigationOf', () => {
  it('is computed once per document object', () => {
    const d = doc('hunan-fyp15');
    expect(navigationOf(d)).toBe(navigationOf(d));
    const copy: ParsedDocument = { ...d };
    expect(navigationOf(copy)).not.toBe(navigationOf(d));
  });

  it('gives every node of every document a link on a page that shows it', () => {
    for (const d of documents) {
      const nav = navigationOf(d);
      const urls = new Set(nav.pages.map((p) => p.url));
      for (const id of ids(d.children)) {
        const href = nav.hrefOf(id);
        const [page, fragment] = href.split('#');
        expect(urls.has(page!), `${d.id}: ${id} → ${href}`).toBe(true);
        // A fragment is there exactly when the node has no page of its own.
        const own = nav.pages.some((p) => p.slug === id);
        expect(fragment, `${d.id}: ${id}`).toBe(own ? undefined : id);
      }
    }
  });

  it('throws on an id the document does not have', () => {
    expect(() => navigationOf(doc('national-2024')).hrefOf('no-such-node')).toThrow(/national-2024.*no-such-node/);
    expect(navigationOf(doc('national-2024')).pageOf('no-such-node')).toBeUndefined();
  });

  it('splits the plan into 篇 pages (level part) and 章 pages, the chapter pages inside their 篇', () => {
    const nav = navigationOf(doc('hunan-fyp15'));
    const chapters = nav.pages.filter((p) => p.division?.level === 'chapter');
    expect(chapters).toHaveLength(67);
    expect(chapters.every((p) => p.parents.length === 1 && p.parents[0]!.level === 'part')).toBe(true);
    expect(nav.hrefOf('chapter-24')).toBe('/hunan-fyp15/chapter-24/');
    // A section inside chapter 24 lives on the chapter's page.
    const section = chapters.find((p) => p.slug === 'chapter-24')!.division!.children.find((n) => n.type === 'division')!;
    expect(nav.hrefOf(section.id)).toBe(`/hunan-fyp15/chapter-24/#${section.id}`);
  });

  it('sends a law article to the indexed whole-law page, not to its chapter page', () => {
    const nav = navigationOf(doc('state-secrets-law-2024'));
    expect(nav.hrefOf('article-34')).toBe('/state-secrets-law-2024/#article-34');
    expect(nav.pageOf('article-34')!.indexed).toBe(true);
    expect(nav.pages.filter((p) => !p.indexed).length).toBeGreaterThan(0);
  });

  it('puts the whole news item on its landing page', () => {
    const nav = navigationOf(documents.find((d) => d.kind === 'news')!);
    expect(nav.pages).toHaveLength(1);
    expect(nav.pages[0]!.url).toBe(nav.docHref);
  });

  it('lists every division and table in the table of contents, linked with hrefOf', () => {
    for (const d of documents) {
      const nav = navigationOf(d);
      const entries = flatToc(nav.toc);
      const expected = (nodes: Node[]): string[] =>
        nodes.flatMap((n) => (n.type === 'table' ? [n.id] : n.type === 'division' ? [n.id, ...expected(n.children)] : []));
      expect(entries.map((e) => e.id)).toEqual(expected(d.children));
      for (const e of entries) expect(e.href).toBe(nav.hrefOf(e.id));
    }
  });

  it('builds document and data URLs in one place', () => {
    expect(docHref('hubei-2024')).toBe('/hubei-2024/');
    expect(dataHref('hubei-2024', 'json')).toBe('/data/hubei-2024.json');
    expect(navigationOf(doc('hubei-2024')).docHref).toBe('/hubei-2024/');
  });
});
