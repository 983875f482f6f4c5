/**
 * One representative page of each page type, found in the built site (not hard-coded ids): the
 * manifest says which document is a plan, a report, a law, news or a digest; the built folder says
 * which of their pages exist. Shared by the a11y and Lighthouse gates and the benchmark.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { docHref, previousPairHref } from '../../src/lib/navigation.ts';

export interface PageType {
  type: string;
  path: string;
  /** For a view rendered in the browser from its URL: a selector present once it has answered. */
  ready?: string;
}

/**
 * Views whose content comes from the query string, each with the selector that says it has answered:
 * the linked search, the comparison of the pre-rendered pair and of a pair rendered in the browser,
 * and the concordance. Judged by the same gates as the page types.
 */
export const LINKED_VIEWS: PageType[] = [
  {
    type: 'linked search',
    path: `/search/?q=${encodeURIComponent('新质生产力')}`,
    ready: '[data-result-count]:not([aria-busy="true"])',
  },
  {
    type: 'compare ?a&b pre-rendered',
    path: '/compare/?a=hunan-2024&b=hunan-2025',
    ready: '#comparison[data-a="hunan-2024"][data-b="hunan-2025"] [data-diff]',
  },
  {
    type: 'compare ?a&b in the browser',
    path: '/compare/?a=national-2024&b=hubei-2024',
    ready: '#comparison[data-a="national-2024"][data-b="hubei-2024"] [data-diff]',
  },
  {
    type: 'terms ?t',
    path: `/terms/?t=${encodeURIComponent('新质生产力')}`,
    ready: '#terms-results[data-terms]',
  },
];

/** Numeric-aware first sub-page of a document matching `prefix-N` (chapter-1 before chapter-10). */
function firstSub(dist: string, doc: string, prefix: string): string | null {
  const dir = join(dist, doc);
  if (!existsSync(dir)) return null;
  const subs = readdirSync(dir)
    .map((name) => ({ name, n: Number(name.slice(prefix.length + 1)) }))
    .filter(({ name, n }) => name.startsWith(`${prefix}-`) && Number.isInteger(n) && existsSync(join(dir, name, 'index.html')))
    .sort((a, b) => a.n - b.n);
  return subs[0] ? `${docHref(doc)}${subs[0].name}/` : null;
}

/** The first pre-rendered comparison page, /compare/<a>/<b>/. */
function firstPair(dist: string): string | null {
  const root = join(dist, 'compare');
  if (!existsSync(root)) return null;
  for (const a of readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()) {
    const b = readdirSync(join(root, a))
      .sort()
      .find((name) => existsSync(join(root, a, name, 'index.html')));
    if (b) return previousPairHref(a, b);
  }
  return null;
}

/** The guide page with the most HTML (the one a budget must hold), /guide/<slug>/. */
function largestGuidePage(dist: string): string | null {
  const root = join(dist, 'guide');
  if (!existsSync(root)) return null;
  const pages = readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(root, e.name, 'index.html')))
    .map((e) => ({ path: `/guide/${e.name}/`, size: statSync(join(root, e.name, 'index.html')).size }))
    .sort((a, b) => b.size - a.size || a.path.localeCompare(b.path));
  return pages[0]?.path ?? null;
}

export function pageTypes(dist: string, seedsDir = 'seeds'): { found: PageType[]; missing: string[] } {
  const manifest = JSON.parse(readFileSync(join(seedsDir, 'manifest.json'), 'utf8')) as { id: string; kind: string; shape: string }[];
  const has = (path: string) => existsSync(join(dist, path, 'index.html'));
  const first = (kind: string) => manifest.find((e) => e.kind === kind && has(docHref(e.id)))?.id;
  const plan = first('plan');
  const report = first('report');
  const law = first('law');
  const news = manifest.find((e) => e.shape === 'news' && has(docHref(e.id)))?.id;
  const digest = manifest.find((e) => e.shape === 'digest' && has(docHref(e.id)))?.id;
  const candidates: [string, string | null | undefined][] = [
    ['home', '/'],
    ['landing', plan ? docHref(plan) : report ? docHref(report) : null],
    ['plan chapter', plan ? firstSub(dist, plan, 'chapter') : null],
    ['report part', report ? firstSub(dist, report, 'part') : null],
    ['law', law ? docHref(law) : null],
    ['news', news ? docHref(news) : null],
    ['digest', digest ? docHref(digest) : null],
    ['glossary', plan ? `${docHref(plan)}glossary/` : null],
    ['search', '/search/'],
    ['targets', '/targets/'],
    ['terms', '/terms/'],
    ['compare', firstPair(dist)],
    ['data', '/data/'],
    ['guide', largestGuidePage(dist)],
  ];
  const found: PageType[] = [];
  const missing: string[] = [];
  for (const [type, path] of candidates) {
    if (path && has(path)) found.push({ type, path });
    else missing.push(`${type}${path ? ` (${path})` : ''}`);
  }
  return { found, missing };
}
