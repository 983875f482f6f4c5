/**
 * The search query set and its ground truth, shared by the browser test and the benchmark: policy terms,
 * ASCII and mixed queries, their full-width and traditional forms, random 2–5 character substrings of
 * the corpus (fixed seed), AND queries, quoted phrases with spaces, queries that span the source's
 * whitespace, and queries that match nothing. The truth is a plain substring scan of the built pages'
 * reading text (extracted by the indexer's function, normalised by the search's normalisation), each
 * segment with its whitespace removed (whitespace is layout), segments joined by a line break (a match never
 * crosses a paragraph).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { charTable, normalizeText, parseQuery, type CharTable } from '../../src/search/text.ts';
import { FOLD_FILE, SEARCH_DIR, type Fold } from '../../src/search/records.ts';
import { readBuiltPages } from './search-build.ts';

export const POLICY_TERMS = [
  '新质生产力',
  '低空经济',
  '以旧换新',
  '人工智能+',
  '“两重”',
  '两新',
  '新型工业化',
  '乡村振兴',
  '碳达峰',
  '碳中和',
  '高质量发展',
  '共同富裕',
  '数字经济',
  '营商环境',
  '专精特新',
  '一带一路',
  '长江经济带',
  '中部地区崛起',
  '科技创新',
  '三高四新',
  '国家秘密',
  '保守国家秘密',
  '民营经济',
  '稳就业',
  '统一大市场',
  '未来产业',
  '粮食安全',
  '城市更新',
  '洞庭湖',
  '长株潭',
  '生态文明',
  '实体经济',
  '营商',
  '内需',
  '现代化产业体系',
  '中国式现代化',
  '安全发展',
  '养老',
  '托育',
  '文化旅游',
];
export const ASCII_TERMS = ['PM2.5', '5G', 'C919', '4×4', '4+4', 'GDP', 'AI', '1+2', '2025年', '10%', '5.6%', 'pm2.5', 'Gdp'];
export const AND_QUERIES = [
  '新质生产力 湖南',
  '低空经济 无人机',
  '乡村振兴 粮食',
  '科技 创新 人才',
  '以旧换新 汽车 家电',
  '国家秘密 保密',
  '营商环境 民营',
  '人工智能+ 制造',
  '湖南 湖北 全国',
  '长江 洞庭湖',
  '"新质生产力" 因地制宜',
];
/** One character: a prefix search over every bigram that starts with it, common and rare. */
export const SINGLE_CHARACTERS = ['湘', '发', '的', '，', '5', 'g', '鄂'];
export const NO_MATCH = ['量子引力波', 'xyzzy', '新质生产力力', '的的的的', '湖南 xyzzy', '"湖南 xyzzy"'];
/** Queries across whitespace of the source: 总  则 (the law's 第一章 heading), spaced phrases, one filtered. */
export const WHITESPACE_QUERIES = ['总则', '第一章总则', '"总 则"', '"第 一 章"'];

/** Deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FULL_WIDTH = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

export interface Truth {
  url: string;
  count: number;
  anchor: string | null;
}

export interface Corpus {
  table: CharTable;
  /** `normalized`: each segment normalised; `joined`: the segments without whitespace, joined by "\n". */
  pages: Array<{
    url: string;
    anchors: Array<string | null>;
    /** Per segment: a heading or a label (search/reading.ts). */
    headings: boolean[];
    normalized: string[];
    joined: string;
    filters: Record<string, string[]>;
  }>;
  /** Pages containing every term of the query, with occurrence counts and the first match's anchor. */
  truth(raw: string, filters?: Record<string, string>): Truth[];
}

export function loadCorpus(dist: string): Corpus {
  const fold = JSON.parse(readFileSync(join(dist, SEARCH_DIR, FOLD_FILE), 'utf8')) as Fold;
  const table = charTable(fold.t2s);
  const pages = readBuiltPages(dist).map((p) => {
    const normalized = p.reading.segments.map((s) => normalizeText(s.text, table));
    const joined = normalized.map((t) => t.replace(/\s+/g, '')).join('\n');
    return {
      url: p.url,
      anchors: p.reading.segments.map((s) => s.anchor),
      headings: p.reading.segments.map((s) => s.heading === true),
      normalized,
      joined,
      filters: p.reading.filters,
    };
  });
  const truth = (raw: string, filters: Record<string, string> = {}): Truth[] => {
    const { terms } = parseQuery(raw, table);
    if (terms.length === 0) return [];
    const out: Truth[] = [];
    for (const p of pages) {
      if (Object.entries(filters).some(([k, v]) => !p.filters[k]?.includes(v))) continue;
      if (!terms.every((t) => p.joined.includes(t))) continue;
      const count = terms.reduce((n, t) => n + p.joined.split(t).length - 1, 0);
      const first = Math.min(...terms.map((t) => p.joined.indexOf(t)));
      const segment = p.joined.slice(0, first).split('\n').length - 1;
      out.push({ url: p.url, count, anchor: p.anchors[segment] ?? null });
    }
    return out;
  };
  return { table, pages, truth };
}

export interface QuerySet {
  label: string;
  query: string;
}

/** At least 100 queries of every kind, deterministic for a given corpus. */
export function buildQuerySet(corpus: Corpus, randomCount = 40, seed = 20250305): QuerySet[] {
  const set: QuerySet[] = [];
  const add = (label: string, query: string) => {
    if (!set.some((q) => q.query === query)) set.push({ label, query });
  };
  for (const q of POLICY_TERMS) add('policy', q);
  for (const q of ASCII_TERMS) add('ascii', q);
  for (const q of ASCII_TERMS) add('full-width', FULL_WIDTH(q));
  add('full-width', '人工智能＋');
  const toTrad = OpenCC.Converter({ from: 'cn', to: 'tw' });
  for (const q of POLICY_TERMS.slice(0, 20)) add('traditional', toTrad(q));
  for (const q of AND_QUERIES) add('and', q);
  for (const q of SINGLE_CHARACTERS) add('single', q);
  for (const q of NO_MATCH) add('none', q);
  for (const q of WHITESPACE_QUERIES) add('whitespace', q);
  add('literal-quotes', '"“两重”"');
  const random = rng(seed);
  const texts = corpus.pages.flatMap((p) => p.normalized).filter((t) => t.length >= 5);
  for (let n = 0; n < randomCount && texts.length;) {
    const text = texts[Math.floor(random() * texts.length)]!;
    const len = 2 + Math.floor(random() * 4);
    const at = Math.floor(random() * (text.length - len + 1));
    const piece = text.slice(at, at + len);
    if (/^\s|\s$|[\ud800-\udfff]/.test(piece)) continue;
    add('random', piece);
    n++;
  }
  // Phrases with a space inside, quoted, from the corpus.
  const spaced = texts.filter((t) => /\S \S/.test(t));
  for (let n = 0; n < 4 && spaced.length; n++) {
    const text = spaced[Math.floor(random() * spaced.length)]!;
    const at = text.indexOf(' ', Math.floor(random() * text.length));
    const i = at < 0 ? text.indexOf(' ') : at;
    add('phrase', `"${text.slice(Math.max(0, i - 3), i + 4).trim()}"`);
  }
  // The same, unquoted and with the space left out: found across the source's whitespace.
  for (let n = 0; n < 6 && spaced.length; n++) {
    const text = spaced[Math.floor(random() * spaced.length)]!;
    const at = text.indexOf(' ', Math.floor(random() * text.length));
    const i = at < 0 ? text.indexOf(' ') : at;
    const piece = text.slice(Math.max(0, i - 2), i + 3).replace(/\s+/g, '');
    if (piece.length >= 2) add('whitespace', piece);
  }
  return set;
}
