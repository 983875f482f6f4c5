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
 * Measured on 2026-11-30 after issues 16–22 landed (Chromium 156, ×1 build of the seeds): KiB the server
 * sent and requests made on arrival, by the page and by its workers (Pagefind's, the comparison's).
 * Then issue 21's best excerpts: linked search 161.5 → 169.0 KiB and 37 → 41 requests (the fragments the
 * excerpts need beyond each first hit), the search styles +0.1–0.2 KiB, fragments' heading marks (terms ?t +0.9).
 * Then the citations' edition date and own RIS IDs (the reading script computes a place's ID): reading
 * pages +0.2–0.3 KiB.
 */
export const MEASURED: Record<string, { kib: number; requests: number }> = {
  home: { kib: 6.5, requests: 3 },
  landing: { kib: 19.1, requests: 7 },
  'plan chapter': { kib: 39.8, requests: 9 },
  'report part': { kib: 22.3, requests: 7 },
  law: { kib: 27.9, requests: 7 },
  news: { kib: 20.8, requests: 7 },
  digest: { kib: 24.3, requests: 7 },
  glossary: { kib: 24.9, requests: 7 },
  search: { kib: 13.1, requests: 8 },
  targets: { kib: 32.8, requests: 6 },
  terms: { kib: 39.1, requests: 12 },
  compare: { kib: 72.7, requests: 7 },
  data: { kib: 10.9, requests: 4 },
  guide: { kib: 11.5, requests: 3 },
  'linked search': { kib: 169.0, requests: 41 },
  'compare ?a&b pre-rendered': { kib: 74.7, requests: 10 },
  'compare ?a&b in the browser': { kib: 71.8, requests: 10 },
  'terms ?t': { kib: 360.4, requests: 33 },
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
