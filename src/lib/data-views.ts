/**
 * Build-time data shared by the data pages and endpoints, computed once per build from the content
 * collection: targets, outcomes, plan indicators, the corpus dictionary, distinctive terms and each
 * document's set phrases and text file.
 */
import type { ParsedDocument } from '../parser/model.ts';
import type { CharTable } from '../search/text.ts';
import type { DocumentText } from '../document-text/model.ts';
import { documentText } from './document-text.ts';
import { allDocuments } from './site.ts';
import { extractTargets, type TargetRecord } from './targets.ts';
import { pairTargetsWithOutcomes, type TargetOutcome } from './outcomes.ts';
import { extractIndicators, type IndicatorRow } from './indicators.ts';
import { buildLedger, type Ledger } from './ledger/ledger.ts';
import { corpusDictionary, distinctiveTerms, documentPhrases, documentWords, type DistinctiveTerm } from './distinctive.ts';
import { policyTerms, termDocumentFrequency, termRuns } from './policy-terms.ts';

export interface DataViews {
  docs: ParsedDocument[];
  reports: ParsedDocument[];
  targets: TargetRecord[];
  outcomes: TargetOutcome[];
  indicators: IndicatorRow[];
  /** The target ledger: indicators × regions and years, outcomes judged (/targets/, /data/ledger.csv). */
  ledger: Ledger;
  distinctive: Map<string, DistinctiveTerm[]>;
  /** Per document: [phrase, count, quoted] (see src/document-text/model.ts). */
  phrases: Map<string, [string, number, 0 | 1][]>;
  /** Search's trad→simp table for the corpus (how /terms/ folds at build time). */
  charTable: CharTable;
  /** A document's text file (/data/text/<id>.json), built once per document for every view that needs it. */
  textOf: (doc: ParsedDocument) => DocumentText;
}

let cached: Promise<DataViews> | undefined;

export function dataViews(): Promise<DataViews> {
  cached ??= (async () => {
    const docs = await allDocuments();
    // Reports oldest first so tables and charts read left to right in time.
    const reports = docs
      .filter((d) => d.kind === 'report')
      .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id));
    const dictionary = corpusDictionary(docs);
    const words = docs.map((d) => documentWords(d, dictionary));
    const runs = docs.map((d, k) => termRuns(words[k]!, d.region));
    const df = termDocumentFrequency(runs);
    const phrases = new Map(docs.map((d, k) => [d.id, documentPhrases(d, words[k]!, dictionary, policyTerms(runs[k]!, df, words[k]!))]));
    const texts = new Map<string, DocumentText>();
    const textOf = (d: ParsedDocument): DocumentText => {
      let text = texts.get(d.id);
      if (!text) texts.set(d.id, (text = documentText(d, phrases.get(d.id) ?? [])));
      return text;
    };
    const targets = reports.flatMap(extractTargets);
    const outcomes = pairTargetsWithOutcomes(docs);
    return {
      docs,
      reports,
      targets,
      outcomes,
      ledger: buildLedger(reports, targets, outcomes),
      indicators: docs.filter((d) => d.kind === 'plan').flatMap(extractIndicators),
      distinctive: distinctiveTerms(words, docs, 200),
      phrases,
      charTable: dictionary.table,
      textOf,
    };
  })();
  return cached;
}
