/**
 * Exact search, the part shared by the indexer (Node), the search page, the arrival highlight and the
 * tests: what the reading text of a page is, how text and queries are normalised, how a query is parsed,
 * and what "a page matches" means. Defined once so the index, the browser and the ground-truth scan
 * cannot disagree.
 *
 * Reading text: the text of the element marked data-pagefind-body, minus elements marked
 * data-pagefind-ignore (and hidden/script/style), cut into segments at block elements (paragraphs,
 * headings, list items, cells…); inside a segment ASCII whitespace runs collapse to one space and the ends
 * are trimmed, as a browser displays it. A match never crosses a segment boundary.
 *
 * Normalisation keeps the length of every UTF-16 unit, so offsets in normalised text are offsets in the
 * displayed text: full-width forms (U+FF01–U+FFEE) fold to their NFKC form (ＰＭ２．５ = PM2.5),
 * U+3000 → space, letters to lower case (as Ctrl+F), and traditional characters to simplified through a
 * small table built from the corpus (its keys never occur in the corpus, so the text itself is unchanged
 * by it). Full NFKC is deliberately NOT applied: it would fold ① into 1, ㎡ into m2, … into ... .
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

/** A parsed query: terms that must all occur (each a normalised string without line breaks). */
export interface Query {
  terms: string[];
}

const QUOTES: Record<string, string> = { '"': '"', '“': '”' };

/**
 * Space-separated words mean all of them; "…" or “…” is one phrase, spaces included (runs of
 * whitespace collapse to one, as in the text). Inside "…", curly quotes are literal, so "“两重”" finds the
 * quoted form. An unclosed quote runs to the end. Terms contained in another term are dropped (all of
 * them must occur anyway) so occurrences are not counted twice.
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
      const phrase = q.slice(i + 1, end < 0 ? q.length : end).replace(/\s+/g, ' ').trim();
      if (phrase) found.push(phrase);
      i = end < 0 ? q.length : end;
    } else if (/\s/.test(ch)) pushWord();
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

export interface Hit {
  /** Index of the segment. */
  segment: number;
  start: number;
  end: number;
}

/** Non-overlapping occurrences of `term` in `text`, left to right. */
export function occurrences(text: string, term: string): number[] {
  const at: number[] = [];
  if (!term) return at;
  for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + term.length)) at.push(i);
  return at;
}

export interface PageMatch {
  /** Occurrences of all terms on the page. */
  count: number;
  /** The first occurrence of any term, in reading order. */
  first: Hit;
}

/** Whether every term occurs in the (normalised) segments, with the count and the first occurrence. */
export function matchSegments(normalized: readonly string[], query: Query): PageMatch | null {
  if (query.terms.length === 0) return null;
  let count = 0;
  let first: Hit | null = null;
  for (const term of query.terms) {
    let termCount = 0;
    normalized.forEach((text, segment) => {
      const at = occurrences(text, term);
      termCount += at.length;
      const start = at[0];
      if (start !== undefined && (!first || segment < first.segment || (segment === first.segment && start < first.start))) {
        first = { segment, start, end: start + term.length };
      }
    });
    if (termCount === 0) return null;
    count += termCount;
  }
  return first ? { count, first } : null;
}

/** The ground truth, stated plainly: every term is a substring of the page's normalised text. */
export function pageContains(normalized: readonly string[], query: Query): boolean {
  const text = normalized.join('\n');
  return query.terms.length > 0 && query.terms.every((t) => text.includes(t));
}

/** Merged [start, end) ranges of all terms' occurrences in one normalised string. */
export function hitRanges(text: string, terms: readonly string[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const term of terms) for (const s of occurrences(text, term)) ranges.push([s, s + term.length]);
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/**
 * An excerpt of `original` (the displayed segment text) around the hit at `start`, with every occurrence of
 * the terms inside the window marked. Offsets are shared with the normalised text (length-preserving).
 */
export function excerpt(original: string, normalized: string, terms: readonly string[], start: number, before = 30, after = 70): ExcerptPart[] {
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

// ---- Reading text out of a tree (an HTML parse in Node, the live DOM in the browser) ----

export interface TreeAdapter<N> {
  /** Text content if `n` is a text node, else null. */
  text(n: N): string | null;
  /** Lower-case tag name if `n` is an element, else null. */
  tag(n: N): string | null;
  attr(n: N, name: string): string | null;
  children(n: N): Iterable<N>;
}

export interface Segment<N> {
  /** Id of the nearest enclosing block with an id (headings' slug ids skipped: their section's id is used). */
  anchor: string | null;
  /** Displayed text (whitespace collapsed). */
  text: string;
  /** Only with `withMap`: for every UTF-16 unit of `text`, the text node and offset it comes from. */
  map?: Array<[N, number]>;
}

const BLOCK = new Set(
  'address article aside blockquote br caption dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);
const SKIP = new Set(['script', 'style', 'template', 'noscript', 'svg', 'math', 'iframe', 'object', 'button', 'input', 'select', 'textarea']);
const HEADING = /^h[1-6]$/;
const ASCII_SPACE = /[ \t\n\r\f]/;

/**
 * East Asian Wide/Full-width (Hangul excluded, as CSS Text 3 says), by block ranges; plus the punctuation
 * that Chinese text sets full-width although Unicode calls it ambiguous (— ‘ ’ “ ” … ·).
 */
export function isWide(cp: number): boolean {
  return (
    cp === 0x2014 || cp === 0x2018 || cp === 0x2019 || cp === 0x201c || cp === 0x201d || cp === 0x2026 || cp === 0x00b7 ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe10 && cp <= 0xfe1f) ||
    (cp >= 0xfe30 && cp <= 0xfe6f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Segments of the reading text under `root` (normally the element marked data-pagefind-body). */
export function extractSegments<N>(root: N, a: TreeAdapter<N>, withMap = false): Segment<N>[] {
  const segments: Segment<N>[] = [];
  const anchors: Array<string | null> = [null];
  let text = '';
  let map: Array<[N, number]> = [];
  let anchor: string | null = null;

  // Collapsible whitespace waits until the next visible character decides its fate.
  let pending: { newline: boolean; at: [N, number] } | null = null;

  const flush = () => {
    if (text) segments.push(withMap ? { anchor, text, map } : { anchor, text });
    text = '';
    map = [];
    pending = null;
  };
  const visit = (n: N, isRoot: boolean) => {
    const value = a.text(n);
    if (value !== null) {
      for (let i = 0; i < value.length; i++) {
        const ch = value[i]!;
        if (ASCII_SPACE.test(ch)) {
          if (!text) continue; // leading whitespace of a block
          if (!pending) pending = { newline: false, at: [n, i] };
          if (ch === '\n' || ch === '\r') pending.newline = true;
          continue;
        }
        if (!text) anchor = anchors[anchors.length - 1] ?? null;
        if (pending) {
          // CSS Text 3: a line break between two East Asian wide characters disappears; otherwise one space.
          if (!(pending.newline && isWide(text.codePointAt(text.length - 1 - (/[\udc00-\udfff]/.test(text[text.length - 1]!) ? 1 : 0))!) && isWide(value.codePointAt(i)!))) {
            text += ' ';
            if (withMap) map.push(pending.at);
          }
          pending = null;
        }
        text += ch;
        if (withMap) map.push([n, i]);
      }
      return;
    }
    const tag = a.tag(n);
    if (tag === null) return;
    if (!isRoot && (SKIP.has(tag) || a.attr(n, 'data-pagefind-ignore') !== null || a.attr(n, 'hidden') !== null)) return;
    const block = BLOCK.has(tag);
    if (block) flush();
    const id = a.attr(n, 'id');
    const pushed = block && id !== null && id !== '' && !HEADING.test(tag);
    if (pushed) anchors.push(id);
    for (const c of a.children(n)) visit(c, false);
    if (pushed) anchors.pop();
    if (block) flush();
  };
  visit(root, true);
  flush();
  return segments;
}
