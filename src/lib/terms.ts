/**
 * /terms/ at build time: the default terms, the order documents are listed in, and each document's
 * text file. Finding terms is src/terms/ (shared with the browser).
 */
import type { ParsedDocument } from '../parser/model.ts';
import { KIND_ORDER } from './site.ts';

/**
 * The terms /terms/ shows before a reader asks: three set phrases readers look for first. Their every
 * occurrence is pre-rendered, so the page's weight follows their frequency; a generic phrase such as
 * 高质量发展 (136 rows) made it 154 KiB and its first paint too slow on a phone.
 */
export const DEFAULT_TERMS = ['新质生产力', '低空经济', '以旧换新'];

/** Oldest first, then by kind (report, plan, law, news), then id: a stable reading order for charts and tables. */
export function byDateAndKind(a: ParsedDocument, b: ParsedDocument): number {
  const when = (d: ParsedDocument) => d.date ?? `${d.year}-99-99`;
  return when(a).localeCompare(when(b)) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.id.localeCompare(b.id);
}
