/**
 * Post-build: the exact search index of dist/. Pagefind (Node API) indexes each reading page as a custom
 * record whose words are the character unigrams and bigrams of its normalised reading text, with the
 * page's meta (title, breadcrumb) and filters (document, kind, region, year, plus its page number); beside
 * the bundle, dist/pagefind/exact/ holds the page table with the trad→simp table, and one text file per
 * page (gzipped JSON), which the search page fetches only for candidates to verify them exactly.
 *
 * `node scripts/search-index.ts [DIST]` (default dist); `--stock` writes stock Pagefind instead (for the
 * comparison in scripts/bench-search.ts).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { buildExactIndex, readBuiltPages, writeExactFiles } from './lib/search-build.ts';

function check<T extends { errors: string[] }>(what: string, r: T): T {
  if (r.errors.length) throw new Error(`pagefind ${what}: ${r.errors.join('; ')}`);
  return r;
}

export async function indexExact(dist: string): Promise<{ pages: number; words: number; t2s: number }> {
  const pages = readBuiltPages(dist);
  if (pages.length === 0) throw new Error(`search index: no page of ${dist} has data-pagefind-body`);
  const exact = buildExactIndex(pages);
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  let words = 0;
  for (const record of exact.records) words += check(`record ${record.url}`, await index.addCustomRecord(record)).file.uniqueWords;
  rmSync(join(dist, 'pagefind'), { recursive: true, force: true });
  check('write', await index.writeFiles({ outputPath: join(dist, 'pagefind') }));
  await pagefind.close();
  writeExactFiles(dist, exact.files);
  return { pages: pages.length, words, t2s: exact.table.size };
}

/** Stock Pagefind over the same HTML, as the site shipped before (for comparison only). */
export async function indexStock(dist: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  rmSync(join(dist, 'pagefind'), { recursive: true, force: true });
  const added = check('add', await index.addDirectory({ path: dist }));
  check('write', await index.writeFiles({ outputPath: join(dist, 'pagefind') }));
  await pagefind.close();
  return { pages: added.page_count };
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
    console.log(`search index: ${r.pages} pages, ${r.words} n-gram words, ${r.t2s} trad→simp pairs, in ${(performance.now() - started).toFixed(0)} ms`);
  }
}
