/**
 * Build time: a parsed document → its compact text file (/data/text/<id>.json, the format of
 * src/document-text/model.ts), the one file the browser views fetch per document shown.
 */
import type { Node, ParsedDocument } from '../parser/model.ts';
import { nodeText } from '../parser/text.ts';
import { navigationOf } from './navigation.ts';
import { CELL, type DocumentText, type TextUnit } from '../document-text/model.ts';

export function documentText(doc: ParsedDocument, phrases: DocumentText['phrases']): DocumentText {
  const nav = navigationOf(doc);
  const pages: string[] = [];
  const pageIndex = new Map<string, number>();
  /** [page index, fragment] of a node's link (a division with a page of its own has no fragment). */
  const where = (id: string): [number, string] => {
    const [url, fragment = ''] = nav.hrefOf(id).split('#') as [string, string?];
    let i = pageIndex.get(url);
    if (i === undefined) pageIndex.set(url, (i = pages.push(url) - 1));
    return [i, fragment];
  };
  const units: TextUnit[] = [];
  const visit = (nodes: Node[], depth: number) => {
    for (const n of nodes) {
      if (n.type === 'division') {
        if (n.heading) units.push([n.heading, ...where(n.id), depth + 1]);
        visit(n.children, depth + 1);
      } else if (n.type === 'table') {
        const [page, fragment] = where(n.id);
        for (const row of [...n.head, ...n.body])
          for (const cell of row.cells) if (cell.text) units.push([cell.text, page, fragment, CELL]);
      } else {
        units.push([nodeText(n), ...where(n.id), 0]);
      }
    }
  };
  visit(doc.children, 0);
  return {
    id: doc.id,
    title: doc.title,
    kind: doc.kind,
    region: doc.region,
    date: doc.date ?? null,
    year: doc.year,
    length: doc.length,
    href: nav.docHref,
    pages,
    units,
    phrases,
  };
}
