/**
 * Terms most distinctive of each document, and the corpus dictionary they are cut with. Build time only
 * (@node-rs/jieba is a native module: never import this from client code).
 *
 * jieba's own dictionary cuts policy language badly (新质/生产力, 低空/经济), so a user dictionary is built
 * from the corpus itself: every phrase set in “…” (2–12 characters) and each named part of a longer one
 * (“低空经济+航空装备+先进制造” names 低空经济), every glossary term, and every pair
 * of adjacent jieba words that behaves as one word (the first is followed by the second at least 90 % of
 * the times it occurs, or the second preceded by the first, and the pair occurs at least 4 times).
 * Words on the stop-list (src/lib/stop-words.ts) are never listed, nor, by rule: words of jieba's grammar
 * classes (GRAMMAR_TAGS: 仍然, 上午, 万亿), pieces of a longer unit (unitOf: 能快 of 能快则快), pieces of
 * idioms (pieceOfIdioms: 令人 of 令人鼓舞). Only phrases quoted whole somewhere in
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
export function countIn(text: string, term: string, table: CharTable): number {
  term = foldTerm(term, table);
  let n = 0;
  for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + term.length)) n++;
  return n;
}

export interface DocumentWords {
  /** The document's text as the corpus segmenter cut and tagged it (policy terms read it too). */
  tagged: { word: string; tag: string }[];
  /** Listable words (stop-list applied), in order. */
  words: string[];
  /** The document's pieces folded as /terms/ matches them, joined by line breaks (counts never cross a piece). */
  squeezed: string;
  table: CharTable;
  /** Whether a string is a word or set phrase the dictionaries know (knownUnit). */
  known: (unit: string) => boolean;
}

/**
 * jieba's part-of-speech classes of grammar rather than content: adverbs (d: 仍然, 进一步), pronouns (r:
 * 每月, 各地), conjunctions (c), prepositions (p), particles (u), numerals (m: 万亿), measure words (q),
 * time words (t: 上午, 近年来), interjections, onomatopoeia and modal particles (e, o, y). A word of these
 * classes is never a document's distinctive term, whatever its counts.
 */
const GRAMMAR_TAGS = /^[drcpumqteoy]/u;

export function documentWords(doc: ParsedDocument, dictionary: CorpusDictionary): DocumentWords {
  const pieces = documentPieces(doc.children);
  const tagged = dictionary.segmenter.tag(pieces.join('\n'), true);
  const words = tagged
    .filter(({ word, tag }) => WORD.test(word) && !GRAMMAR_TAGS.test(tag) && !isStopWord(word, doc.region))
    .map(({ word }) => word);
  return {
    tagged,
    words,
    squeezed: pieces.map((p) => foldTerm(p, dictionary.table)).join('\n'),
    table: dictionary.table,
    known: knownUnit(dictionary),
  };
}

const HAN = /^\p{Script=Han}$/u;

/** jieba's dictionary: every word, and the four-character idioms (成语, tag i). Read once. */
let jieba: { words: Set<string>; idioms: Set<string> } | undefined;
function jiebaDictionary(): { words: Set<string>; idioms: Set<string> } {
  if (!jieba) {
    jieba = { words: new Set(), idioms: new Set() };
    for (const line of Buffer.from(dict).toString('utf8').split('\n')) {
      const [word, , tag] = line.split(' ');
      if (!word) continue;
      jieba.words.add(word);
      if (tag === 'i' && Array.from(word).length === 4) jieba.idioms.add(word);
    }
  }
  return jieba;
}

/** Whether a string is a word of jieba's dictionary or a phrase, part or collocation of the corpus. */
export function knownUnit(dictionary: CorpusDictionary): (unit: string) => boolean {
  const { words } = jiebaDictionary();
  return (unit) => words.has(unit) || dictionary.phrases.has(unit) || dictionary.parts.has(unit) || dictionary.collocations.has(unit);
}

/**
 * Whether a word is mostly a piece of set rhetoric: a third or more of its occurrences lie inside a
 * four-character idiom of jieba's dictionary (令人 in 令人鼓舞, 令人难忘). Such a word says how the text
 * speaks, not what it is about.
 */
export function pieceOfIdioms(word: string, text: string): boolean {
  const { idioms } = jiebaDictionary();
  const length = word.length;
  if (length >= 4) return false;
  let occurrences = 0;
  let inside = 0;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + length)) {
    occurrences++;
    for (let start = i + length - 4; start <= i; start++) {
      if (start >= 0 && idioms.has(text.slice(start, start + 4))) {
        inside++;
        break;
      }
    }
  }
  return occurrences > 0 && inside * 3 >= occurrences;
}

/**
 * The unit a word is a piece of: while every occurrence of it in the document has the same Han character
 * next to it on one side, that character belongs to it (能快 in 能快则快 ×3 → 能快则快; 习近平 → 习近平总书记).
 * The word itself when no neighbour is always the same.
 */
export function unitOf(word: string, text: string): string {
  let unit = word;
  for (let grown = 0; grown < 8; grown++) {
    const at: number[] = [];
    for (let i = text.indexOf(unit); i >= 0; i = text.indexOf(unit, i + unit.length)) at.push(i);
    if (at.length < 2) break;
    const only = (chars: (string | undefined)[]) =>
      chars.every((c) => c === chars[0]) && chars[0] && HAN.test(chars[0]) ? chars[0] : undefined;
    const right = only(at.map((i) => text[i + unit.length]));
    const left = only(at.map((i) => text[i - 1]));
    if (right) unit += right;
    else if (left) unit = left + unit;
    else break;
  }
  return unit;
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
    const seen = new Set<string>();
    const scored = [...m.entries()]
      .filter(([, c]) => c >= minCount)
      .map(([term, c]) => ({ term, score: (c / total) * Math.log(n / df.get(term)!) ** 2 }))
      .filter((t) => t.score > 0 && !pieceOfIdioms(t.term, all[k]!.squeezed))
      .sort((a, b) => b.score - a.score || a.term.localeCompare(b.term))
      // A piece of a longer unit (unitOf) is listed as that unit when the unit is a word or set phrase the
      // dictionaries know (习近平总书记), and not at all when it is not (能快 of 能快则快, a segmenter's cut).
      .flatMap((t) => {
        const unit = unitOf(t.term, all[k]!.squeezed);
        return unit === t.term || all[k]!.known(unit) ? [{ ...t, term: unit }] : [];
      })
      .filter((t) => !seen.has(t.term) && seen.add(t.term))
      .slice(0, limit)
      .map((t) => ({ ...t, score: Number(t.score.toFixed(5)), count: countIn(all[k]!.squeezed, t.term, all[k]!.table) }));
    out.set(doc.id, scored);
  });
  return out;
}

/**
 * A document's set phrases with counts: each phrase it quotes; each set phrase of the corpus (quoted
 * whole in some document, or a glossary term) of four or more characters it uses at least twice (found
 * among its jieba words, then counted exactly); and its policy terms (src/lib/policy-terms.ts: recurring
 * vocabulary it uses unquoted, 提振消费, 零基预算改革). Collocations are not candidates: they are not clean.
 */
export function documentPhrases(
  doc: ParsedDocument,
  words: DocumentWords,
  dictionary: CorpusDictionary,
  policyTerms: Map<string, number> = new Map(),
): [string, number, 0 | 1][] {
  const quoted = new Set(quotedPhrases(documentPieces(doc.children).join('\n')));
  const used = new Set(words.words.filter((w) => dictionary.phrases.has(w)));
  const out: [string, number, 0 | 1][] = [];
  for (const p of new Set([...quoted, ...used])) {
    const count = countIn(words.squeezed, p, dictionary.table);
    // Unquoted candidates only from four characters up: two-character ones (通道, 枢纽, 向上) are noise.
    if (quoted.has(p) ? count >= 1 : count >= 2 && Array.from(p).length >= 4) out.push([p, count, quoted.has(p) ? 1 : 0]);
  }
  const listed = new Set(out.map(([p]) => p));
  for (const [term] of policyTerms) if (!listed.has(term)) out.push([term, countIn(words.squeezed, term, dictionary.table), 0]);
  return out.sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
}
