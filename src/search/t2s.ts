/**
 * The trad→simp table of exact search, built from the corpus's own characters (Node only: opencc-js's
 * dictionaries are large, so the browser gets the finished table from the search manifest). The indexer
 * ships it in the manifest; the build uses the same function for /terms/ and the distinctive-term counts,
 * so search and the concordance fold the same characters.
 */
import * as OpenCC from 'opencc-js';
import { normalizeText } from './text.ts';

const CJK_RANGES: Array<[number, number]> = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
  [0x20000, 0x2a6df],
];

/**
 * Traditional (and variant) characters → the simplified character the corpus uses, one character to one,
 * limited to targets that occur in the corpus and to keys that do not (so the corpus text is never changed
 * by the table, and a character the corpus itself uses is never folded into another).
 */
export function tradToSimpPairs(corpusChars: ReadonlySet<string>): string {
  const all: string[] = [];
  for (const [lo, hi] of CJK_RANGES) for (let cp = lo; cp <= hi; cp++) all.push(String.fromCodePoint(cp));
  const source = all.join('\n');
  const converted = (['t', 'tw', 'hk'] as const).map((from) => OpenCC.Converter({ from, to: 'cn' })(source).split('\n'));
  let pairs = '';
  all.forEach((t, i) => {
    if (corpusChars.has(t)) return;
    for (const conv of converted) {
      const s = conv[i];
      if (s && s !== t && Array.from(s).length === 1 && s.length === t.length && corpusChars.has(s)) {
        pairs += t + s;
        return;
      }
    }
  });
  return pairs;
}

/** Every character of some texts, normalised as search normalises them (what the table may map to). */
export function textChars(texts: Iterable<string>): Set<string> {
  const chars = new Set<string>();
  for (const t of texts) for (const ch of normalizeText(t)) chars.add(ch);
  return chars;
}
