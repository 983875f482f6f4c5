/**
 * The terms of a /terms/ URL: `?t=新质生产力,低空经济` (also ，；; or spaces between terms, or several
 * `t` parameters). A term in quotation marks (“…” or "…") is taken whole, separators included, so any
 * phrase can be linked (the URL of one term: termsHref in src/lib/navigation.ts).
 */
export const MAX_TERMS = 8;

export function parseTerms(values: readonly string[]): string[] {
  const out: string[] = [];
  for (const value of values) {
    for (const m of value.matchAll(/“([^”]*)”|"([^"]*)"|([^,，;；\s“"]+)/gu)) {
      const term = (m[1] ?? m[2] ?? m[3] ?? '').trim();
      if (term) out.push(term);
    }
  }
  return [...new Set(out)].slice(0, MAX_TERMS);
}
