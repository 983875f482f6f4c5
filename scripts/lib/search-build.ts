/**
 * Builds the exact-search index of a built site (its format: src/search/format.ts): the reading pages (the
 * ground truth of the tests comes from the same function), the traditional→simplified table, the
 * positional bigram shards, the page table chunks and the text units. One pass over the pages, then one
 * over the sorted bigram keys: linear in the text.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { charTable, compact, normalizeText } from '../../src/search/text.ts';
import { SEGMENT_END, bigramKey } from '../../src/search/grams.ts';
import { tradToSimpPairs } from '../../src/search/t2s.ts';
import {
  INDEX_DIR,
  MANIFEST_FILE,
  PAGE_CHUNK,
  SHARD_BYTES,
  UNIT_CHARS,
  VarintWriter,
  pageChunkPath,
  shardPath,
  unitPath,
  type DocEntry,
  type PageEntry,
  type SearchManifest,
  type TextUnit,
} from '../../src/search/format.ts';
import { readingPage, type ReadingPage } from './search-html.ts';

/** Moved to src/search/t2s.ts (the build uses it too); re-exported for the indexer's callers and tests. */
export { tradToSimpPairs };

export interface BuiltPage {
  url: string;
  file: string;
  lang: string;
  reading: ReadingPage;
}

function htmlFiles(dir: string, skip: string, out: string[] = []): string[] {
  // Accumulate into one array: spreading a subtree's results overflows the stack past ~250,000 files.
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (p !== skip) htmlFiles(p, skip, out);
    } else if (e.name.endsWith('.html')) out.push(p);
  }
  return out;
}

/** dist/a/b/index.html → /a/b/ ; dist/404.html → /404.html */
export function urlOf(dist: string, file: string): string {
  const rel = relative(dist, file).split(sep).join('/');
  return '/' + (rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
}

const collator = new Intl.Collator('en', { numeric: true });

/** Every page of `dist` with a data-pagefind-body, newest year first, then by document and URL. */
export function readBuiltPages(dist: string): BuiltPage[] {
  const pages: BuiltPage[] = [];
  for (const file of htmlFiles(dist, join(dist, INDEX_DIR))) {
    const html = readFileSync(file, 'utf8');
    // Most built pages are not reading pages (compare, data views): skip them without parsing.
    if (!html.includes('data-pagefind-body')) continue;
    const reading = readingPage(html, file);
    if (!reading) continue;
    const lang = (/<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? 'unknown').toLowerCase();
    pages.push({ url: urlOf(dist, file), file, lang, reading });
  }
  const first = (p: BuiltPage, k: string) => p.reading.filters[k]?.[0] ?? '';
  return pages.sort(
    (a, b) =>
      first(b, 'year').localeCompare(first(a, 'year')) ||
      first(a, 'document').localeCompare(first(b, 'document')) ||
      collator.compare(a.url, b.url),
  );
}

/** One bigram's postings while indexing: the encoded page entries, their number and the last page. */
interface Growing {
  entries: VarintWriter;
  pages: number;
  lastPage: number;
}

export interface SearchIndex {
  manifest: SearchManifest;
  /** Paths relative to dist/search-index/, gzipped contents. */
  files: Array<{ path: string; content: Buffer }>;
  /** Figures for the build log. */
  stats: { pages: number; units: number; shards: number; bigrams: number; positions: number };
}

const gz = (s: string | Uint8Array) => gzipSync(s, { level: 9 });

/** Every character of the pages' normalised reading text (what the trad→simp table may map to). */
export function corpusChars(pages: readonly BuiltPage[]): Set<string> {
  const corpus = new Set<string>();
  for (const p of pages) for (const s of p.reading.segments) for (const ch of normalizeText(s.text)) corpus.add(ch);
  return corpus;
}

/** `t2s` defaults to the table for the pages' own characters (tests pass a fixed one). */
export function buildSearchIndex(pages: readonly BuiltPage[], t2s = tradToSimpPairs(corpusChars(pages))): SearchIndex {
  const table = charTable(t2s);
  const grams = new Map<number, Growing>();
  const bodies: Array<{ path: (version: string) => string; content: Buffer }> = [];
  const docs: DocEntry[] = [];
  let chunk: PageEntry[] = [];
  let units = 0;
  let positions = 0;
  const flushChunk = (k: number) => {
    const content = gz(JSON.stringify(chunk));
    bodies.push({ path: (v) => pageChunkPath(v, k), content });
    chunk = [];
  };
  pages.forEach((p, pageNo) => {
    const f = (k: string) => p.reading.filters[k]?.[0] ?? '';
    const last = docs[docs.length - 1];
    if (last && last.id === f('document')) last.pages++;
    else
      docs.push({
        id: f('document'),
        title: (p.reading.meta['breadcrumb'] ?? '').split(' › ')[0] || f('document'),
        kind: f('kind'),
        region: f('region'),
        year: f('year'),
        pages: 1,
      });
    // The page's compact text, its units, and the positions of its bigrams.
    const unitStarts: number[] = [];
    const firstUnit = units;
    let unit: TextUnit = { anchors: [], texts: [] };
    let unitChars = 0;
    const closeUnit = () => {
      if (unit.texts.length === 0) return;
      const n = units++;
      bodies.push({ path: (v) => unitPath(v, n), content: gz(JSON.stringify(unit)) });
      unit = { anchors: [], texts: [] };
      unitChars = 0;
    };
    const local = new Map<number, number[]>();
    let offset = 0;
    for (const seg of p.reading.segments) {
      if (unit.texts.length === 0) unitStarts.push(offset);
      unit.anchors.push(seg.anchor);
      unit.texts.push(seg.text);
      unitChars += seg.text.length;
      const text = compact(normalizeText(seg.text, table)).text + SEGMENT_END;
      for (let i = 0; i < text.length - 1;) {
        const a = text.codePointAt(i)!;
        const w = a > 0xffff ? 2 : 1;
        const b = text.codePointAt(i + w)!;
        const key = bigramKey(a, b);
        const at = local.get(key);
        if (at) at.push(offset + i);
        else local.set(key, [offset + i]);
        i += w;
      }
      offset += text.length;
      if (unitChars >= UNIT_CHARS) closeUnit();
    }
    closeUnit();
    for (const [key, at] of local) {
      let g = grams.get(key);
      if (!g) grams.set(key, (g = { entries: new VarintWriter(), pages: 0, lastPage: 0 }));
      g.entries.push(pageNo - g.lastPage);
      g.entries.push(at.length);
      let prev = 0;
      for (const pos of at) {
        g.entries.push(pos - prev);
        prev = pos;
      }
      g.pages++;
      g.lastPage = pageNo;
      positions += at.length;
    }
    chunk.push({
      url: p.url,
      title: p.reading.meta['title'] ?? p.url,
      breadcrumb: p.reading.meta['breadcrumb'] ?? '',
      unit: firstUnit,
      unitStarts,
    });
    if (chunk.length === PAGE_CHUNK) flushChunk(Math.floor(pageNo / PAGE_CHUNK));
  });
  if (chunk.length) flushChunk(Math.floor((pages.length - 1) / PAGE_CHUNK));
  // Shards: the bigrams in key order, cut every SHARD_BYTES.
  const keys = [...grams.keys()].sort((a, b) => a - b);
  const shards: number[] = [];
  let shard = new VarintWriter();
  let prevKey = 0;
  const closeShard = () => {
    if (shard.length === 0) return;
    const i = shards.length - 1;
    bodies.push({ path: (v) => shardPath(v, i), content: gz(shard.view()) });
    shard = new VarintWriter();
    prevKey = 0;
  };
  for (const key of keys) {
    const g = grams.get(key)!;
    if (shard.length === 0) shards.push(key);
    shard.push(key - prevKey);
    shard.push(g.pages);
    shard.append(g.entries);
    prevKey = key;
    if (shard.length >= SHARD_BYTES) closeShard();
  }
  closeShard();
  const hash = createHash('sha256').update(t2s).update(JSON.stringify(docs));
  for (const b of bodies) hash.update(b.content);
  const version = hash.digest('hex').slice(0, 12);
  const manifest: SearchManifest = { version, t2s, docs, shards, pageChunk: PAGE_CHUNK };
  const files = bodies.map((b) => ({ path: b.path(version), content: b.content }));
  files.push({ path: MANIFEST_FILE, content: gz(JSON.stringify(manifest)) });
  return { manifest, files, stats: { pages: pages.length, units, shards: shards.length, bigrams: keys.length, positions } };
}

export function writeSearchIndex(dist: string, files: SearchIndex['files']): void {
  const root = join(dist, INDEX_DIR);
  rmSync(root, { recursive: true, force: true });
  const made = new Set<string>();
  for (const f of files) {
    const path = join(root, f.path);
    const dir = dirname(path);
    if (!made.has(dir)) mkdirSync(dir, { recursive: true });
    made.add(dir);
    writeFileSync(path, f.content);
  }
}
