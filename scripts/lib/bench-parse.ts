/** Benchmark stage: `node scripts/lib/bench-parse.ts DIR` parses a seeds folder, prints JSON {ms, documents}. */
import { parseSeeds } from '../../src/parser/index.ts';

const started = performance.now();
const { documents } = parseSeeds(process.argv[2] ?? 'seeds');
console.log(JSON.stringify({ ms: performance.now() - started, documents: documents.length }));
