/**
 * The exact search in the browser: Pagefind (loaded from /pagefind/ at run time, only here) finds the
 * pages that have every n-gram of the query; each candidate's text file is fetched once and the query is
 * verified on it by plain substring search, which also gives the occurrence count, the first matching
 * paragraph and the excerpt. So the results are exactly the pages containing the query.
 */
import { queryGrams } from './search-grams.ts';
import { charTable, excerpt, matchSegments, normalizeText, parseQuery, type CharTable, type ExcerptPart, type Query } from './search-text.ts';

export const FILTER_KEYS = ['document', 'kind', 'region', 'year'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

export interface PageEntry {
  url: string;
  title: string;
  breadcrumb: string;
  document: string;
  kind: string;
  region: string;
  year: string;
  text: string;
}

interface Manifest {
  version: string;
  t2s: string;
  pages: PageEntry[];
}

interface PagefindResponse {
  results: unknown[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string, options?: { filters?: Record<string, string> }): Promise<PagefindResponse | null>;
}

interface PageText {
  anchors: Array<string | null>;
  texts: string[];
  normalized: string[];
}

export interface SearchResult {
  key: number;
  page: PageEntry;
  count: number;
  /** Anchor of the element holding the first match (null: top of the page). */
  anchor: string | null;
  excerpt: ExcerptPart[];
}

export interface SearchOutcome {
  query: Query;
  results: SearchResult[];
  /** Pages Pagefind proposed (before exact verification). */
  candidates: number;
}

export interface Engine {
  table: CharTable;
  pages: PageEntry[];
  search(raw: string, filters: Filters): Promise<SearchOutcome>;
}

const BASE = '/pagefind/';

async function gunzipJson<T>(res: Response): Promise<T> {
  if (!res.ok || !res.body) throw new Error(`${res.url}: HTTP ${res.status}`);
  const stream = res.body.pipeThrough(new DecompressionStream('gzip'));
  return JSON.parse(await new Response(stream).text()) as T;
}

export async function loadEngine(): Promise<Engine> {
  const [manifest, pagefind] = await Promise.all([
    fetch(`${BASE}exact/pages.pf_json`).then((r) => {
      if (!r.ok) throw new Error(`search index missing (${r.status})`);
      return gunzipJson<Manifest>(r);
    }),
    import(/* @vite-ignore */ `${BASE}pagefind.js`) as Promise<Pagefind>,
  ]);
  await pagefind.options({ basePath: BASE });
  // Loads the filter index, so that each response reports which pages (filter "page") it holds.
  await pagefind.filters();
  const table = charTable(manifest.t2s);
  const texts = new Map<number, Promise<PageText>>();
  const textOf = (key: number): Promise<PageText> => {
    let t = texts.get(key);
    if (!t) {
      const entry = manifest.pages[key]!;
      t = fetch(`${BASE}exact/t/${entry.text}`)
        .then((r) => gunzipJson<{ anchors: Array<string | null>; texts: string[] }>(r))
        .then((body) => ({ ...body, normalized: body.texts.map((s) => normalizeText(s, table)) }));
      t.catch(() => texts.delete(key));
      texts.set(key, t);
    }
    return t;
  };

  async function search(raw: string, filters: Filters): Promise<SearchOutcome> {
    const query = parseQuery(raw, table);
    if (query.terms.length === 0) return { query, results: [], candidates: 0 };
    const active: Record<string, string> = {};
    for (const k of FILTER_KEYS) if (filters[k]) active[k] = filters[k]!;
    const response = await pagefind.search(queryGrams(query.terms).join(' '), { filters: active });
    const keys = Object.entries(response?.filters['page'] ?? {})
      .filter(([, n]) => n > 0)
      .map(([k]) => Number(k))
      .filter((k) => {
        const p = manifest.pages[k];
        return p !== undefined && FILTER_KEYS.every((f) => !active[f] || p[f] === active[f]);
      })
      .sort((a, b) => a - b);
    const checked = await Promise.all(
      keys.map(async (key): Promise<SearchResult | null> => {
        const text = await textOf(key);
        const match = matchSegments(text.normalized, query);
        if (!match) return null;
        const seg = match.first.segment;
        return {
          key,
          page: manifest.pages[key]!,
          count: match.count,
          anchor: text.anchors[seg] ?? null,
          excerpt: excerpt(text.texts[seg]!, text.normalized[seg]!, query.terms, match.first.start),
        };
      }),
    );
    return { query, results: checked.filter((r): r is SearchResult => r !== null), candidates: keys.length };
  }

  return { table, pages: manifest.pages, search };
}
