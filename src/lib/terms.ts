/**
 * /terms/ at build time: the default terms, the order documents are listed in, and each document's
 * text file. Finding terms is src/terms/ (shared with the browser).
 */
import type { ParsedDocument } from '../parser/model.ts';
import { KIND_ORDER } from './site.ts';

/** A default view: terms that mark this period's policy language. */
export const DEFAULT_TERMS = ['新质生产力', '高质量发展', '低空经济', '人工智能', '乡村振兴'];

/** Oldest first, then by kind (report, plan, law, news), then id: a stable reading order for charts and tables. */
export function byDateAndKind(a: ParsedDocument, b: ParsedDocument): number {
  const when = (d: ParsedDocument) => d.date ?? `${d.year}-99-99`;
  return when(a).localeCompare(when(b)) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.id.localeCompare(b.id);
}
