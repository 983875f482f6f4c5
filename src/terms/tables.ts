/**
 * /terms/ as tables and CSV, one code for the page's default terms (build time) and any query (browser):
 * the frequency table (per document: its facts, then per term the count and the rate per 10,000
 * characters, side by side) and the concordance records (one per occurrence, with the document's facts,
 * the page, the anchor URL, the smallest enclosing division's number and heading, and the context).
 */
import type { DocumentText } from '../document-text/model.ts';
import { per10k, type ConcordanceLine } from './concordance.ts';

type Doc = Pick<DocumentText, 'id' | 'title' | 'region' | 'date' | 'kind' | 'length'>;

export interface FrequencyRow {
  document: string;
  title: string;
  region: string;
  date: string | null;
  kind: string;
  /** Characters of reading text (the rate's base). */
  length: number;
  counts: number[];
  rates: number[];
  /** The first occurrence of each term, or null. */
  hrefs: (string | null)[];
}

/** lines[t][d]: occurrences of term t in document d. */
export function frequencyRows(terms: readonly string[], docs: readonly Doc[], lines: ConcordanceLine[][][]): FrequencyRow[] {
  return docs.map((d, k) => {
    const hits = terms.map((_, t) => lines[t]![k]!);
    return {
      document: d.id,
      title: d.title,
      region: d.region,
      date: d.date,
      kind: d.kind,
      length: d.length,
      counts: hits.map((h) => h.length),
      // Two decimals, as shown: the CSV and the table say the same figure.
      rates: hits.map((h) => Number(per10k(h.length, d).toFixed(2))),
      hrefs: hits.map((h) => h[0]?.href ?? null),
    };
  });
}

/** Header of the frequency CSV: the document's facts, then 次数 and 每万字 per term. */
export const frequencyHeader = (terms: readonly string[]): string[] => [
  'document',
  'title',
  'region',
  'date',
  'kind',
  'characters',
  ...terms.flatMap((t) => [`${t} count`, `${t} per 10000 characters`]),
];

export function frequencyRecords(rows: readonly FrequencyRow[]): (string | number | null)[][] {
  return rows.map((r) => [r.document, r.title, r.region, r.date, r.kind, r.length, ...r.counts.flatMap((c, k) => [c, r.rates[k]!])]);
}

export const CONCORDANCE_FIELDS = [
  'term',
  'document',
  'title',
  'region',
  'date',
  'kind',
  'page',
  'anchor',
  'divisionNumber',
  'divisionHeading',
  'left',
  'match',
  'right',
] as const;
export type ConcordanceRecord = Record<(typeof CONCORDANCE_FIELDS)[number], string | null>;

/** One record per occurrence, terms in order, documents in the page's order. `origin` makes URLs absolute. */
export function concordanceRecords(
  terms: readonly string[],
  docs: readonly Doc[],
  lines: ConcordanceLine[][][],
  origin: string,
): ConcordanceRecord[] {
  return terms.flatMap((term, t) =>
    docs.flatMap((d, k) =>
      lines[t]![k]!.map((x) => ({
        term,
        document: d.id,
        title: d.title,
        region: d.region,
        date: d.date,
        kind: d.kind,
        page: origin + x.page,
        anchor: origin + x.href,
        divisionNumber: x.division.number,
        divisionHeading: x.division.heading,
        left: x.left,
        match: x.match,
        right: x.right,
      })),
    ),
  );
}

/** A frequency row's data attributes: the document's facts, so a document not fetched keeps them (terms-page). */
export const frequencyRowAttributes = (r: FrequencyRow): Record<string, string> => ({
  'data-label': r.title,
  'data-doc': r.document,
  'data-region': r.region,
  'data-date': r.date ?? '',
  'data-kind': r.kind,
  'data-length': String(r.length),
});
