/**
 * Finding terms in document texts (/terms/): every occurrence, as search finds it — whitespace in the
 * source is layout and is skipped, full-/half-width forms and case fold — never across the boundary of
 * a text unit (heading, paragraph, cell). Pure TS: the same code counts at build time and in the browser.
 */
import { normalizeText } from '../search/text.ts';
import { unitHref, type DocumentText } from '../document-text/model.ts';

/** Characters of context either side of a match in a concordance line. */
export const CONTEXT = 20;

/** A term as it is matched: folded, whitespace removed. */
export const foldTerm = (term: string): string => normalizeText(term).replace(/\s+/gu, '');

/** Han characters fold to themselves: a text lacking one of the term's cannot contain it (a cheap test first). */
const HAN = /\p{Script=Han}/u;

/** Occurrences of a folded term in a text: [start, end) offsets into the text as written. */
export function occurrences(text: string, folded: string): [number, number][] {
  if (!folded) return [];
  for (const ch of folded) if (HAN.test(ch) && !text.includes(ch)) return [];
  // The folded text without whitespace, and for each of its UTF-16 units the offset it came from.
  const norm = normalizeText(text);
  let squeezed = '';
  const from: number[] = [];
  for (let i = 0; i < norm.length; i++) {
    if (/\s/u.test(norm[i]!)) continue;
    squeezed += norm[i];
    from.push(i);
  }
  const out: [number, number][] = [];
  for (let i = squeezed.indexOf(folded); i >= 0; i = squeezed.indexOf(folded, i + folded.length)) {
    out.push([from[i]!, from[i + folded.length - 1]! + 1]);
  }
  return out;
}

export interface ConcordanceLine {
  document: string;
  /** The top-level heading the occurrence sits under ('' before the first one). */
  part: string;
  href: string;
  left: string;
  match: string;
  right: string;
  /** 0..1: where along the document (by characters before the occurrence). */
  position: number;
}

/** Every occurrence of a term in a document, in reading order. */
export function concordance(doc: DocumentText, term: string): ConcordanceLine[] {
  const folded = foldTerm(term);
  const total = doc.units.reduce((s, [t]) => s + t.length, 0) || 1;
  const out: ConcordanceLine[] = [];
  let part = '';
  let offset = 0;
  for (const unit of doc.units) {
    const [text, , , depth] = unit;
    if (depth === 1) part = text.trim();
    for (const [s, e] of occurrences(text, folded)) {
      out.push({
        document: doc.id,
        part,
        href: unitHref(doc, unit),
        left: text.slice(Math.max(0, s - CONTEXT), s),
        match: text.slice(s, e),
        right: text.slice(e, e + CONTEXT),
        position: (offset + s) / total,
      });
    }
    offset += text.length;
  }
  return out;
}

/** Occurrences per 10,000 characters of reading text. */
export const per10k = (count: number, doc: Pick<DocumentText, 'length'>): number => (doc.length ? (count / doc.length) * 10000 : 0);
