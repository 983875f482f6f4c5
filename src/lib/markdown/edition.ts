/**
 * The Markdown edition: a twin of every reading page (`index.md` in the page's folder) and one file per
 * document (/data/<id>.md), each YAML front matter (title, region, date, kind, speaker, canonical URL,
 * source file and SHA-256) and the text as mdast (./blocks.ts) serialised by ./serialize.ts. A page's
 * twin holds what the page shows; the document file holds the whole text under the document's title.
 */
import type { RootContent } from 'mdast';
import type { Division, ParsedDocument } from '../../parser/model.ts';
import { dataHref, docHref, markdownHref, navigationOf, type ReadingPage } from '../navigation.ts';
import { provenanceOf, type Provenance } from '../provenance.ts';
import { blocks, editorialNote, type BlockOptions } from './blocks.ts';
import { markdownFile } from './serialize.ts';

const notesCache = new WeakMap<ParsedDocument, (nodeId: string) => string[]>();

/** The notes of a document's nodes (its source defects, structure the parser supplied), once per document. */
function notesOf(doc: ParsedDocument): (nodeId: string) => string[] {
  let notes = notesCache.get(doc);
  if (!notes) notesCache.set(doc, (notes = collectNotes(doc)));
  return notes;
}

function collectNotes(doc: ParsedDocument): (nodeId: string) => string[] {
  const byNode = new Map<string, string[]>();
  const add = (id: string, message: string) => byNode.set(id, [...(byNode.get(id) ?? []), message]);
  for (const w of doc.warnings) if (w.nodeId) add(w.nodeId, w.message);
  // A division's own note (a heading the source omits), unless a warning on it already says more.
  const visit = (nodes: ParsedDocument['children']) => {
    for (const n of nodes) {
      if (n.type !== 'division') continue;
      if (n.editorial && !byNode.has(n.id)) add(n.id, n.editorial);
      visit(n.children);
    }
  };
  visit(doc.children);
  return (id) => byNode.get(id) ?? [];
}

/**
 * Notes about the document as a whole, shown under its title: source defects tied to no node, and lines
 * of the seed file left out of the text as declared debris.
 */
export function documentNotes(doc: ParsedDocument): string[] {
  return [
    ...doc.warnings.filter((w) => !w.nodeId).map((w) => w.message),
    ...(doc.omitted ?? []).map((o) => `源文件第${o.start}${o.end > o.start ? `–${o.end}` : ''}行未收入正文：${o.reason}`),
  ];
}

/** Front matter fields every file of a document carries. */
function documentFacts(doc: ParsedDocument, site: URL, source: Provenance) {
  return {
    region: doc.region,
    date: doc.date,
    year: doc.year,
    kind: doc.kind,
    speaker: doc.speaker,
    author: doc.author,
    occasion: doc.occasion,
    period: doc.period,
    source: { file: `seeds/${source.file}`, sha256: source.sha256, lines: `${source.lines.start}-${source.lines.end}` },
    editorial_notes: doc.warnings.length,
    document_markdown: new URL(dataHref(doc.id, 'md'), site).href,
  };
}

const absolute = (site: URL) => (path: string) => new URL(path, site).href;

/** /data/<id>.md: the whole document under its title. `source` defaults to the seed file's provenance. */
export function documentMarkdown(doc: ParsedDocument, site: URL, source = provenanceOf(doc)): string {
  const front = {
    title: doc.title,
    source_title: doc.sourceTitle === doc.title ? undefined : doc.sourceTitle,
    url: absolute(site)(docHref(doc.id)),
    ...documentFacts(doc, site, source),
  };
  const body: RootContent[] = [
    { type: 'heading', depth: 1, children: [{ type: 'text', value: doc.title }] },
    ...documentNotes(doc).map(editorialNote),
    ...blocks(doc.children, { depth: 2, notesFor: notesOf(doc) }),
  ];
  return markdownFile(front, body);
}

/** The Markdown twin of page `index` of a document's navigation index. */
export function pageMarkdown(doc: ParsedDocument, index: number, site: URL, source = provenanceOf(doc)): string {
  const nav = navigationOf(doc);
  const page = nav.pages[index]!;
  const url = absolute(site);
  const options: BlockOptions = {
    depth: page.slug ? 1 : 2,
    linkLevels: page.linkLevels,
    hrefFor: (d: Division) => url(nav.hrefOf(d.id)),
    notesFor: notesOf(doc),
  };
  const landing = page.slug === '';
  const front = {
    title: page.title,
    document: landing ? undefined : doc.title,
    source_title: landing && doc.sourceTitle !== doc.title ? doc.sourceTitle : undefined,
    url: url(page.url),
    markdown: url(markdownHref(page.url)),
    ...documentFacts(doc, site, source),
    // The landing page lists the document's pages; their twins are where the text is.
    pages: landing && nav.pages.length > 1 ? nav.pages.slice(1).map((p) => pageEntry(p, url)) : undefined,
  };
  const body: RootContent[] = landing
    ? [
        { type: 'heading', depth: 1, children: [{ type: 'text', value: doc.title }] },
        ...documentNotes(doc).map(editorialNote),
        ...blocks(page.nodes, options),
      ]
    : blocks(page.nodes, options);
  return markdownFile(front, body);
}

const pageEntry = (p: ReadingPage, url: (path: string) => string) => ({
  title: p.title,
  url: url(p.url),
  markdown: url(markdownHref(p.url)),
});
