/**
 * Which pages a document is split into, in reading order, and where each node lives. URLs are built
 * from model ids only: /<doc>/, /<doc>/<division-id>/.
 */
import type { Division, Node, ParsedDocument } from '../parser/model.ts';

export interface ReadingPage {
  doc: ParsedDocument;
  /** '' for the document's landing page, else the division id. */
  slug: string;
  url: string;
  /** Heading as written, or the document title for the landing page. */
  title: string;
  division?: Division;
  /** Enclosing divisions that have pages of their own (a chapter's 篇), outermost first. */
  parents: Division[];
  /** Nodes shown on this page, in order. */
  nodes: Node[];
  /** Division levels shown as links to their own pages instead of inline. */
  linkLevels: Set<Division['level']>;
  /**
   * Whether this page's reading text goes into the search index. The law's chapter pages repeat text
   * that its one-page landing already holds, so only the landing is indexed.
   */
  indexed: boolean;
}

export const docUrl = (docId: string) => `/${docId}/`;
export const pageUrl = (docId: string, slug: string) => (slug ? `/${docId}/${slug}/` : docUrl(docId));

/** Display title of a division (numbering as written). */
export function divisionTitle(d: Division): string {
  return d.heading || `〔${d.number ?? ''}标题缺失〕`;
}

/** The pages of one document, landing first, then in reading order. */
export function readingPages(doc: ParsedDocument): ReadingPage[] {
  const landing: ReadingPage = {
    doc,
    slug: '',
    url: docUrl(doc.id),
    title: doc.title,
    parents: [],
    nodes: [],
    linkLevels: new Set(),
    indexed: true,
  };
  const pages: ReadingPage[] = [landing];
  const page = (division: Division, parents: Division[], nodes: Node[], linkLevels: Division['level'][], indexed = true) =>
    pages.push({
      doc,
      slug: division.id,
      url: pageUrl(doc.id, division.id),
      title: divisionTitle(division),
      division,
      parents,
      nodes,
      linkLevels: new Set(linkLevels),
      indexed,
    });

  if (doc.kind === 'news') {
    landing.nodes = doc.children;
  } else if (doc.kind === 'law') {
    // The whole law on one page, every article addressable; plus one page per chapter.
    landing.nodes = doc.children;
    for (const node of doc.children) {
      if (node.type === 'division' && node.level === 'chapter') page(node, [], [node], [], false);
    }
  } else {
    for (const node of doc.children) {
      if (node.type !== 'division') {
        landing.nodes.push(node);
        continue;
      }
      const chapters = node.children.filter((c): c is Division => c.type === 'division' && c.level === 'chapter');
      if (doc.kind === 'plan' && chapters.length > 0) {
        // A 篇 page shows its intro and lists its chapters; each chapter has its own page.
        page(node, [], [node], ['chapter']);
        for (const chapter of chapters) page(chapter, [node], [chapter], []);
      } else {
        page(node, [], [node], []);
      }
    }
  }
  return pages;
}

/** Every division and paragraph id of a document → the URL of the page that shows it (indexed pages first). */
export function nodeLocations(pages: ReadingPage[]): Map<string, string> {
  const where = new Map<string, string>();
  const visit = (nodes: Node[], url: string, linkLevels: Set<Division['level']>) => {
    for (const n of nodes) {
      if (where.has(n.id)) continue;
      if (n.type === 'division' && linkLevels.has(n.level)) continue;
      where.set(n.id, url);
      if (n.type === 'division') visit(n.children, url, linkLevels);
    }
  };
  for (const p of [...pages].sort((a, b) => Number(b.indexed) - Number(a.indexed))) visit(p.nodes, p.url, p.linkLevels);
  return where;
}

export interface TocEntry {
  id: string;
  title: string;
  level: Division['level'];
  href: string;
  children: TocEntry[];
}

/** The full table of contents: every division (and table), linked to where it is shown. */
export function tableOfContents(doc: ParsedDocument, pages: ReadingPage[]): TocEntry[] {
  const where = nodeLocations(pages);
  const own = new Set(pages.map((p) => p.slug));
  const walk = (nodes: Node[]): TocEntry[] =>
    nodes.flatMap((n): TocEntry[] => {
      if (n.type === 'table') return [{ id: n.id, title: n.caption, level: 'box', href: `${where.get(n.id) ?? docUrl(doc.id)}#${n.id}`, children: [] }];
      if (n.type !== 'division') return [];
      const base = where.get(n.id) ?? docUrl(doc.id);
      const href = own.has(n.id) ? pageUrl(doc.id, n.id) : `${base}#${n.id}`;
      return [{ id: n.id, title: divisionTitle(n), level: n.level, href, children: walk(n.children) }];
    });
  return walk(doc.children);
}
