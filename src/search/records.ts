/**
 * The shape of our Pagefind records, declared once for the indexer (scripts/lib/search-build.ts), the
 * search engine in the browser (search/engine.ts) and the tests: where the bundle lives, the keys of the
 * filters and the sort, and the metadata a record carries.
 *
 * Records are text units (consecutive segments of one page). Besides the reader's filters (document, kind,
 * region, year), every record has a `page` filter (the page's number in result order, zero-padded, and its document) and an
 * `order` sort key (page number, then unit): a search sorted by `order` lists the records page by page, and
 * its `page` filter counts say how many of them each page holds, so the records are grouped into pages
 * without loading a single fragment.
 */

export const SEARCH_DIR = 'pagefind';
/** The traditional→simplified table and the page count, written beside Pagefind's bundle. */
export const FOLD_FILE = 'fold.json';
export interface Fold {
  /** Trad→simp pairs (see charTable). */
  t2s: string;
  /** Per document (in result order): title and the values of the reader's filters. */
  docs: DocEntry[];
}

export interface DocEntry {
  id: string;
  title: string;
  kind: string;
  region: string;
  year: string;
}

/**
 * For a 1-character query (a 4-digit prefix, search/words.ts): the index chunks holding words that begin
 * with it, when there are several. Pagefind loads the one chunk whose range holds the prefix itself, so
 * the other chunks are loaded first by searching their first words (as Pagefind's metadata lists them).
 */
export const PREFIX_CHUNKS_FILE = 'prefix-chunks.json';
export type PrefixChunks = Record<string, string[]>;

export const FILTER_KEYS = ['document', 'kind', 'region', 'year'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;
export const PAGE_FILTER = 'page';
/** 同段 / 同句 or the whole page (search/scope.ts). */
export type Scope = 'page' | 'paragraph' | 'sentence';
export const SCOPES: readonly Scope[] = ['page', 'paragraph', 'sentence'];
export const ORDER_SORT = 'order';

export const PAGE_DIGITS = 6;
const UNIT_DIGITS = 9;
export const pageKey = (page: number) => String(page).padStart(PAGE_DIGITS, '0');
/** The `page` filter value: page number and document (so a page's document is known without a fragment). */
export const pageValue = (page: number, doc: string) => `${pageKey(page)} ${doc}`;
export function parsePageValue(value: string): { page: number; doc: string } {
  const space = value.indexOf(' ');
  return { page: Number(value.slice(0, space)), doc: value.slice(space + 1) };
}
/** Page number, then the record's global number: ascending = result order, reading order within a page. */
export const orderKey = (page: number, record: number) => pageKey(page) + String(record).padStart(UNIT_DIGITS, '0');

/** A record's URL: its page's URL and the unit's number in the page (Pagefind keeps one record per URL). */
export const unitUrl = (page: string, unit: number) => `${page}#${unit}`;
export const pageUrlOf = (recordUrl: string) => recordUrl.replace(/#\d+$/, '');

/** A unit's segments, each [anchor, displayed text], headings and labels marked 1 (meta `segments`, JSON). */
export type UnitSegments = Array<[anchor: string | null, text: string, heading?: 1]>;

/** The metadata of a record as Pagefind returns it. */
export interface UnitMeta {
  title: string;
  breadcrumb: string;
  segments: string;
}
