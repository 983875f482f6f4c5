/**
 * Terms most distinctive of each document, and the corpus dictionary they are cut with. Build time only
 * (@node-rs/jieba is a native module: never import this from client code).
 *
 * jieba's own dictionary cuts policy language badly (新质/生产力, 低空/经济), so a user dictionary is built
 * from the corpus itself: every phrase set in “…” (2–12 characters) and each named part of a longer one
 * (“低空经济+航空装备+先进制造” names 低空经济), every glossary term, and every pair
 * of adjacent jieba words that behaves as one word (the first is followed by the second at least 90 % of
 * the times it occurs, or the second preceded by the first, and the pair occurs at least 4 times).
 * Words on the stop-list (src/lib/stop-words.ts) are never listed. Only phrases quoted whole somewhere in
 * the corpus and glossary terms count as set phrases (/compare/'s formulations); compound parts and
 * collocations only help the segmenter (collocations cut fragments like 按照国家有关, 会同有关).
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import type { Node, ParsedDocument } from '../parser/model.ts';
import { nodeText } from '../parser/text.ts';
import { quotedPhrases } from '../compare/formulations.ts';
import { foldTerm } from '../terms/concordance.ts';
import { charTable, type CharTable } from '../search/text.ts';
import { textChars, tradToSimpPairs } from '../search/t2s.ts';
import { isStopWord, PLACE_NAMES } from './stop-words.ts';

export interface DistinctiveTerm {
  term: string;
  /** Occurrences in the document, whitespace ignored (as /terms/ counts them). */
  count: number;
  score: number;
}

/** A word worth listing: two or more characters, Han script (Latin/digits mixed in, like 5G), not a bare number. */
const WORD = /^(?=.*\p{Script=Han})[\p{Script=Han}A-Za-z0-9+]{2,}$/u;
const HAN_WORD = /^\p{Script=Han}{2,}$/u;

/** The text of a node that belongs to it alone (a division's heading, not its children). */
const ownText = (n: Node): string => (n.type === 'division' ? n.heading : nodeText(n));

/** Every piece of a document's reading text, in order. */
export function documentPieces(children: Node[]): string[] {
  const out: string[] = [];
  const visit = (nodes: Node[]) => {
    for (const n of nodes) {
      const t = ownText(n);
      if (t) out.push(t);
      if (n.type === 'division') visit(n.children);
    }
  };
  visit(children);
  return out;
}

const glossaryTerms = (children: Node[]): string[] =>
  children.flatMap((n) => (n.type === 'term' ? [n.term.replace(/[“”\s]/gu, '')] : n.type === 'division' ? glossaryTerms(n.children) : []));

export interface CorpusDictionary {
  /** Set phrases: quoted whole somewhere in the corpus (“…”, 2–12 characters) or defined in a glossary. */
  phrases: Set<string>;
  /** Named parts of longer quoted compounds (“低空经济+航空装备+先进制造”): segmenter only. */
  parts: Set<string>;
  /** Adjacent word pairs that behave as one word (新质生产力): segmenter only. */
  collocations: Set<string>;
  segmenter: Jieba;
  /** Search's trad→simp table for this corpus (src/search/t2s.ts): counts fold as search and /terms/ do. */
  table: CharTable;
}

const lengthOk = (p: string) => Array.from(p).length >= 2 && Array.from(p).length <= 12;

export function corpusDictionary(docs: ParsedDocument[]): CorpusDictionary {
  const texts = docs.map((d) => documentPieces(d.children).join('\n'));
  const phrases = new Set<string>();
  texts.forEach((t) => quotedPhrases(t).forEach((p) => phrases.add(p)));
  const compoundParts = new Set<string>();
  for (const t of texts) {
    for (const m of t.matchAll(/“([^“”]+)”/gu)) {
      const parts = m[1]!.replace(/\s+/gu, '').split(/[+＋、·，,和与及]/u);
      if (parts.length > 1) parts.filter((p) => lengthOk(p) && HAN_WORD.test(p)).forEach((p) => compoundParts.add(p));
    }
  }
  docs.forEach((d) =>
    glossaryTerms(d.children)
      .filter(lengthOk)
      .forEach((p) => phrases.add(p)),
  );

  const base = Jieba.withDict(dict);
  const single = new Map<string, number>();
  const pairs = new Map<string, number>();
  for (const t of texts) {
    const words = base.cut(t, true);
    words.forEach((w, i) => {
      single.set(w, (single.get(w) ?? 0) + 1);
      const next = words[i + 1];
      if (next && HAN_WORD.test(w) && HAN_WORD.test(next)) pairs.set(`${w}\u0000${next}`, (pairs.get(`${w}\u0000${next}`) ?? 0) + 1);
    });
  }
  const collocations = new Set<string>();
  for (const [key, n] of pairs) {
    const [x, y] = key.split('\u0000') as [string, string];
    if (n >= 4 && (n / single.get(x)! >= 0.9 || n / single.get(y)! >= 0.9) && lengthOk(x + y)) collocations.add(x + y);
  }
  // A user dictionary line is "word frequency tag"; a high frequency keeps the word whole.
  const lines = [...phrases, ...compoundParts, ...collocations, ...PLACE_NAMES].filter((p) => !/\s/u.test(p)).map((p) => `${p} 100000 n`);
  const segmenter = Jieba.withDict(dict);
  segmenter.loadDict(Buffer.from(lines.join('\n')));
  const table = charTable(tradToSimpPairs(textChars(texts)));
  return { phrases, parts: compoundParts, collocations, segmenter, table };
}

/** Non-overlapping occurrences of `term` in folded, whitespace-free text (the /terms/ rule). */
function countIn(text: string, term: string, table: CharTable): number {
  term = foldTerm(term, table);
  let n = 0;
  for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + term.length)) n++;
  return n;
}

export interface DocumentWords {
  /** Listable words (stop-list applied), in order. */
  words: string[];
  /** The document's pieces folded as /terms/ matches them, joined by line breaks (counts never cross a piece). */
  squeezed: string;
  table: CharTable;
}

export function documentWords(doc: ParsedDocument, dictionary: CorpusDictionary): DocumentWords {
  const pieces = documentPieces(doc.children);
  const words = dictionary.segmenter.cut(pieces.join('\n'), true).filter((w) => WORD.test(w) && !isStopWord(w, doc.region));
  return { words, squeezed: pieces.map((p) => foldTerm(p, dictionary.table)).join('\n'), table: dictionary.table };
}

/**
 * TF-IDF: tf = count / words in the document; idf = ln(N / df), squared because with a corpus of a
 * dozen documents plain idf barely separates a word most documents use from a document's own
 * vocabulary. A word must occur at least `minCount` times to be listed, so one-off phrasing does not
 * crowd out what the text insists on.
 */
export function distinctiveTerms(all: DocumentWords[], docs: ParsedDocument[], limit = 20, minCount = 3): Map<string, DistinctiveTerm[]> {
  const counts = all.map(({ words }) => {
    const m = new Map<string, number>();
    for (const w of words) m.set(w, (m.get(w) ?? 0) + 1);
    return m;
  });
  const df = new Map<string, number>();
  for (const m of counts) for (const w of m.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const n = docs.length;
  const out = new Map<string, DistinctiveTerm[]>();
  docs.forEach((doc, k) => {
    const m = counts[k]!;
    const total = [...m.values()].reduce((a, b) => a + b, 0) || 1;
    const scored = [...m.entries()]
      .filter(([, c]) => c >= minCount)
      .map(([term, c]) => ({ term, score: (c / total) * Math.log(n / df.get(term)!) ** 2 }))
      .filter((t) => t.score > 0)
      .sort((a, b) => b.score - a.score || a.term.localeCompare(b.term))
      .slice(0, limit)
      .map((t) => ({ ...t, score: Number(t.score.toFixed(5)), count: countIn(all[k]!.squeezed, t.term, all[k]!.table) }));
    out.set(doc.id, scored);
  });
  return out;
}

/**
 * A document's set phrases with counts: each phrase it quotes, and each set phrase of the corpus (quoted
 * whole in some document, or a glossary term) of four or more characters it uses at least twice (found
 * among its jieba words, then counted exactly). Collocations are not candidates: they are not clean.
 */
export function documentPhrases(doc: ParsedDocument, words: DocumentWords, dictionary: CorpusDictionary): [string, number, 0 | 1][] {
  const quoted = new Set(quotedPhrases(documentPieces(doc.children).join('\n')));
  const used = new Set(words.words.filter((w) => dictionary.phrases.has(w)));
  const out: [string, number, 0 | 1][] = [];
  for (const p of new Set([...quoted, ...used])) {
    const count = countIn(words.squeezed, p, dictionary.table);
    // Unquoted candidates only from four characters up: two-character ones (通道, 枢纽, 向上) are noise.
    if (quoted.has(p) ? count >= 1 : count >= 2 && Array.from(p).length >= 4) out.push([p, count, quoted.has(p) ? 1 : 0]);
  }
  return out.sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
}
