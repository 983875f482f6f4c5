/**
 * The exact search over the positional index (format: search/format.ts), shared by the search page and the
 * tests. A term occurs at a position when the bigrams of its cover (search/grams.ts) occur at the right
 * offsets from it, so matching, counting and the first hit are decided from positions alone; text units are
 * loaded only for the results on screen, to show their excerpts and anchors. Every file goes through
 * `load`, so the browser fetches and the tests read dist/ with the same code.
 */
import { firstCharRange, termCover } from './grams.ts';
import {
  decodeShard,
  shardOf,
  pageChunkPath,
  shardPath,
  unitPath,
  type DocEntry,
  type PageEntry,
  type Postings,
  type SearchManifest,
  type TextUnit,
} from './format.ts';
import { charTable, compact, excerpt, normalizeText, parseQuery, type CharTable, type ExcerptPart, type Query } from './text.ts';

export const FILTER_KEYS = ['document', 'kind', 'region', 'year'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;
const DOC_FIELD: Record<FilterKey, keyof DocEntry> = { document: 'id', kind: 'kind', region: 'region', year: 'year' };

/** A file of the index, gunzipped; `path` is relative to the index folder. */
export type Loader = (path: string) => Promise<Uint8Array>;

export interface PageHit {
  page: number;
  /** Occurrences of all terms on the page. */
  count: number;
  /** Compact-text offset of the first occurrence of any term. */
  first: number;
}

export interface Matches {
  query: Query;
  /** Matching pages in result order. */
  hits: PageHit[];
  occurrences: number;
}

export interface SearchResult {
  page: number;
  entry: PageEntry;
  doc: DocEntry;
  count: number;
  /** Anchor of the element holding the first match (null: top of the page). */
  anchor: string | null;
  excerpt: ExcerptPart[];
}

/** Shards fetched at once while a long term is matched (it stops early once nothing is left). */
const BATCH = 8;

const decoder = new TextDecoder();
const json = <T>(bytes: Uint8Array) => JSON.parse(decoder.decode(bytes)) as T;

export class SearchIndex {
  readonly table: CharTable;
  /** First page number of each document. */
  private readonly docStart: number[] = [];
  private readonly shards = new Map<number, Promise<Map<number, Postings>>>();
  private readonly chunks = new Map<number, Promise<PageEntry[]>>();
  private readonly units = new Map<number, Promise<TextUnit>>();

  readonly manifest: SearchManifest;
  private readonly load: Loader;

  constructor(manifest: SearchManifest, load: Loader) {
    this.manifest = manifest;
    this.load = load;
    this.table = charTable(manifest.t2s);
    let n = 0;
    for (const d of manifest.docs) {
      this.docStart.push(n);
      n += d.pages;
    }
  }

  static async open(load: Loader, manifestPath: string): Promise<SearchIndex> {
    return new SearchIndex(json<SearchManifest>(await load(manifestPath)), load);
  }

  /** Pages allowed by the filters, as [from, to) ranges of page numbers (null: all). */
  private allowed(filters: Filters): Array<[number, number]> | null {
    const active = FILTER_KEYS.filter((k) => filters[k]);
    if (active.length === 0) return null;
    const ranges: Array<[number, number]> = [];
    this.manifest.docs.forEach((d, i) => {
      if (active.every((k) => d[DOC_FIELD[k]] === filters[k])) ranges.push([this.docStart[i]!, this.docStart[i]! + d.pages]);
    });
    return ranges;
  }

  /** The filter values no document has (a link from an older build, a typo): the page says so. */
  unknownFilters(filters: Filters): FilterKey[] {
    return FILTER_KEYS.filter((k) => filters[k] && !this.manifest.docs.some((d) => d[DOC_FIELD[k]] === filters[k]));
  }

  docOf(page: number): DocEntry {
    let lo = 0;
    let hi = this.docStart.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.docStart[mid]! <= page) lo = mid;
      else hi = mid - 1;
    }
    return this.manifest.docs[lo]!;
  }

  private cached<T>(cache: Map<number, Promise<T>>, n: number, make: () => Promise<T>): Promise<T> {
    let p = cache.get(n);
    if (!p) {
      p = make();
      p.catch(() => cache.delete(n));
      cache.set(n, p);
    }
    return p;
  }

  private shard(i: number): Promise<Map<number, Postings>> {
    return this.cached(this.shards, i, async () => decodeShard(await this.load(shardPath(this.manifest.version, i))));
  }

  /** Start positions of `term` per page (ascending), restricted to `pages` when given. */
  private async termStarts(term: string, pages: ReadonlySet<number> | null): Promise<Map<number, number[]>> {
    const cps = Array.from(term);
    const keep = (page: number) => !pages || pages.has(page);
    if (cps.length === 1) {
      // Every character starts a bigram (segments end with a marker): the union of the bigrams c·x.
      const [lo, hi] = firstCharRange(cps[0]!.codePointAt(0)!);
      const from = Math.max(0, shardOf(this.manifest.shards, lo));
      const to = shardOf(this.manifest.shards, hi - 1);
      const starts = new Map<number, number[]>();
      if (to < 0) return starts;
      const loaded = await Promise.all(Array.from({ length: to - from + 1 }, (_, k) => this.shard(from + k)));
      for (const shard of loaded) {
        for (const [key, postings] of shard) {
          if (key < lo || key >= hi) continue;
          for (const [page, at] of postings) if (keep(page)) (starts.get(page) ?? starts.set(page, []).get(page)!).push(...at);
        }
      }
      for (const at of starts.values()) at.sort((a, b) => a - b);
      return starts;
    }
    const cover = termCover(term);
    let candidates: Map<number, number[]> | null = null;
    for (let b = 0; b < cover.length; b += BATCH) {
      const batch = cover.slice(b, b + BATCH);
      const shards = await Promise.all(
        batch.map((g) => this.shard(shardOf(this.manifest.shards, g.key)).catch(() => new Map<number, Postings>())),
      );
      for (let k = 0; k < batch.length; k++) {
        const { key, offset } = batch[k]!;
        const postings = shardOf(this.manifest.shards, key) < 0 ? undefined : shards[k]!.get(key);
        if (!postings) return new Map();
        const next = new Map<number, number[]>();
        if (candidates === null) {
          for (const [page, at] of postings)
            if (keep(page))
              next.set(
                page,
                at.map((p) => p - offset),
              );
        } else {
          for (const [page, starts] of candidates) {
            const at = postings.get(page);
            if (!at) continue;
            const set = new Set(at);
            const left = starts.filter((s) => set.has(s + offset));
            if (left.length) next.set(page, left);
          }
        }
        candidates = next;
        if (candidates.size === 0) return candidates;
      }
    }
    return candidates ?? new Map();
  }

  /** Every matching page with its exact count and first hit; nothing but index shards is loaded. */
  async match(raw: string, filters: Filters = {}): Promise<Matches> {
    const query = parseQuery(raw, this.table);
    const none: Matches = { query, hits: [], occurrences: 0 };
    if (query.terms.length === 0) return none;
    let pages: Set<number> | null = null;
    const ranges = this.allowed(filters);
    if (ranges) {
      pages = new Set();
      for (const [a, b] of ranges) for (let p = a; p < b; p++) pages.add(p);
      if (pages.size === 0) return none;
    }
    const perPage = new Map<number, PageHit>();
    for (const term of query.terms) {
      const starts = await this.termStarts(term, pages);
      if (starts.size === 0) return none;
      const next = new Map<number, PageHit>();
      for (const [page, at] of starts) {
        // Non-overlapping occurrences, left to right (as a reader counts them, and as indexOf does).
        let count = 0;
        let end = -1;
        for (const s of at) {
          if (s >= end) {
            count++;
            end = s + term.length;
          }
        }
        const prev = perPage.get(page);
        if (pages !== null && !pages.has(page)) continue;
        next.set(page, prev ? { page, count: prev.count + count, first: Math.min(prev.first, at[0]!) } : { page, count, first: at[0]! });
      }
      perPage.clear();
      for (const [k, v] of next) perPage.set(k, v);
      pages = new Set(next.keys());
    }
    const hits = [...perPage.values()].sort((a, b) => a.page - b.page);
    return { query, hits, occurrences: hits.reduce((n, h) => n + h.count, 0) };
  }

  private pageEntry(page: number): Promise<PageEntry> {
    const k = Math.floor(page / this.manifest.pageChunk);
    return this.cached(this.chunks, k, async () => json<PageEntry[]>(await this.load(pageChunkPath(this.manifest.version, k)))).then(
      (c) => c[page % this.manifest.pageChunk]!,
    );
  }

  private unit(n: number): Promise<TextUnit> {
    return this.cached(this.units, n, async () => json<TextUnit>(await this.load(unitPath(this.manifest.version, n))));
  }

  /** Title, anchor and excerpt of the hits shown: loads their page-table chunk and the one unit with the first hit. */
  async describe(query: Query, hits: readonly PageHit[]): Promise<SearchResult[]> {
    return Promise.all(
      hits.map(async (hit) => {
        const entry = await this.pageEntry(hit.page);
        let u = 0;
        while (u + 1 < entry.unitStarts.length && entry.unitStarts[u + 1]! <= hit.first) u++;
        const unit = await this.unit(entry.unit + u);
        let offset = entry.unitStarts[u]!;
        let anchor: string | null = null;
        let parts: ExcerptPart[] = [];
        for (let s = 0; s < unit.texts.length; s++) {
          const text = unit.texts[s]!;
          const normalized = normalizeText(text, this.table);
          const c = compact(normalized);
          if (hit.first < offset + c.text.length + 1) {
            anchor = unit.anchors[s] ?? null;
            parts = excerpt(text, normalized, query.terms, c.at[hit.first - offset] ?? 0);
            break;
          }
          offset += c.text.length + 1;
        }
        return { page: hit.page, entry, doc: this.docOf(hit.page), count: hit.count, anchor, excerpt: parts };
      }),
    );
  }
}
