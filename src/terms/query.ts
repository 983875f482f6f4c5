/**
 * The terms of a /terms/ URL: `?t=新质生产力,低空经济` (also ，；; or spaces between terms, or several
 * `t` parameters). A term in quotation marks (“…” or "…") is taken whole, separators included, so any
 * phrase can be linked.
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

/**
 * The /terms/ URL of one term (quoted when it holds a separator). Only characters that mean something
 * in a URL are escaped; Chinese stays readable (browsers encode it when following the link).
 */
export function termsHref(term: string): string {
  const value = /[,，;；\s]/u.test(term) ? `“${term}”` : term;
  return `/terms/?t=${value.replace(/[%&#+?=/\\"'<>\s\p{Cc}]/gu, (c) => encodeURIComponent(c))}`;
}
