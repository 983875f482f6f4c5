/**
 * Finding terms in document texts (/terms/): every occurrence, as search finds it — whitespace in the
 * source is layout and is skipped, full-/half-width forms, case and traditional/simplified characters fold
 * (with search's trad→simp table: the manifest's in the browser, the same function's at build time) —
 * never across the boundary of a text unit (heading, paragraph, cell). Pure TS: the same code counts at
 * build time and in the browser.
 */
import { normalizeText, type CharTable } from '../search/text.ts';
import { unitHref, type DocumentText } from '../document-text/model.ts';

/** Characters of context either side of a match in a concordance line. */
export const CONTEXT = 20;

/** A term as it is matched: folded (search's normalisation and trad→simp table), whitespace removed. */
export const foldTerm = (term: string, table?: CharTable): string => normalizeText(term, table).replace(/\s+/gu, '');

const HAN = /\p{Script=Han}/u;

/** For each simplified character, the characters the table folds into it (a cheap pre-test needs them). */
const sources = new WeakMap<CharTable, Map<string, string[]>>();
function foldedFrom(table: CharTable): Map<string, string[]> {
  let m = sources.get(table);
  if (!m) {
    m = new Map();
    for (const [t, s] of table) m.set(s, [...(m.get(s) ?? []), t]);
    sources.set(table, m);
  }
  return m;
}

/** Occurrences of a folded term in a text: [start, end) offsets into the text as written. */
export function occurrences(text: string, folded: string, table?: CharTable): [number, number][] {
  if (!folded) return [];
  // A Han character folds only to itself or from the table's keys: a text holding none of the forms of one
  // of the term's characters cannot contain it (a cheap test before normalising the text).
  const forms = table ? foldedFrom(table) : undefined;
  for (const ch of folded) if (HAN.test(ch) && !text.includes(ch) && !forms?.get(ch)?.some((t) => text.includes(t))) return [];
  // The folded text without whitespace, and for each of its UTF-16 units the offset it came from.
  const norm = normalizeText(text, table);
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
  /** The smallest division holding the occurrence (the chapter, not the 篇): its number and heading as written. */
  division: { number: string; heading: string };
  /** The reading page the occurrence is on. */
  page: string;
  href: string;
  left: string;
  match: string;
  right: string;
  /** 0..1: where along the document (by characters before the occurrence). */
  position: number;
}

/**
 * A division heading as its number and its title: 第四章（全角空格）建设现代化产业体系 → 第四章 / 建设现代化产业体系;
 * the whitespace between them is layout. A heading without a number keeps its whole text as the title.
 */
const NUMBER =
  /^\s*(第[0-9０-９一二三四五六七八九十百千零〇两]+[编篇章节条部分]+|[一二三四五六七八九十百]+[、．.]|[（(][一二三四五六七八九十百0-9]+[）)]|[0-9]+[、．.])\s*/u;
export function splitHeading(heading: string): { number: string; heading: string } {
  const m = NUMBER.exec(heading);
  return m ? { number: m[1]!, heading: heading.slice(m[0].length).trim() } : { number: '', heading: heading.trim() };
}

/** Every occurrence of a term in a document, in reading order. */
export function concordance(doc: DocumentText, term: string, table?: CharTable): ConcordanceLine[] {
  const folded = foldTerm(term, table);
  const total = doc.units.reduce((s, [t]) => s + t.length, 0) || 1;
  const out: ConcordanceLine[] = [];
  let part = '';
  // Headings by depth: the last one is the smallest division the following text belongs to.
  const headings: string[] = [];
  let offset = 0;
  for (const unit of doc.units) {
    const [text, page, , depth] = unit;
    if (depth === 1) part = text.trim();
    if (depth > 0) headings.splice(depth - 1, headings.length, text);
    for (const [s, e] of occurrences(text, folded, table)) {
      out.push({
        document: doc.id,
        part,
        division: splitHeading(headings.findLast((h) => h.trim() !== '') ?? ''),
        page: doc.pages[page]!,
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
