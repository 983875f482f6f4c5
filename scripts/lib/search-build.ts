/**
 * Builds the exact-search data from a built site: the reading pages (the ground truth of the tests comes
 * from the same function), the traditional→simplified table, the Pagefind records (character n-grams) and
 * the per-page text files the browser verifies candidates against (all gzipped JSON).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as OpenCC from 'opencc-js';
import { charTable, normalizeText, type CharTable } from '../../src/client/search-text.ts';
import { pageGrams } from '../../src/client/search-grams.ts';
import { readingPage, type ReadingPage } from './search-html.ts';

/** Where the exact-search files go, inside Pagefind's bundle folder. */
export const EXACT_DIR = 'pagefind/exact';
/** The page table and trad→simp table, gzipped like Pagefind's own files (the browser inflates it). */
export const MANIFEST_FILE = 'pages.pf_json';

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
  for (const file of htmlFiles(dist, join(dist, 'pagefind'))) {
    const html = readFileSync(file, 'utf8');
    const reading = readingPage(html, file);
    if (!reading) continue;
    const lang = (/<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? 'unknown').toLowerCase();
    pages.push({ url: urlOf(dist, file), file, lang, reading });
  }
  const first = (p: BuiltPage, k: string) => p.reading.filters[k]?.[0] ?? '';
  return pages.sort(
    (a, b) => first(b, 'year').localeCompare(first(a, 'year')) || first(a, 'document').localeCompare(first(b, 'document')) || collator.compare(a.url, b.url),
  );
}

const CJK_RANGES: Array<[number, number]> = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
  [0x20000, 0x2a6df],
];

/**
 * Traditional (and variant) characters → the simplified character the corpus uses, one character to one,
 * limited to targets that occur in the corpus and to keys that do not (so the corpus text is never changed
 * by the table, and a character the corpus itself uses is never folded into another).
 */
export function tradToSimpPairs(corpusChars: ReadonlySet<string>): string {
  const all: string[] = [];
  for (const [lo, hi] of CJK_RANGES) for (let cp = lo; cp <= hi; cp++) all.push(String.fromCodePoint(cp));
  const source = all.join('\n');
  const converted = (['t', 'tw', 'hk'] as const).map((from) => OpenCC.Converter({ from, to: 'cn' })(source).split('\n'));
  let pairs = '';
  all.forEach((t, i) => {
    if (corpusChars.has(t)) return;
    for (const conv of converted) {
      const s = conv[i];
      if (s && s !== t && Array.from(s).length === 1 && s.length === t.length && corpusChars.has(s)) {
        pairs += t + s;
        return;
      }
    }
  });
  return pairs;
}

/** What the browser loads once: the page table and the character table. */
export interface ExactManifest {
  version: string;
  /** Trad→simp pairs (see charTable). */
  t2s: string;
  pages: Array<{ url: string; title: string; breadcrumb: string; document: string; kind: string; region: string; year: string; text: string }>;
}

/** One page's text file: its segments' anchors and displayed texts. */
export interface PageText {
  anchors: Array<string | null>;
  texts: string[];
}

export interface ExactIndex {
  manifest: ExactManifest;
  records: Array<{ url: string; content: string; language: string; meta: Record<string, string>; filters: Record<string, string[]> }>;
  files: Array<{ path: string; content: Buffer }>;
  table: CharTable;
}

export function buildExactIndex(pages: readonly BuiltPage[]): ExactIndex {
  const corpus = new Set<string>();
  for (const p of pages) for (const s of p.reading.segments) for (const ch of normalizeText(s.text)) corpus.add(ch);
  const t2s = tradToSimpPairs(corpus);
  const table = charTable(t2s);
  const records: ExactIndex['records'] = [];
  const files: ExactIndex['files'] = [];
  const entries: ExactManifest['pages'] = [];
  pages.forEach((p, key) => {
    const texts = p.reading.segments.map((s) => s.text);
    const normalized = texts.map((t) => normalizeText(t, table));
    const filters = { ...p.reading.filters, page: [String(key)] };
    records.push({ url: p.url, content: [...pageGrams(normalized)].join(' '), language: p.lang, meta: { ...p.reading.meta }, filters });
    const body: PageText = { anchors: p.reading.segments.map((s) => s.anchor), texts };
    const content = gzipSync(JSON.stringify(body), { level: 9 });
    const name = `${key}-${createHash('sha256').update(content).digest('hex').slice(0, 10)}.pf_text`;
    files.push({ path: `t/${name}`, content });
    const f = (k: string) => p.reading.filters[k]?.[0] ?? '';
    entries.push({
      url: p.url,
      title: p.reading.meta['title'] ?? p.url,
      breadcrumb: p.reading.meta['breadcrumb'] ?? '',
      document: f('document'),
      kind: f('kind'),
      region: f('region'),
      year: f('year'),
      text: name,
    });
  });
  const version = createHash('sha256').update(JSON.stringify(entries)).update(t2s).digest('hex').slice(0, 12);
  const manifest: ExactManifest = { version, t2s, pages: entries };
  files.push({ path: MANIFEST_FILE, content: gzipSync(JSON.stringify(manifest), { level: 9 }) });
  return { manifest, records, files, table };
}

export function writeExactFiles(dist: string, files: ExactIndex['files']): void {
  for (const f of files) {
    const path = join(dist, EXACT_DIR, f.path);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, f.content);
  }
}
