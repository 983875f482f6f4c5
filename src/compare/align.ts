/**
 * Sentence alignment of two documents, A (older) and B (newer). Pure TS: runs at build time for the
 * pre-rendered pairs and in the browser for any other pair.
 *
 * 1. Identical sentences (whitespace ignored) are aligned in order by jsdiff's `diffArrays` (Myers).
 * 2. Between two such anchors, a sentence of B is a rewrite of a sentence of A when the Dice coefficient
 *    of their sets of character bigrams is at least SIMILARITY (0.5): at least half of the two-character
 *    pieces of the pair are shared, which catches 大力→稳妥 or an added clause while unrelated sentences
 *    of the same register (sharing 发展, 推进 and little else) stay well below. Among the candidate pairs
 *    the chain in reading order with the largest total similarity is kept (no crossing pairs).
 * 3. A sentence of B left over is still **same** when it is identical to a sentence of A elsewhere
 *    (moved), **changed** when it occurs inside A's text as part of a longer sentence (cut from it), and
 *    **added** otherwise: an added sentence occurs nowhere in A. Sentences of A with no counterpart are
 *    **removed** and shown where they stood.
 */
import { diffArrays, diffChars } from 'diff';
import type { Sentence } from './sentences.ts';

export const SIMILARITY = 0.5;

export type Status = 'same' | 'changed' | 'added' | 'removed';

export type Row =
  | { status: 'same'; b: number; a: number; moved: boolean }
  | { status: 'changed'; b: number; a: number; similarity: number }
  | { status: 'added'; b: number }
  | { status: 'removed'; a: number };

export interface Alignment {
  rows: Row[];
  counts: Record<Status, number>;
}

/** Character bigrams of a key (the key itself when shorter than two characters). */
function grams(key: string): Set<string> {
  const chars = Array.from(key);
  if (chars.length < 2) return new Set(chars.length ? [key] : []);
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
}

/** Sørensen–Dice coefficient of the bigram sets of two strings: 2|X∩Y| / (|X|+|Y|). */
export function similarity(x: string, y: string): number {
  const gx = grams(x);
  const gy = grams(y);
  if (gx.size + gy.size === 0) return 1;
  let shared = 0;
  for (const g of gx) if (gy.has(g)) shared++;
  return (2 * shared) / (gx.size + gy.size);
}

interface Pair {
  a: number;
  b: number;
  s: number;
}

/**
 * Rewrites between A[a0,a1) and B[b0,b1): candidate pairs found through an index of A's bigrams (only
 * pairs sharing bigrams are scored), then the heaviest chain increasing in both a and b (weighted
 * longest increasing subsequence over a Fenwick tree of prefix maxima).
 */
function rewrites(A: Sentence[], B: Sentence[], a0: number, a1: number, b0: number, b1: number): Pair[] {
  if (a0 === a1 || b0 === b1) return [];
  const index = new Map<string, number[]>();
  const sizes: number[] = [];
  for (let a = a0; a < a1; a++) {
    const g = grams(A[a]!.key);
    sizes.push(g.size);
    for (const x of g) {
      const list = index.get(x);
      if (list) list.push(a);
      else index.set(x, [a]);
    }
  }
  const pairs: Pair[] = [];
  for (let b = b0; b < b1; b++) {
    const g = grams(B[b]!.key);
    const shared = new Map<number, number>();
    for (const x of g) for (const a of index.get(x) ?? []) shared.set(a, (shared.get(a) ?? 0) + 1);
    // Within one b, a descending: no two pairs of the same b end up in one chain (see below).
    const found: Pair[] = [];
    for (const [a, n] of shared) {
      const s = (2 * n) / (g.size + sizes[a - a0]!);
      if (s >= SIMILARITY) found.push({ a, b, s });
    }
    pairs.push(...found.sort((x, y) => y.a - x.a));
  }
  if (pairs.length === 0) return [];
  const n = a1 - a0;
  const tree = new Array<number>(n + 1).fill(0);
  const treeAt = new Array<number>(n + 1).fill(-1);
  const score = new Array<number>(pairs.length);
  const prev = new Array<number>(pairs.length);
  let bestEnd = -1;
  pairs.forEach((p, k) => {
    // Best chain ending at an a' < a (all processed pairs have b' ≤ b; same-b pairs have larger a').
    let best = 0;
    let at = -1;
    for (let i = p.a - a0; i > 0; i -= i & -i) {
      if (tree[i]! > best) {
        best = tree[i]!;
        at = treeAt[i]!;
      }
    }
    score[k] = best + p.s;
    prev[k] = at;
    for (let i = p.a - a0 + 1; i <= n; i += i & -i) {
      if (score[k] > tree[i]!) {
        tree[i] = score[k];
        treeAt[i] = k;
      }
    }
    if (bestEnd < 0 || score[k] > score[bestEnd]!) bestEnd = k;
  });
  const chain: Pair[] = [];
  for (let k = bestEnd; k >= 0; k = prev[k]!) chain.push(pairs[k]!);
  return chain.reverse();
}

export function alignSentences(A: Sentence[], B: Sentence[]): Alignment {
  const matchOfB = new Array<Row | undefined>(B.length);
  const matchedA = new Array<boolean>(A.length).fill(false);
  /** Gaps between identical runs, in order: [a0, a1, b0, b1]. */
  const gaps: [number, number, number, number][] = [];
  let a = 0;
  let b = 0;
  let gap: [number, number, number, number] | undefined;
  for (const part of diffArrays(
    A.map((s) => s.key),
    B.map((s) => s.key),
  )) {
    if (!part.added && !part.removed) {
      if (gap) gaps.push(gap);
      gap = undefined;
      for (let k = 0; k < part.count; k++, a++, b++) {
        matchOfB[b] = { status: 'same', a, b, moved: false };
        matchedA[a] = true;
      }
      continue;
    }
    gap ??= [a, a, b, b];
    if (part.removed) a += part.count;
    else b += part.count;
    gap[1] = a;
    gap[3] = b;
  }
  if (gap) gaps.push(gap);

  const chains = gaps.map(([a0, a1, b0, b1]) => rewrites(A, B, a0, a1, b0, b1));
  for (const chain of chains) {
    for (const p of chain) {
      matchOfB[p.b] = { status: 'changed', a: p.a, b: p.b, similarity: p.s };
      matchedA[p.a] = true;
    }
  }

  // Sentences of B left over: moved (identical elsewhere), cut from a longer sentence of A, or added.
  const byKey = new Map<string, number[]>();
  A.forEach((s, i) => {
    const list = byKey.get(s.key);
    if (list) list.push(i);
    else byKey.set(s.key, [i]);
  });
  const joinedA = A.map((s) => s.key).join('');
  const startOfA: number[] = [];
  let offset = 0;
  for (const s of A) {
    startOfA.push(offset);
    offset += s.key.length;
  }
  const sentenceAt = (pos: number) => {
    let lo = 0;
    let hi = A.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (startOfA[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  B.forEach((s, i) => {
    if (matchOfB[i]) return;
    const same = byKey.get(s.key);
    if (same) {
      const free = same.find((k) => !matchedA[k]) ?? same[0]!;
      matchedA[free] = true;
      matchOfB[i] = { status: 'same', a: free, b: i, moved: true };
      return;
    }
    const at = s.key ? joinedA.indexOf(s.key) : -1;
    if (at >= 0) {
      const k = sentenceAt(at);
      matchOfB[i] = { status: 'changed', a: k, b: i, similarity: similarity(A[k]!.key, s.key) };
      matchedA[k] = true;
      return;
    }
    matchOfB[i] = { status: 'added', b: i };
  });

  // Reading order: B in order; A's unmatched sentences of a gap before the B sentence they precede.
  const rows: Row[] = [];
  const counts: Record<Status, number> = { same: 0, changed: 0, added: 0, removed: 0 };
  const push = (r: Row) => {
    rows.push(r);
    counts[r.status]++;
  };
  const removedUpTo = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (!matchedA[k]) push({ status: 'removed', a: k });
  };
  let nextB = 0;
  gaps.forEach(([a0, a1, b0, b1], g) => {
    for (; nextB < b0; nextB++) push(matchOfB[nextB]!);
    let ai = a0;
    for (const p of chains[g]!) {
      removedUpTo(ai, p.a);
      for (; nextB <= p.b; nextB++) push(matchOfB[nextB]!);
      ai = p.a + 1;
    }
    removedUpTo(ai, a1);
    for (; nextB < b1; nextB++) push(matchOfB[nextB]!);
  });
  for (; nextB < B.length; nextB++) push(matchOfB[nextB]!);
  return { rows, counts };
}

export interface CharPiece {
  text: string;
  op: 'keep' | 'insert' | 'delete';
}

/** Character diff of a rewrite (jsdiff): the kept and inserted pieces spell B, kept and deleted spell A. */
export function charDiff(a: string, b: string): CharPiece[] {
  return diffChars(a, b).map((c) => ({ text: c.value, op: c.added ? 'insert' : c.removed ? 'delete' : 'keep' }));
}
