/**
 * Which documents contain a term, asked of Pagefind (the search index), for the concordance: /terms/ then
 * fetches the text of those documents only, so its requests follow the term's occurrences, not the number of
 * documents. The term is matched as search matches a quoted phrase (normalised, whitespace ignored).
 */
import { SearchEngine } from './engine.ts';
import { compact, normalizeText, type CharTable } from './text.ts';

export interface TermDocuments {
  /** Search's trad→simp table (the concordance folds as search does). */
  table: CharTable;
  /** Per term (in the order given): the ids of the documents that contain it. */
  documents: Array<Set<string>>;
}

let engine: Promise<SearchEngine> | null = null;

export async function termDocuments(terms: readonly string[]): Promise<TermDocuments> {
  engine ??= SearchEngine.open();
  const e = await engine.catch((err: unknown) => {
    engine = null;
    throw err;
  });
  const documents = await Promise.all(
    terms.map(async (t) => {
      const term = compact(normalizeText(t, e.table)).text;
      if (!term) return new Set<string>();
      const m = await e.matchQuery({ terms: [term] });
      return new Set(m.hits.map((h) => h.doc));
    }),
  );
  return { table: e.table, documents };
}
