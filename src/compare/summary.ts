/**
 * The summary an analyst reads first: counts per part of B (a review of last year reads very
 * differently from this year's tasks), the headings renamed, added and dropped, and the passages of B
 * that changed most. Everything here is read off the alignment's rows, so it agrees with the text view.
 */
import type { Alignment, Row } from './align.ts';
import { charDiff } from './diff.ts';
import type { Sentence } from './sentences.ts';

export type Tally = 'same' | 'changed' | 'moved' | 'added' | 'promise' | 'removed';
export const TALLIES: Tally[] = ['same', 'changed', 'moved', 'added', 'promise', 'removed'];

export interface PartSummary {
  /** Sentence index of the part's heading in B, -1 for text before the first part. */
  heading: number;
  title: string;
  review: boolean;
  counts: Record<Tally, number>;
}

export const tallyOf = (row: Row): Tally =>
  row.status === 'changed'
    ? row.moved
      ? 'moved'
      : 'changed'
    : row.status === 'added' && row.promise !== undefined
      ? 'promise'
      : row.status;

/**
 * The part of B each row is shown in (the heading's sentence index, -1 before the first part): a sentence
 * of A left out is shown in the part of the sentence of B before it. The counts per part and the CSV read it.
 */
export function partsOfRows(al: Alignment): number[] {
  let current = -1;
  return al.rows.map((row) => (row.status === 'removed' ? current : (current = al.partOfB[row.b]!)));
}

/** A part's title as the view names it: its heading, or 卷首 for what stands before the first one. */
export const partTitle = (B: Sentence[], heading: number): string => (heading < 0 ? '卷首' : B[heading]!.text.trim());

/** Counts per part of B; a sentence of A left out counts in the part of B where it is shown. */
export function partSummaries(al: Alignment, B: Sentence[]): PartSummary[] {
  const parts = new Map<number, PartSummary>();
  const partOf = partsOfRows(al);
  for (const [i, row] of al.rows.entries()) {
    const current = partOf[i]!;
    let part = parts.get(current);
    if (!part) {
      const counts = Object.fromEntries(TALLIES.map((t) => [t, 0])) as Record<Tally, number>;
      const title = partTitle(B, current);
      part = { heading: current, title, review: row.status !== 'removed' && al.reviewB[row.b]!, counts };
      parts.set(current, part);
    }
    part.counts[tallyOf(row)]++;
  }
  return [...parts.values()];
}

export interface HeadingChange {
  kind: 'renamed' | 'added' | 'dropped';
  /** Sentence indexes of the heading in A and B (-1 where it has none). */
  a: number;
  b: number;
}

/**
 * Headings of B changed against A, added or dropped, as the text view pairs them (src/compare/align.ts
 * pairs headings by number under parents whose titles agree): a paired heading is renamed when its
 * wording changed (a changed figure alone — 2024年 → 2025年 — is a change too).
 */
export function headingChanges(al: Alignment, A: Sentence[], B: Sentence[]): HeadingChange[] {
  const out: HeadingChange[] = [];
  const partnered = new Set<number>();
  for (const row of al.rows) {
    if (row.status === 'removed' || B[row.b]!.depth <= 0 || (row.b > 0 && B[row.b - 1]!.unit === B[row.b]!.unit)) continue;
    if ((row.status === 'changed' || row.status === 'same') && A[row.a]!.depth > 0) {
      partnered.add(row.a);
      if (row.status === 'changed') out.push({ kind: 'renamed', a: row.a, b: row.b });
    } else out.push({ kind: 'added', a: -1, b: row.b });
  }
  A.forEach((s, a) => {
    if (s.depth > 0 && !partnered.has(a) && (a === 0 || A[a - 1]!.unit !== s.unit)) out.push({ kind: 'dropped', a, b: -1 });
  });
  return out;
}

export interface Passage {
  /** Unit of B (its paragraph) and how many of its characters are new: inserted in rewrites or added. */
  unit: number;
  firstSentence: number;
  newChars: number;
  totalChars: number;
  changedSentences: number;
}

/** Paragraphs of B by how many of their characters are new, most first. */
export function biggestPassages(al: Alignment, A: Sentence[], B: Sentence[], limit = 10): Passage[] {
  const byUnit = new Map<number, Passage>();
  for (const row of al.rows) {
    if (row.status === 'removed') continue;
    const s = B[row.b]!;
    const p = byUnit.get(s.unit) ?? { unit: s.unit, firstSentence: row.b, newChars: 0, totalChars: 0, changedSentences: 0 };
    byUnit.set(s.unit, p);
    const length = s.key.length;
    p.totalChars += length;
    if (row.status === 'added') {
      p.newChars += length;
      p.changedSentences++;
    } else if (row.status === 'changed') {
      const old = A.slice(row.a, row.aEnd + 1)
        .map((x) => x.text)
        .join('');
      p.newChars += charDiff(old, s.text)
        .filter((x) => x.op === 'insert')
        .reduce((n, x) => n + x.text.replace(/\s+/gu, '').length, 0);
      p.changedSentences++;
    }
  }
  return [...byUnit.values()]
    .filter((p) => p.newChars > 0)
    .sort((x, y) => y.newChars - x.newChars || x.unit - y.unit)
    .slice(0, limit);
}
