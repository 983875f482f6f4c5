/**
 * Alignment time of /compare/ in Node (issue 19: the largest pair, a report against the plan, under 1 s).
 * Parses the seeds, builds each document's text as the browser gets it, and aligns every report with the
 * largest document (the plan), both ways, five times after a warm-up; prints the median of each. A timing, so it belongs here and not in a test: `node scripts/bench-compare.ts`.
 */
import { parseSeeds } from '../src/parser/index.ts';
import { documentText } from '../src/lib/document-text.ts';
import { sentencesOf } from '../src/compare/sentences.ts';
import { alignSentences } from '../src/compare/align.ts';

export interface CompareBench {
  a: string;
  b: string;
  sentencesA: number;
  sentencesB: number;
  medianMs: number;
}

export function benchCompare(seeds = 'seeds', runs = 5): CompareBench[] {
  const docs = parseSeeds(seeds).documents;
  const sentences = new Map(docs.map((d) => [d.id, sentencesOf(documentText(d, []))]));
  const largest = [...sentences].sort((x, y) => y[1].length - x[1].length)[0]![0];
  const pairs = docs
    .filter((d) => d.kind === 'report' && d.id !== largest)
    .flatMap((d): [string, string][] => [
      [d.id, largest],
      [largest, d.id],
    ]);
  return pairs.map(([a, b]) => {
    const A = sentences.get(a)!;
    const B = sentences.get(b)!;
    alignSentences(A, B);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      alignSentences(A, B);
      times.push(performance.now() - t0);
    }
    times.sort((x, y) => x - y);
    return { a, b, sentencesA: A.length, sentencesB: B.length, medianMs: Math.round(times[Math.floor(runs / 2)]!) };
  });
}

if (import.meta.main) {
  for (const r of benchCompare())
    console.log(`align ${r.a} (${r.sentencesA}) → ${r.b} (${r.sentencesB}): median ${r.medianMs} ms (budget 1000 ms)`);
}
