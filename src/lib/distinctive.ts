/**
 * Terms most distinctive of each document: words from @node-rs/jieba segmentation, scored by TF-IDF
 * against the other documents. Build time only (a native module: never import from client code).
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import type { ParsedDocument } from '../parser/model.ts';
import { countIn, ownText, textNodes } from './terms.ts';

export interface DistinctiveTerm {
  term: string;
  /** Exact substring occurrences in the document (as /terms/ counts them). */
  count: number;
  score: number;
}

let jieba: Jieba | undefined;
const segmenter = () => (jieba ??= Jieba.withDict(dict));

/** A word worth listing: two or more characters, Han script (or Latin/digits mixed in, like 5G), not a bare number. */
const WORD = /^(?=.*\p{Script=Han})[\p{Script=Han}A-Za-z0-9]{2,}$/u;

/** Numbering (第一节, 专栏) and measure words (亿元, 百分点) say nothing about content. */
const NOT_TERMS = /^(?:第[一二三四五六七八九十百零]+[章节篇条款项]|专栏|[万亿]*(?:元|斤|吨|人|千瓦|公里|小时|百分点|平方米|亩)|我们|他们|以及|或者|应当|有关|进一步)$/;

/** Words per document. */
export function documentWords(doc: ParsedDocument): string[] {
  const text = textNodes(doc.children).map(ownText).join('\n');
  return segmenter().cut(text, true).filter((w) => WORD.test(w) && !NOT_TERMS.test(w));
}

/**
 * TF-IDF: tf = count / words in the document; idf = ln(N / df), squared because with a corpus of a
 * dozen documents plain idf barely separates 增长 (in most of them) from a document's own vocabulary. A
 * word must occur at least `minCount` times in the document to be listed, so one-off phrasing does not
 * crowd out what the text insists on.
 */
export function distinctiveTerms(docs: ParsedDocument[], limit = 20, minCount = 3): Map<string, DistinctiveTerm[]> {
  const counts = docs.map((d) => {
    const m = new Map<string, number>();
    for (const w of documentWords(d)) m.set(w, (m.get(w) ?? 0) + 1);
    return m;
  });
  const df = new Map<string, number>();
  for (const m of counts) for (const w of m.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const n = docs.length;
  const out = new Map<string, DistinctiveTerm[]>();
  docs.forEach((doc, k) => {
    const m = counts[k]!;
    const total = [...m.values()].reduce((a, b) => a + b, 0) || 1;
    const text = textNodes(doc.children).map(ownText).join('\n');
    const scored = [...m.entries()]
      .filter(([, c]) => c >= minCount)
      .map(([term, c]) => ({ term, score: (c / total) * Math.log(n / df.get(term)!) ** 2 }))
      .filter((t) => t.score > 0)
      .sort((a, b) => b.score - a.score || a.term.localeCompare(b.term))
      .slice(0, limit)
      .map((t) => ({ ...t, score: Number(t.score.toFixed(5)), count: countIn(text, t.term) }));
    out.set(doc.id, scored);
  });
  return out;
}

/** Terms distinctive of both documents (within each one's top `depth`), ranked by the weaker score. */
export function sharedTerms(all: Map<string, DistinctiveTerm[]>, a: string, b: string): { term: string; a: number; b: number }[] {
  const ta = new Map((all.get(a) ?? []).map((t) => [t.term, t]));
  return (all.get(b) ?? [])
    .filter((t) => ta.has(t.term))
    .map((t) => ({ term: t.term, a: ta.get(t.term)!.count, b: t.count, s: Math.min(t.score, ta.get(t.term)!.score) }))
    .sort((x, y) => y.s - x.s)
    .map(({ term, a: ca, b: cb }) => ({ term, a: ca, b: cb }));
}
