/**
 * Post-build: the exact search index of dist/ (dist/search-index/, format in src/search/format.ts):
 * positional character bigrams in compressed shards, the page table in chunks and the reading text in
 * small units, so that a query costs what its occurrences cost, not what the pages it touches weigh.
 *
 * `node scripts/search-index.ts [DIST]` (default dist); `--stock` writes stock Pagefind into DIST/pagefind
 * instead (only for the comparison in scripts/bench-search.ts).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { buildSearchIndex, readBuiltPages, writeSearchIndex } from './lib/search-build.ts';

function check<T extends { errors: string[] }>(what: string, r: T): T {
  if (r.errors.length) throw new Error(`pagefind ${what}: ${r.errors.join('; ')}`);
  return r;
}

export function indexExact(dist: string) {
  const pages = readBuiltPages(dist);
  if (pages.length === 0) throw new Error(`search index: no page of ${dist} has data-pagefind-body`);
  const index = buildSearchIndex(pages);
  writeSearchIndex(dist, index.files);
  return { ...index.stats, t2s: Array.from(index.manifest.t2s).length / 2 };
}

/** Stock Pagefind over the same HTML (for comparison only). */
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
    const r = indexExact(dist);
    console.log(
      `search index: ${r.pages} pages, ${r.units} text units, ${r.bigrams} bigrams at ${r.positions} positions in ${r.shards} shards, ` +
        `${r.t2s} trad→simp pairs, in ${(performance.now() - started).toFixed(0)} ms`,
    );
  }
}
