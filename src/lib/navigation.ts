/**
 * The navigation index of a document: which pages it is split into, in reading order, which page shows
 * each node, the URL of every node and the table of contents. Built once per document (memoised) and used
 * by every page, view and data file: this module is the only place a URL is assembled. URLs come from
 * model ids only: /<doc>/, /<doc>/<division-id>/, /<doc>/<page>/#<node-id>; the data files and views
 * that take document ids or terms (/data/…, /compare/…, /terms/?t=…) are built here too. Type imports
 * only, so browser code can import it.
 */
import type { Division, Node, ParsedDocument } from '../parser/model.ts';
import { headingWords } from './heading-ornament.ts';
import { chineseNumeral } from '../parser/numerals.ts';

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

/** URL of a document's landing page. */
export const docHref = (docId: string) => `/${docId}/`;
/** URL of a document's open-data file: `/data/<doc>.<ext>` (json, and the formats other views add). */
export const dataHref = (docId: string, ext: string) => `/data/${docId}.${ext}`;
/** URL of a reading page's Markdown twin: `index.md` in the page's folder (/hunan-fyp15/chapter-24/index.md). */
export const markdownHref = (pageUrl: string) => `${pageUrl}index.md`;
/** URL of a document's text file for the browser views (format: src/document-text/model.ts). */
export const textDataHref = (docId: string) => `/data/text/${docId}.json`;
/** The pre-rendered comparison of a report with the previous report of its region (reads without JavaScript). */
export const previousPairHref = (a: string, b: string) => `/compare/${a}/${b}/`;
/**
 * The /terms/ URL of one term, quoted when it holds a separator (src/terms/query.ts parses it back). Only
 * characters that mean something in a URL are escaped; Chinese stays readable (browsers encode it when
 * following the link).
 */
export function termsHref(term: string): string {
  const value = /[,，;；\s]/u.test(term) ? `“${term}”` : term;
  return `/terms/?t=${value.replace(/[%&#+?=/\\"'<>\s\p{Cc}]/gu, (c) => encodeURIComponent(c))}`;
}
const pageUrl = (docId: string, slug: string) => (slug ? `/${docId}/${slug}/` : docHref(docId));

/**
 * Display title of a division (numbering as written, without ornaments the source set as layout:
 * heading-ornament.ts); a placeholder where the source has no heading.
 */
export function divisionTitle(d: Division): string {
  return d.heading ? headingWords(d.heading) : missingHeading(d);
}

/**
 * The placeholder shown (never indexed, never copied as source text) for a heading the source lacks,
 * led by the division's number (as written, or inferred from its place: 第六十六章) so that contents,
 * titles and search results read as the page they name.
 */
export const missingHeading = (d: Division): string => {
  const inferred = d.ordinal !== null && d.level === 'chapter' ? `第${chineseNumeral(d.ordinal)}章` : '';
  return `${d.number ?? inferred}〔标题缺失〕`;
};

/** The pages of one document, landing first, then in reading order. */
function readingPages(doc: ParsedDocument): ReadingPage[] {
  const landing: ReadingPage = {
    doc,
    slug: '',
    url: docHref(doc.id),
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

export interface TocEntry {
  id: string;
  title: string;
  level: Division['level'] | 'table';
  href: string;
  children: TocEntry[];
}

export interface Navigation {
  doc: ParsedDocument;
  /** Landing page first, then in reading order. */
  pages: ReadingPage[];
  /** URL of the landing page. */
  docHref: string;
  /** The page that shows a node (the indexed page when several do); undefined for an unknown id. */
  pageOf: (id: string) => ReadingPage | undefined;
  /** Link to a node: a division's own page when it has one, else `<page>#<id>`. Throws on an unknown id. */
  hrefOf: (id: string) => string;
  /** The full table of contents: every division and table, linked with hrefOf. */
  toc: TocEntry[];
}

const cache = new WeakMap<ParsedDocument, Navigation>();

/** The navigation index of a document, computed once per document object. */
export function navigationOf(doc: ParsedDocument): Navigation {
  let nav = cache.get(doc);
  if (!nav) {
    nav = buildNavigation(doc);
    cache.set(doc, nav);
  }
  return nav;
}

function buildNavigation(doc: ParsedDocument): Navigation {
  const pages = readingPages(doc);
  const where = new Map<string, ReadingPage>();
  const visit = (nodes: Node[], page: ReadingPage) => {
    for (const n of nodes) {
      if (where.has(n.id)) continue;
      if (n.type === 'division' && page.linkLevels.has(n.level)) continue;
      where.set(n.id, page);
      if (n.type === 'division') visit(n.children, page);
    }
  };
  // Indexed pages first: a law article is shown on the whole-law page and on its chapter page.
  for (const p of [...pages].sort((a, b) => Number(b.indexed) - Number(a.indexed))) visit(p.nodes, p);
  const ownPage = new Map(pages.filter((p) => p.division).map((p) => [p.slug, p]));
  const hrefOf = (id: string): string => {
    const own = ownPage.get(id);
    if (own) return own.url;
    const page = where.get(id);
    if (!page) throw new Error(`navigation: no page of ${doc.id} shows node "${id}"`);
    return `${page.url}#${id}`;
  };
  const walk = (nodes: Node[]): TocEntry[] =>
    nodes.flatMap((n): TocEntry[] => {
      if (n.type === 'table') return [{ id: n.id, title: n.caption, level: 'table', href: hrefOf(n.id), children: [] }];
      if (n.type !== 'division') return [];
      return [{ id: n.id, title: divisionTitle(n), level: n.level, href: hrefOf(n.id), children: walk(n.children) }];
    });
  return { doc, pages, docHref: docHref(doc.id), pageOf: (id) => where.get(id), hrefOf, toc: walk(doc.children) };
}
