/**
 * The excerpts of a result: its page's best passages, not the first hit. A passage is a segment of the page
 * (under 同句 a sentence of one) that holds a match (under 同段/同句 one that satisfies the scope). Passages
 * rank by, in turn: text before headings and labels (a chapter title says less than the paragraph under
 * it), more distinct query terms, more occurrences, earlier in reading order. Each place a link can reach
 * (an anchor) gives at most one excerpt; the best MAX_EXCERPTS are shown, best first, and headings only
 * on a page where no text holds a match.
 *
 * Passages need the records' segments, which only their fragments carry (one download each), while which
 * records match, with how many terms and occurrences, is known from the index alone. A record's terms and
 * occurrences bound those of any passage in it, so records are read best bound first, and reading stops
 * as soon as the passages chosen beat the bound of every record not read: the choice is the one a scan of
 * the whole page would make, at the cost of the fragments it needs (on a page of many weak mentions, such
 * as a law that names its subject in every article, that can be ten or more small fragments).
 */
import { compact, normalizeText, excerpt, type CharTable, type ExcerptPart } from './text.ts';
import { countNonOverlapping } from './words.ts';
import { scopeRanges, type Scope } from './scope.ts';
import type { UnitSegments } from './records.ts';

export const MAX_EXCERPTS = 3;

/** A record of the page that holds a match, as the index describes it. */
export interface RecordMatch<R> {
  record: R;
  /** Rank in reading order. */
  rank: number;
  /** Per query term, its start offsets in the record's compact text (code points, ascending). */
  starts: ReadonlyArray<readonly number[]>;
  /** Occurrences counted for the page in this record (under a scope, those inside matching ranges). */
  count: number;
}

export interface Excerpt {
  /** Where the passage is (the segment's anchor; null: the top of the page). */
  anchor: string | null;
  heading: boolean;
  /** Distinct terms and occurrences in the passage. */
  terms: number;
  count: number;
  parts: ExcerptPart[];
}

/** Ranking key, larger is better: [text, terms, occurrences, −rank, −offset]. */
type Key = [number, number, number, number, number];

function better(a: Key, b: Key): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

interface Passage {
  key: Key;
  excerpt: Excerpt;
}

/** The passages of one record: per segment (or sentence), the terms inside it and the best window on them. */
export function recordPassages(
  segments: UnitSegments,
  starts: ReadonlyArray<readonly number[]>,
  terms: readonly string[],
  rank: number,
  scope: Scope,
  table?: CharTable,
): Passage[] {
  const lengths = terms.map((t) => Array.from(t).length);
  const out: Passage[] = [];
  let offset = 0;
  for (const [anchor, text, heading] of segments) {
    const normalized = normalizeText(text, table);
    const c = compact(normalized);
    const cps = Array.from(c.text);
    const n = cps.length;
    const ranges: Array<[number, number]> =
      scope === 'sentence' ? scopeRanges([text], 'sentence', table).map(([a, b]) => [a + offset, b + offset]) : [[offset, offset + n]];
    // Code point in the record → UTF-16 unit of the compact segment → displayed offset.
    const utf16: number[] = [];
    cps.reduce((u, ch) => (utf16.push(u), u + ch.length), 0);
    const shown = (cp: number) => c.at[utf16[cp - offset]!]!;
    for (const [a, b] of ranges) {
      const inside = starts.map((s, k) => s.filter((x) => x >= a && x + lengths[k]! <= b));
      const present = inside.filter((s) => s.length > 0).length;
      if (present === 0 || (scope !== 'page' && present < terms.length)) continue;
      const count = inside.reduce((m, s, k) => m + countNonOverlapping(s, lengths[k]!), 0);
      const first = Math.min(...inside.flatMap((s) => s.slice(0, 1)));
      const window = densestWindow(
        inside.flatMap((s, k) => s.map((x) => ({ at: shown(x), term: k }))),
        normalized.length,
      );
      out.push({
        key: [heading ? 0 : 1, present, count, -rank, -first],
        excerpt: { anchor, heading: heading === 1, terms: present, count, parts: excerpt(text, normalized, terms, window) },
      });
    }
    offset += n;
  }
  return out;
}

/** Before and after the start of an excerpt's window (search/text.ts excerpt()). */
const BEFORE = 30;
const AFTER = 70;

/** The hit to centre the excerpt on: the one whose window shows the most distinct terms, then the most hits. */
function densestWindow(hits: ReadonlyArray<{ at: number; term: number }>, length: number): number {
  let best = { at: 0, terms: -1, hits: -1 };
  for (const h of [...hits].sort((x, y) => x.at - y.at)) {
    const from = Math.max(0, h.at - BEFORE);
    const to = Math.min(length, h.at + AFTER);
    const seen = hits.filter((x) => x.at >= from && x.at < to);
    const terms = new Set(seen.map((x) => x.term)).size;
    if (terms > best.terms || (terms === best.terms && seen.length > best.hits)) best = { at: h.at, terms, hits: seen.length };
  }
  return best.at;
}

/**
 * The best passages of one page, reading the fewest records: `load` gives a record's segments (its
 * fragment). Exact: the same as ranking every passage of every matching record.
 */
export async function bestExcerpts<R>(
  records: ReadonlyArray<RecordMatch<R>>,
  load: (record: R) => Promise<UnitSegments>,
  terms: readonly string[],
  scope: Scope,
  table?: CharTable,
  max = MAX_EXCERPTS,
): Promise<Excerpt[]> {
  const bound = (r: RecordMatch<R>): Key => [1, r.starts.filter((s) => s.length > 0).length, r.count, -r.rank, 1];
  const queue = [...records].sort((a, b) => better(bound(b), bound(a)));
  const byAnchor = new Map<string | null, Passage>();
  const chosen = () => [...byAnchor.values()].sort((a, b) => better(b.key, a.key)).slice(0, max);
  // In rounds of up to `max` records read in parallel (fewer round trips than one at a time).
  for (let i = 0; i < queue.length;) {
    const top = chosen();
    const needed = (r: RecordMatch<R>) => top.length < max || better(top[max - 1]!.key, bound(r)) < 0;
    const round: Array<RecordMatch<R>> = [];
    while (i < queue.length && round.length < max && needed(queue[i]!)) round.push(queue[i++]!);
    if (round.length === 0) break;
    const loaded = await Promise.all(round.map((r) => load(r.record)));
    round.forEach((r, k) => {
      for (const p of recordPassages(loaded[k]!, r.starts, terms, r.rank, scope, table)) {
        const prev = byAnchor.get(p.excerpt.anchor);
        if (!prev || better(p.key, prev.key) > 0) byAnchor.set(p.excerpt.anchor, p);
      }
    });
  }
  const top = chosen().map((p) => p.excerpt);
  // A heading is shown only when no text holds a match (headings rank last: a text passage comes first).
  return top[0]?.heading ? top : top.filter((e) => !e.heading);
}
