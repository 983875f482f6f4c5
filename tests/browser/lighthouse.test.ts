/**
 * Lighthouse (mobile defaults: simulated slow 4G and CPU slowdown, phone viewport) with the system
 * Chromium on home, a plan chapter, the search page, /targets/, and the comparison and concordance
 * views opened with a query: performance ≥ 95, accessibility,
 * best practices and SEO 100. A failure lists the audits that cost points.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from '../../scripts/lib/chromium.ts';
import { BASE_URL } from './helpers.ts';
import { pageTypes } from '../../scripts/lib/page-types.ts';

/** Every page type the site has (scripts/lib/page-types.ts), each judged by its representative page. */
const WANTED = [
  'home',
  'landing',
  'plan chapter',
  'report part',
  'law',
  'news',
  'digest',
  'glossary',
  'search',
  'targets',
  'terms',
  'compare',
  'data',
];
/** Views whose content comes from the query string (rendered or checked in the browser). */
const WITH_QUERY = [
  { type: 'compare', path: `/compare/?a=hunan-2024&b=hunan-2025` },
  { type: 'terms', path: `/terms/?t=${encodeURIComponent('新质生产力')}` },
  { type: 'linked search', path: `/search/?q=${encodeURIComponent('新质生产力')}` },
];
/** Runs per page; the median run (by performance score) is judged. */
const RUNS = 3;
type Result = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];
const MINIMUM: Record<string, number> = { performance: 0.95, accessibility: 1, 'best-practices': 1, seo: 1 };

const { found } = pageTypes(process.env.DIST ?? 'dist');
let chrome: chromeLauncher.LaunchedChrome;
before(async () => {
  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
});
after(() => chrome.kill());

describe('Lighthouse, mobile', () => {
  for (const { type, target } of [
    ...WANTED.map((type) => ({ type, target: found.find((p) => p.type === type) })),
    ...WITH_QUERY.map((t) => ({ type: t.type, target: t })),
  ]) {
    it(`${type} ${target?.path ?? '(missing)'}`, async () => {
      assert.ok(target, `no ${type} page in the built site`);
      // Performance scores vary from run to run on a shared 2-core machine (the same page scored 93 and
      // 99 minutes apart). As Lighthouse CI does, judge the median of several runs, never the best one.
      const runs: Result[] = [];
      for (let i = 0; i < RUNS; i++) {
        const result = await lighthouse(BASE_URL + target.path, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: Object.keys(MINIMUM),
        });
        assert.ok(result, 'no Lighthouse result');
        assert.equal(result.lhr.runtimeError, undefined, result.lhr.runtimeError?.message ?? '');
        runs.push(result.lhr);
      }
      const score = (r: Result) => r.categories.performance?.score ?? 0;
      const lhr = [...runs].sort((x, y) => score(x) - score(y))[Math.floor(runs.length / 2)]!;
      const failures: string[] = [];
      for (const [id, minimum] of Object.entries(MINIMUM)) {
        const category = lhr.categories[id]!;
        if ((category.score ?? 0) >= minimum) continue;
        const costly = category.auditRefs
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${ref.id}${lhr.audits[ref.id]!.displayValue ? ` (${lhr.audits[ref.id]!.displayValue})` : ''}`);
        failures.push(`${id} ${Math.round((category.score ?? 0) * 100)} < ${minimum * 100}: ${costly.join(', ')}`);
      }
      assert.deepEqual(failures, []);
    });
  }
});
