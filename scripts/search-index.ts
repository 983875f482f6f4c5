/**
 * Post-build: the search index of dist/ with Pagefind (dist/pagefind/): one custom record per text unit of
 * each reading page, its words the character bigrams of src/search/words.ts (see README § Search).
 *
 * `node scripts/search-index.ts [DIST]` (default dist); `--stock` writes stock Pagefind (its own HTML
 * indexing of the same pages) into DIST/pagefind instead, only for the comparison of scripts/bench-search.ts.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { readBuiltPages, unitRecords, writeSearchIndex } from './lib/search-build.ts';

/** Stock Pagefind over the same reading pages (for comparison only). */
export async function indexStock(dist: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  rmSync(join(dist, 'pagefind'), { recursive: true, force: true });
  const added = await index.addDirectory({ path: dist });
  if (added.errors.length) throw new Error(`pagefind add: ${added.errors.join('; ')}`);
  const w = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
  if (w.errors.length) throw new Error(`pagefind write: ${w.errors.join('; ')}`);
  await pagefind.close();
  return { pages: added.page_count };
}

export async function indexExact(dist: string) {
  const pages = readBuiltPages(dist);
  if (pages.length === 0) throw new Error(`search index: no page of ${dist} has data-pagefind-body`);
  const { records, fold } = unitRecords(pages);
  await writeSearchIndex(dist, records, fold);
  return { pages: pages.length, records: records.length, t2s: Array.from(fold.t2s).length / 2 };
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const dist = args.find((a) => !a.startsWith('--')) ?? 'dist';
  const started = performance.now();
  if (args.includes('--stock')) {
    const r = await indexStock(dist);
    console.log(`stock search index: ${r.pages} pages in ${(performance.now() - started).toFixed(0)} ms`);
  } else {
    const r = await indexExact(dist);
    console.log(
      `search index (Pagefind): ${r.pages} pages as ${r.records} text-unit records, ${r.t2s} trad→simp pairs, in ${(performance.now() - started).toFixed(0)} ms`,
    );
  }
}
