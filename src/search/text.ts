/**
 * Exact search, the text rules shared by the indexer (Node), the search page, the arrival highlight and the
 * tests: how text and queries are normalised, how a query is parsed, what "a segment contains a term"
 * means, and the excerpt around a hit. Defined once so the index, the browser and the ground-truth scan
 * cannot disagree.
 *
 * Normalisation keeps the length of every UTF-16 unit, so offsets in normalised text are offsets in the
 * displayed text: full-width forms (U+FF01–U+FFEE) fold to their NFKC form (ＰＭ２．５ = PM2.5),
 * U+3000 → space, letters to lower case (as Ctrl+F), and traditional characters to simplified through a
 * small table built from the corpus (its keys never occur in the corpus, so the text itself is unchanged
 * by it). Full NFKC is deliberately NOT applied: it would fold ① into 1, ㎡ into m2, … into ... .
 *
 * Whitespace inside a segment is layout, not content (总  则 is found by 总则, a line broken inside a word
 * by the word): matching runs on the "compact" form of each segment, its normalised text without any
 * whitespace, and maps hits back to displayed offsets. Segment boundaries (paragraphs, headings, cells)
 * still separate: a match never crosses one.
 */

/** Trad→simp pairs: a string of pairs of single characters ("體体發发…"), as shipped in the page table. */
export type CharTable = ReadonlyMap<string, string>;

export function charTable(pairs: string): Map<string, string> {
  const chars = Array.from(pairs);
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i]!, chars[i + 1]!);
  return map;
}

export function normalizeText(text: string, table?: CharTable): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    let n = ch;
    if (cp === 0x3000) n = ' ';
    else if (cp >= 0xff01 && cp <= 0xffee) {
      const k = ch.normalize('NFKC');
      if (k.length === ch.length) n = k;
    }
    const lower = n.toLowerCase();
    if (lower.length === n.length) n = lower;
    const simp = table?.get(n);
    if (simp !== undefined && simp.length === n.length) n = simp;
    out += n;
  }
  return out;
}

/** Whitespace in the sense of the matching rule (every Unicode space, line break and tab; all in the BMP). */
const SPACE = /\s/;

export interface Compact {
  /** The input without whitespace. */
  text: string;
  /** For every UTF-16 unit of `text`, its offset in the input. */
  at: number[];
}

/** The input without whitespace, with the way back to input offsets. */
export function compact(text: string): Compact {
  let out = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (SPACE.test(ch)) continue;
    out += ch;
    at.push(i);
  }
  return { text: out, at };
}

/** A parsed query: terms that must all occur (each normalised, without whitespace, non-empty). */
export interface Query {
  terms: string[];
}

const QUOTES: Record<string, string> = { '"': '"', '“': '”' };

/**
 * Space-separated words mean all of them; "…" or “…” is one phrase whose inner spaces are ignored like the
 * text's. Inside "…", curly quotes are literal, so "“两重”" finds the quoted form. An unclosed quote runs to
 * the end. Terms contained in another term are dropped (all of them must occur anyway) so occurrences are
 * not counted twice.
 */
export function parseQuery(raw: string, table?: CharTable): Query {
  const q = normalizeText(raw, table);
  const found: string[] = [];
  let word = '';
  const pushWord = () => {
    if (word) found.push(word);
    word = '';
  };
  for (let i = 0; i < q.length; i++) {
    const ch = q[i]!;
    const close = QUOTES[ch];
    if (close !== undefined) {
      pushWord();
      const end = q.indexOf(close, i + 1);
      const phrase = compact(q.slice(i + 1, end < 0 ? q.length : end)).text;
      if (phrase) found.push(phrase);
      i = end < 0 ? q.length : end;
    } else if (SPACE.test(ch)) pushWord();
    else word += ch;
  }
  pushWord();
  const unique = [...new Set(found)];
  const terms = unique.filter((t) => !unique.some((u) => u !== t && u.includes(t)));
  return { terms };
}

/** Canonical key of a query (for caches and "is this the query on screen?"). */
export function queryKey(query: Query): string {
  return JSON.stringify(query.terms);
}

/** Non-overlapping occurrences of `term` in `text`, left to right. */
export function occurrences(text: string, term: string): number[] {
  const at: number[] = [];
  if (!term) return at;
  for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + term.length)) at.push(i);
  return at;
}

/**
 * Every occurrence of the terms in one normalised segment, as merged [start, end) ranges of that segment's
 * offsets (= displayed offsets): found in the compact form, so a range may span whitespace (总  则).
 */
export function hitRanges(normalized: string, terms: readonly string[]): Array<[number, number]> {
  const c = compact(normalized);
  const ranges: Array<[number, number]> = [];
  for (const term of terms) for (const s of occurrences(c.text, term)) ranges.push([c.at[s]!, c.at[s + term.length - 1]! + 1]);
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** The ground truth, stated plainly: occurrences and first hit of the terms, segment by segment, compact. */
export interface PageMatch {
  /** Non-overlapping occurrences of all terms on the page. */
  count: number;
  /** The segment holding the first occurrence of any term (in reading order). */
  segment: number;
  /** Offset of that occurrence in the segment's displayed text. */
  start: number;
}

export function matchSegments(normalized: readonly string[], query: Query): PageMatch | null {
  if (query.terms.length === 0) return null;
  const compacts = normalized.map(compact);
  let count = 0;
  let first: { segment: number; at: number } | null = null;
  for (const term of query.terms) {
    let termCount = 0;
    compacts.forEach((c, segment) => {
      const at = occurrences(c.text, term);
      termCount += at.length;
      const s = at[0];
      if (s !== undefined && (!first || segment < first.segment || (segment === first.segment && s < first.at))) first = { segment, at: s };
    });
    if (termCount === 0) return null;
    count += termCount;
  }
  if (!first) return null;
  const f: { segment: number; at: number } = first;
  return { count, segment: f.segment, start: compacts[f.segment]!.at[f.at]! };
}

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/**
 * An excerpt of `original` (the displayed segment text) around the hit at `start`, with every occurrence of
 * the terms inside the window marked. Offsets are shared with the normalised text (length-preserving).
 */
export function excerpt(
  original: string,
  normalized: string,
  terms: readonly string[],
  start: number,
  before = 30,
  after = 70,
): ExcerptPart[] {
  let from = Math.max(0, start - before);
  let to = Math.min(original.length, start + after);
  // Never cut a surrogate pair.
  if (from > 0 && /[\udc00-\udfff]/.test(original[from]!)) from--;
  if (to < original.length && /[\udc00-\udfff]/.test(original[to]!)) to++;
  const parts: ExcerptPart[] = [];
  if (from > 0) parts.push({ text: '…', mark: false });
  let pos = from;
  for (const [s, e] of hitRanges(normalized, terms)) {
    if (e <= from || s >= to) continue;
    const a = Math.max(s, from);
    const b = Math.min(e, to);
    if (a > pos) parts.push({ text: original.slice(pos, a), mark: false });
    parts.push({ text: original.slice(a, b), mark: true });
    pos = b;
  }
  if (pos < to) parts.push({ text: original.slice(pos, to), mark: false });
  if (to < original.length) parts.push({ text: '…', mark: false });
  return parts;
}
