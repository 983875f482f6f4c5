/**
 * Policy terms across documents: the compact text payload the /terms/ page counts in (one segment per
 * heading, paragraph, table and glossary entry, each with the id it is anchored at), and exact
 * substring counting over it. Pure TS: the same functions run at build time and in the browser.
 */
import type { Node, ParsedDocument } from '../parser/model.ts';
import { navigationOf } from './navigation.ts';
import { nodeText } from '../parser/text.ts';

/** [text, anchor id, index into `pages`] */
export type Segment = [string, string, number];

export interface TermDocument {
  id: string;
  title: string;
  kind: string;
  /** Characters of reading text without whitespace (the model's `length`): the per-10,000 base. */
  length: number;
  pages: string[];
  segments: Segment[];
}

/** The text of a node that belongs to it alone (a division's heading, not its children). */
export function ownText(n: Node): string {
  return n.type === 'division' ? n.heading : nodeText(n);
}

/** Every node with text of its own, in reading order. */
export function textNodes(children: Node[]): Node[] {
  const out: Node[] = [];
  const visit = (nodes: Node[]) => {
    for (const n of nodes) {
      if (ownText(n)) out.push(n);
      if (n.type === 'division') visit(n.children);
    }
  };
  visit(children);
  return out;
}

export function termDocument(doc: ParsedDocument): TermDocument {
  const nav = navigationOf(doc);
  const pages: string[] = [];
  const segments: Segment[] = textNodes(doc.children).map((n) => {
    const url = nav.pageOf(n.id)?.url ?? nav.docHref;
    let i = pages.indexOf(url);
    if (i < 0) i = pages.push(url) - 1;
    return [ownText(n), n.id, i];
  });
  return { id: doc.id, title: doc.title, kind: doc.kind, length: doc.length, pages, segments };
}

/** Non-overlapping occurrences of `term` in `text` (exact substring, like String.split). */
export function countIn(text: string, term: string): number {
  if (!term) return 0;
  let n = 0;
  for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + term.length)) n++;
  return n;
}

export interface TermHit {
  /** 0..1: where along the document (by characters before the occurrence). */
  position: number;
  anchor: string;
  /** A little context around the hit, for labels. */
  context: string;
}

export interface TermResult {
  term: string;
  document: string;
  count: number;
  per10k: number;
  hits: TermHit[];
}

/** Counts and positions of one term in one document. */
export function termResult(doc: TermDocument, term: string): TermResult {
  const total = doc.segments.reduce((s, [t]) => s + t.length, 0) || 1;
  const hits: TermHit[] = [];
  let offset = 0;
  for (const [text, id, page] of doc.segments) {
    if (term) {
      for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + term.length)) {
        hits.push({
          position: (offset + i) / total,
          anchor: `${doc.pages[page]}#${id}`,
          context: text.slice(Math.max(0, i - 12), i + term.length + 12),
        });
      }
    }
    offset += text.length;
  }
  return { term, document: doc.id, count: hits.length, per10k: doc.length ? (hits.length / doc.length) * 10000 : 0, hits };
}

/** `?t=新质生产力, 低空经济` → trimmed, distinct, non-empty terms (at most 8). */
export function parseTerms(param: string | null | undefined): string[] {
  return [...new Set((param ?? '').split(/[,，、;；\s]+/).map((t) => t.trim()).filter(Boolean))].slice(0, 8);
}

/** A default view: terms that mark this period's policy language. */
export const DEFAULT_TERMS = ['新质生产力', '高质量发展', '低空经济', '人工智能', '乡村振兴'];
