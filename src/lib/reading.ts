/**
 * Everything a reading page needs, computed once per page at build time: rendered HTML, breadcrumbs,
 * prev/next, table of contents, on-this-page.
 */
import type { Division, Node, Term } from '../parser/model.ts';
import { termLinker } from './glossary-links.ts';
import { divisionTitle, type Navigation, type ReadingPage, type TocEntry } from './navigation.ts';
import { renderNodes } from './render.ts';

export interface ReadingView {
  page: ReadingPage;
  html: string;
  trail: { label: string; href?: string }[];
  prev?: { href: string; title: string } | undefined;
  next?: { href: string; title: string } | undefined;
  toc: TocEntry[];
  onThisPage: { id: string; title: string; depth: number }[];
}

function glossaryTerms(nav: Navigation): Term[] | undefined {
  const glossary = nav.doc.children.find((n): n is Division => n.type === 'division' && n.level === 'glossary');
  return glossary?.children.filter((n): n is Term => n.type === 'term');
}

/** The view of page `index` of a document's navigation index. */
export function readingView(nav: Navigation, index: number): ReadingView {
  const { pages, doc } = nav;
  const page = pages[index]!;
  const glossary = glossaryTerms(nav);
  const linkTerms = glossary && page.division?.level !== 'glossary' && page.slug !== '';
  const html = renderNodes(page.nodes, {
    depth: page.slug ? 1 : 2,
    linkLevels: page.linkLevels,
    hrefFor: (d) => nav.hrefOf(d.id),
    ...(linkTerms ? { terms: termLinker(glossary, nav.hrefOf) } : {}),
  });
  const trail: ReadingView['trail'] = [
    { label: '首页', href: '/' },
    { label: doc.title, href: nav.docHref },
  ];
  for (const p of page.parents) trail.push({ label: divisionTitle(p), href: nav.hrefOf(p.id) });
  if (page.division) trail.push({ label: divisionTitle(page.division) });
  const link = (p: ReadingPage | undefined) => (p ? { href: p.url, title: p.title } : undefined);
  return {
    page,
    html,
    trail,
    prev: link(pages[index - 1]),
    next: link(pages[index + 1]),
    toc: nav.toc,
    onThisPage: outline(page.nodes, page.linkLevels, page.slug ? 0 : 1),
  };
}

function outline(nodes: Node[], linkLevels: Set<Division['level']>, depth: number): ReadingView['onThisPage'] {
  return nodes.flatMap((n) => {
    if (n.type !== 'division' || linkLevels.has(n.level)) return [];
    if (n.level === 'article' || n.level === 'subheading') return [];
    return [{ id: n.id, title: divisionTitle(n), depth }, ...outline(n.children, linkLevels, depth + 1)];
  });
}
