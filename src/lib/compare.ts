/**
 * /compare/ at build time: which pairs are pre-rendered. Only "the previous report of the same region"
 * of each report (at most one page per document, so the page set grows linearly); any other pair is
 * rendered in the browser from the two documents' text files. The comparison itself is src/compare/.
 */
import type { ParsedDocument } from '../parser/model.ts';

/** The latest report of the same region delivered before `doc`, if any. */
export function previousReport(doc: ParsedDocument, docs: ParsedDocument[]): ParsedDocument | undefined {
  if (doc.kind !== 'report' || !doc.date) return undefined;
  return docs
    .filter((d) => d.kind === 'report' && d.region === doc.region && d.date && d.date < doc.date! && d.id !== doc.id)
    .sort((x, y) => y.date!.localeCompare(x.date!) || x.id.localeCompare(y.id))[0];
}

/** Every [previous, report] pair, newest report first. */
export function previousReportPairs(docs: ParsedDocument[]): [ParsedDocument, ParsedDocument][] {
  return docs
    .filter((d) => d.kind === 'report')
    .sort((x, y) => (y.date ?? '').localeCompare(x.date ?? '') || x.id.localeCompare(y.id))
    .flatMap((b) => {
      const a = previousReport(b, docs);
      return a ? [[a, b] as [ParsedDocument, ParsedDocument]] : [];
    });
}
