/**
 * The reading-order number of a paragraph id (p-96 → 96); undefined for any other id. One rule for the
 * number a reader sees beside a paragraph (self-link.ts), the citation's 第N段 (client/citation.ts) and a
 * search excerpt's 第N段 (client/search-page.ts).
 */
export function paragraphNumber(id: string | null | undefined): number | undefined {
  const m = /^p-(\d+)$/.exec(id ?? '');
  return m ? Number(m[1]) : undefined;
}
