/**
 * The performance budgets, in one place: what `npm test` holds each page type and linked view to
 * (tests/browser/budgets.test.ts) and what `npm run bench` prints beside its measurements. Only units
 * that a busy or slow machine cannot change: bytes received and requests made on arrival (Chromium, no
 * throttling, gzip as a static host serves text; the larger of 375 and 1280 px), plus rules that hold for
 * every page: nothing render-blocking but the page's own CSS, layout shift 0, no task with more than
 * 50 ms of script CPU time (scripts/lib/page-load.ts).
 *
 * MEASURED is today's figure for each view (`node scripts/bench-pages.ts` prints them); the budget is
 * that figure plus MARGIN. A change that makes a page heavier on purpose updates its figure here, in the
 * same commit, so the growth is visible in review.
 */
export const KIB = 1024;

/** Headroom over today's figures: 10 % of the bytes (at least 2 KiB) and 2 requests. */
export const MARGIN = { bytesRatio: 0.1, bytesMin: 2 * KIB, requests: 2 };

/**
 * Measured on 2026-11-30 (Chromium 156, ×1 build of the seeds): KiB received and requests on arrival.
 * Reading pages (landing, plan chapter, report part, law, news, digest, glossary) re-measured after issue 21's paragraph
 * numbers, paragraph bar, citation templates and phone reading bar (+~2.3 KiB: CSS 0.9, script 1.0, HTML 0.4).
 */
export const MEASURED: Record<string, { kib: number; requests: number }> = {
  home: { kib: 6.3, requests: 3 },
  landing: { kib: 19.8, requests: 7 },
  'plan chapter': { kib: 41.1, requests: 10 },
  'report part': { kib: 23.0, requests: 7 },
  law: { kib: 28.7, requests: 7 },
  news: { kib: 21.5, requests: 7 },
  digest: { kib: 25.1, requests: 7 },
  glossary: { kib: 25.6, requests: 7 },
  search: { kib: 13.4, requests: 7 },
  targets: { kib: 34.0, requests: 7 },
  terms: { kib: 39.3, requests: 13 },
  compare: { kib: 67.9, requests: 7 },
  data: { kib: 10.0, requests: 4 },
  'linked search': { kib: 81.5, requests: 31 },
  'compare ?a&b pre-rendered': { kib: 67.9, requests: 7 },
  'compare ?a&b in the browser': { kib: 114.5, requests: 9 },
  'terms ?t': { kib: 275.7, requests: 27 },
};

export interface Budget {
  bytes: number;
  requests: number;
}

export const BUDGETS: Record<string, Budget> = Object.fromEntries(
  Object.entries(MEASURED).map(([type, m]) => [
    type,
    {
      bytes: Math.ceil(m.kib * KIB + Math.max(m.kib * KIB * MARGIN.bytesRatio, MARGIN.bytesMin)),
      requests: m.requests + MARGIN.requests,
    },
  ]),
);
