/**
 * One Lighthouse run (mobile defaults: simulated slow 4G, 4× CPU slowdown, phone viewport) against a
 * Chromium on `port`, judged against the site's minimums: performance 95 (bench only: it follows the
 * machine's load), accessibility, best practices and SEO 100 (tests). Failures name the audits that
 * cost points.
 */
import lighthouse from 'lighthouse';

type Result = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];
export const MINIMUM: Record<string, number> = { performance: 0.95, accessibility: 1, 'best-practices': 1, seo: 1 };
export const DETERMINISTIC_CATEGORIES = ['accessibility', 'best-practices', 'seo'];

export interface LighthouseRun {
  scores: Record<string, number>;
  failures: string[];
  lhr: Result;
}

export async function lighthouseRun(port: number, url: string, categories: string[]): Promise<LighthouseRun> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: categories });
  if (!result) throw new Error(`no Lighthouse result for ${url}`);
  const lhr = result.lhr;
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
  const scores: Record<string, number> = {};
  const failures: string[] = [];
  for (const id of categories) {
    const category = lhr.categories[id]!;
    scores[id] = Math.round((category.score ?? 0) * 100);
    if ((category.score ?? 0) >= MINIMUM[id]!) continue;
    const costly = category.auditRefs
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${ref.id}${lhr.audits[ref.id]!.displayValue ? ` (${lhr.audits[ref.id]!.displayValue})` : ''}`);
    failures.push(`${id} ${scores[id]} < ${MINIMUM[id]! * 100}: ${costly.join(', ')}`);
  }
  return { scores, failures, lhr };
}
