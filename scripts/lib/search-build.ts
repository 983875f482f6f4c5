/**
 * Builds the search index of a built site with Pagefind's Node API: the reading pages (the tests' ground
 * truth comes from the same function), the traditional→simplified table, and one Pagefind custom record per
 * text unit (a run of consecutive segments of one page, cut after unitChars() characters) whose words are
 * the character bigrams of search/words.ts. Linear in the text: one pass over the pages.
 *
 * Why text units and not pages or paragraphs (measured, README § Search): a Pagefind fragment carries its
 * record's whole content, and bigram words cost ~9 bytes a character, so page-sized records make the 20
 * results on screen weigh ~150 KiB; one record per paragraph makes the filter index (every record listed
 * under its document, kind, region, year and page) outgrow the word index at ×50. A unit of a few hundred
 * characters keeps both small, and its segments travel in its metadata for the excerpt and anchor.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';
import * as pagefind from 'pagefind';
import { charTable, compact, normalizeText } from '../../src/search/text.ts';
import { tradToSimpPairs } from '../../src/search/t2s.ts';
import { CODE_DIGITS, segmentWords } from '../../src/search/words.ts';
import {
  FOLD_FILE,
  PAGE_DIGITS,
  PREFIX_CHUNKS_FILE,
  SEARCH_DIR,
  orderKey,
  pageValue,
  unitUrl,
  type DocEntry,
  type Fold,
  type PrefixChunks,
  type UnitSegments,
} from '../../src/search/records.ts';
import { readingPage, type ReadingPage } from './search-html.ts';

/** Moved to src/search/t2s.ts (the build uses it too); re-exported for the indexer's callers and tests. */
export { tradToSimpPairs };

/**
 * A unit is cut after the segment that brings it to this many characters. Every record costs ~14 bytes at
 * start (Pagefind's metadata lists it, the page filter too) and a result shown costs its fragment, ~6.5
 * bytes a character (both measured, README § Search); the sum for the first 20 results is least when
 * records hold √(corpus characters × 14 / (20 × 6.5)) characters: ~150 at ×1, ~1,000 at ×50.
 */
export function unitChars(corpusChars: number): number {
  const forced = Number(process.env.SEARCH_UNIT_CHARS);
  if (forced > 0) return forced;
  return Math.min(2000, Math.max(150, Math.round(Math.sqrt((corpusChars * 14) / (20 * 6.5)))));
}
/**
 * Locations per index chunk (Pagefind's default is 20,000): a query loads the chunk of each of its words,
 * and bigram words are many and short, so smaller chunks mean fewer bytes for one word (measured: README).
 */
export const INDEX_CHUNK_LOCATIONS = Number(process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE) || 2_500;

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
  for (const file of htmlFiles(dist, join(dist, SEARCH_DIR))) {
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

/** Every character of the pages' normalised reading text (what the trad→simp table may map to). */
export function corpusChars(pages: readonly BuiltPage[]): Set<string> {
  const corpus = new Set<string>();
  for (const p of pages) for (const s of p.reading.segments) for (const ch of normalizeText(s.text)) corpus.add(ch);
  return corpus;
}

/** One Pagefind custom record: a text unit of one page. */
export type UnitRecord = Parameters<pagefind.PagefindIndex['addCustomRecord']>[0];

/** The records of the pages, in result order; `t2s` defaults to the table for the pages' own characters. */
export function unitRecords(pages: readonly BuiltPage[], t2s = tradToSimpPairs(corpusChars(pages))): { records: UnitRecord[]; fold: Fold } {
  if (pages.length >= 10 ** PAGE_DIGITS) throw new Error(`search index: ${pages.length} pages, the keys hold ${PAGE_DIGITS} digits`);
  const table = charTable(t2s);
  const unitSize = unitChars(pages.reduce((n, p) => n + p.reading.segments.reduce((m, s) => m + s.text.length, 0), 0));
  const records: UnitRecord[] = [];
  const docs: DocEntry[] = [];
  pages.forEach((p, pageNo) => {
    const f = (k: string) => p.reading.filters[k] ?? [];
    const id = f('document')[0] ?? '';
    if (!docs.some((d) => d.id === id))
      docs.push({
        id,
        title: (p.reading.meta['breadcrumb'] ?? '').split(' › ')[0] || id,
        kind: f('kind')[0] ?? '',
        region: f('region')[0] ?? '',
        year: f('year')[0] ?? '',
      });
    let unit: UnitSegments = [];
    let words: string[] = [];
    let chars = 0;
    let k = 0;
    const close = () => {
      if (unit.length === 0) return;
      records.push({
        // Pagefind keeps one record per URL: the unit's number within the page tells them apart.
        url: unitUrl(p.url, k++),
        content: words.join(' '),
        language: p.lang,
        meta: {
          title: p.reading.meta['title'] ?? p.url,
          breadcrumb: p.reading.meta['breadcrumb'] ?? '',
          segments: JSON.stringify(unit),
        },
        filters: {
          document: f('document'),
          kind: f('kind'),
          region: f('region'),
          year: f('year'),
          page: [pageValue(pageNo, f('document')[0] ?? '')],
        },
        sort: { order: orderKey(pageNo, records.length) },
      });
      unit = [];
      words = [];
      chars = 0;
    };
    for (const seg of p.reading.segments) {
      const text = compact(normalizeText(seg.text, table)).text;
      if (!text) continue; // whitespace only: nothing to find, nothing to show
      unit.push(seg.heading ? [seg.anchor, seg.text, 1] : [seg.anchor, seg.text]);
      words.push(...segmentWords(text));
      chars += seg.text.length;
      if (chars >= unitSize) close();
    }
    close();
  });
  return { records, fold: { t2s, docs } };
}

function check<T extends { errors: string[] }>(what: string, r: T): T {
  if (r.errors.length) throw new Error(`pagefind ${what}: ${r.errors.join('; ')}`);
  return r;
}

/** Writes the records with Pagefind into DIST/pagefind/, and the fold table beside them. */
export async function writeSearchIndex(dist: string, records: readonly UnitRecord[], fold: Fold): Promise<void> {
  const out = join(dist, SEARCH_DIR);
  rmSync(out, { recursive: true, force: true });
  // The Pagefind service is a child process: it reads the chunk size from its environment.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(INDEX_CHUNK_LOCATIONS);
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  for (const r of records) check(`record ${r.url}`, await index.addCustomRecord(r));
  check('write', await index.writeFiles({ outputPath: out }));
  await pagefind.close();
  // Pagefind's UI bundles are not used by any page: leave only the runtime and the index.
  for (const f of readdirSync(out)) if (/^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(f)) rmSync(join(out, f));
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, FOLD_FILE), JSON.stringify(fold));
  writeFileSync(join(out, PREFIX_CHUNKS_FILE), JSON.stringify(prefixChunks(indexChunks(out))));
}

/** The index chunks of a written bundle, [first word, last word], from Pagefind's metadata file. */
export function indexChunks(bundle: string): Array<[string, string]> {
  const file = readdirSync(bundle).find((f) => f.endsWith('.pf_meta'));
  if (!file) throw new Error(`search index: no .pf_meta in ${bundle}`);
  // A gzipped "pagefind_dcd" signature, then CBOR: [version, pages, chunks [from, to, hash], filters, sorts, meta fields].
  const raw = gunzipSync(readFileSync(join(bundle, file)));
  const SIGNATURE = 'pagefind_dcd';
  if (raw.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) throw new Error(`search index: ${file} has no ${SIGNATURE} signature`);
  const meta = decode(raw.subarray(SIGNATURE.length), { useMaps: false }) as unknown[];
  const chunks = meta[2];
  if (!Array.isArray(chunks) || !chunks.every((c) => Array.isArray(c) && typeof c[0] === 'string' && typeof c[1] === 'string'))
    throw new Error(`search index: ${file} does not list index chunks as Pagefind 1.6 does`);
  return (chunks as Array<[string, string, string]>).map(([from, to]) => [from, to]);
}

/** Per 4-digit prefix whose words span several chunks: the first word of each such chunk (as Pagefind abbreviates it). */
export function prefixChunks(chunks: ReadonlyArray<[string, string]>): PrefixChunks {
  const spans = new Map<string, string[]>();
  for (const [from, to] of chunks) {
    // Every prefix between the chunk's first and last word has words in it (or none at all: harmless).
    const lo = from.slice(0, CODE_DIGITS);
    const hi = to.slice(0, CODE_DIGITS);
    const prefixes = lo === hi ? [lo] : [lo, hi];
    for (const p of prefixes) (spans.get(p) ?? spans.set(p, []).get(p)!).push(from);
  }
  const out: PrefixChunks = {};
  for (const [p, froms] of spans) if (froms.length > 1) out[p] = froms;
  return out;
}
