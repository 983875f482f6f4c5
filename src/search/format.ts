/**
 * The exact search index: its files, their types and the binary codec of its shards, declared once for the
 * indexer (scripts/lib/search-build.ts), the browser (search/engine.ts) and the tests.
 *
 * dist/search-index/
 *   manifest.zjson            JSON SearchManifest: version, trad→simp table, documents, shard starts
 *   <version>/s/<i>.zbin      shard i: the positions of every bigram with a key in [shards[i], shards[i+1])
 *   <version>/p/<k>.zjson     JSON PageEntry[] for pages k·pageChunk … (k+1)·pageChunk − 1
 *   <version>/u/<n>.zjson     JSON TextUnit: unit n, a run of consecutive segments of one page (≤ UNIT_CHARS)
 *
 * Every file is gzip-compressed by the indexer and inflated by the browser (DecompressionStream). The
 * extensions are deliberately not .gz, which some servers label Content-Encoding: gzip (the browser would
 * then inflate it before the script does).
 *
 * Pages are numbered in result order (newest year first, then document, then URL), so a document's pages
 * are consecutive and the manifest only needs each document's page count. A shard is a sequence of
 * bigram entries, all numbers unsigned LEB128 varints:
 *   keyDelta (from the previous key in the shard, the first from 0), pageCount,
 *   then per page: pageDelta (from the previous page, the first from 0), positionCount,
 *                  positionDeltas (from the previous position, the first from 0)
 * A position is the UTF-16 offset of the bigram in the page's compact text (see search/grams.ts).
 */

export interface DocEntry {
  id: string;
  title: string;
  kind: string;
  region: string;
  year: string;
  /** Number of indexed pages of the document (its pages follow the previous document's). */
  pages: number;
}

export interface SearchManifest {
  /** Folder of this build's shards, page chunks and units (a hash of their content). */
  version: string;
  /** Trad→simp pairs (see charTable). */
  t2s: string;
  docs: DocEntry[];
  /** First key of every shard, ascending. */
  shards: number[];
  /** Pages per page-table chunk. */
  pageChunk: number;
}

export interface PageEntry {
  url: string;
  title: string;
  breadcrumb: string;
  /** Global number of the page's first text unit. */
  unit: number;
  /** Compact-text offset where each of the page's units starts (the first is 0). */
  unitStarts: number[];
}

/** Consecutive segments of one page: their anchors and displayed texts. */
export interface TextUnit {
  anchors: Array<string | null>;
  texts: string[];
}

export const INDEX_DIR = 'search-index';
export const MANIFEST_FILE = 'manifest.zjson';
/** A unit is cut after the segment that brings it to this many characters (so an excerpt costs ~1–3 KiB). */
export const UNIT_CHARS = 600;
export const PAGE_CHUNK = 64;
/** A shard is closed once its encoded entries reach this many bytes (before gzip); one bigram may exceed it. */
export const SHARD_BYTES = 12_000;

export const shardPath = (version: string, i: number) => `${version}/s/${i}.zbin`;
export const pageChunkPath = (version: string, k: number) => `${version}/p/${k}.zjson`;
export const unitPath = (version: string, n: number) => `${version}/u/${n}.zjson`;

/** Positions of one bigram: per page number, ascending offsets. */
export type Postings = Map<number, number[]>;

/** Appends varints to a growing byte buffer (keys reach 2^42, so no 32-bit bit operations). */
export class VarintWriter {
  bytes = new Uint8Array(64);
  length = 0;
  push(n: number): void {
    if (this.length + 8 > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    while (n >= 128) {
      this.bytes[this.length++] = (n % 128) + 128;
      n = Math.floor(n / 128);
    }
    this.bytes[this.length++] = n;
  }
  append(other: VarintWriter): void {
    for (let i = 0; i < other.length; i += 8) {
      const chunk = Math.min(8, other.length - i);
      if (this.length + chunk > this.bytes.length) {
        const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + other.length));
        grown.set(this.bytes);
        this.bytes = grown;
      }
      this.bytes.set(other.bytes.subarray(i, i + chunk), this.length);
      this.length += chunk;
    }
  }
  view(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }
}

/** Decodes a shard into key → postings, keeping only keys in [lo, hi). */
export function decodeShard(bytes: Uint8Array, lo = 0, hi = Infinity): Map<number, Postings> {
  let i = 0;
  const next = (): number => {
    let n = 0;
    let scale = 1;
    for (;;) {
      if (i >= bytes.length) throw new Error('search index: truncated shard');
      const b = bytes[i++]!;
      n += (b & 127) * scale;
      if (b < 128) return n;
      scale *= 128;
    }
  };
  const out = new Map<number, Postings>();
  let key = 0;
  while (i < bytes.length) {
    key += next();
    const keep = key >= lo && key < hi;
    const postings: Postings = new Map();
    let page = 0;
    for (let pages = next(); pages > 0; pages--) {
      page += next();
      const n = next();
      const positions = keep ? new Array<number>(n) : null;
      let pos = 0;
      for (let j = 0; j < n; j++) {
        pos += next();
        if (positions) positions[j] = pos;
      }
      if (positions) postings.set(page, positions);
    }
    if (keep) out.set(key, postings);
  }
  return out;
}

/** The shard that holds `key`: the last shard starting at or before it (-1 when before every shard). */
export function shardOf(shards: readonly number[], key: number): number {
  let lo = 0;
  let hi = shards.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (shards[mid]! <= key) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
