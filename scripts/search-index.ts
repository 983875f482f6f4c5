/**
 * Post-build: indexes the reading text of dist/ (elements marked data-pagefind-body) with Pagefind's
 * Node API and writes the bundle to dist/pagefind/.
 */
import * as pagefind from 'pagefind';

/** `node scripts/search-index.ts [DIST]` (default dist). */
const dist = process.argv[2] ?? 'dist';

const started = performance.now();
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: dist });
if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: `${dist}/pagefind` });
if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
await pagefind.close();
console.log(`search index: ${added.page_count} pages in ${(performance.now() - started).toFixed(0)} ms`);
