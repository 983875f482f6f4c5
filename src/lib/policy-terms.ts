/**
 * Policy terms a document uses without quoting them (提振消费, 地方债务, 零基预算改革, 集成电路, 工业母机):
 * candidates for /compare/'s 新提法 / 不再提 beside the phrases it quotes. Build time only (jieba).
 *
 * A term is a word or a run of two or three adjacent content words (each of two characters or more) as
 * the corpus segmenter cuts them, 4–8 Han characters, whose last word is a noun or a nominal verb (集成/电路, 提振/消费, 零基/预算/改革; not 切实/加强)
 * and none of whose words is a grammar word, an idiom or a stop word. It must recur as vocabulary does,
 * not as one text's phrasing: it is cut in at least two documents of the corpus and used at least twice in
 * this one. A run that always has the same neighbour is a piece of something longer and is not a term
 * (unitOf); one that only ever stands inside a longer term of the same document with the same count
 * (学习教育 of 党纪学习教育) gives way to the longer one.
 */
import { countIn, unitOf, type DocumentWords } from './distinctive.ts';
import { isStopWord } from './stop-words.ts';

const HAN = /^\p{Script=Han}+$/u;
/** jieba classes a term never contains: grammar (adverbs, pronouns…), idioms (i) and set sayings (l). */
const EXCLUDED_TAGS = /^(?:[drcpumqteoyw]|i|l)/u;
/** Classes a term ends in: nouns (n, ns, nt, nz, ng; not person names, nr) and nominal verbs and adjectives (vn, an). */
const NOMINAL = /^(?:n(?!r)|vn|an)/u;
const MIN = 4;
const MAX = 8;
const RUN = 3;

/** Candidate runs of one document (its segmented words, its region for the stop list) with how often the segmenter cut them. */
export function termRuns({ tagged }: DocumentWords, region: string): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < tagged.length; i++) {
    let run = '';
    for (let n = 0; n < RUN && i + n < tagged.length; n++) {
      const { word, tag } = tagged[i + n]!;
      // A one-character word is the end of a longer word cut off (先进制造/业): never part of a run.
      if (!HAN.test(word) || word.length < 2 || EXCLUDED_TAGS.test(tag) || isStopWord(word, region)) break;
      run += word;
      const length = Array.from(run).length;
      if (length > MAX) break;
      if (length >= MIN && NOMINAL.test(tag)) out.set(run, (out.get(run) ?? 0) + 1);
    }
  }
  return out;
}

/** In how many documents each run was cut. */
export function termDocumentFrequency(runs: Map<string, number>[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const m of runs) for (const t of m.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  return df;
}

/**
 * The policy terms of one document with their counts in its text (whitespace ignored, exact), given its
 * runs and the corpus's document frequency of runs.
 */
export function policyTerms(runs: Map<string, number>, df: Map<string, number>, words: DocumentWords): Map<string, number> {
  // Counted as /terms/ and the phrase list count it (folded, non-overlapping).
  const count = (t: string) => countIn(words.squeezed, t, words.table);
  const kept = new Map<string, number>();
  for (const [term] of runs) {
    // Cheapest test first: most runs are one document's phrasing (scanning the text for each is the cost).
    if ((df.get(term) ?? 0) < 2) continue;
    const n = count(term);
    // A run always next to the same character is a piece of something longer (结构性改革 of 供给侧结构性改革).
    if (n >= 2 && unitOf(term, words.squeezed) === term) kept.set(term, n);
  }
  // A shorter term with the same count as a longer one holding it stands only inside it.
  return new Map([...kept].filter(([t, n]) => ![...kept].some(([u, m]) => u !== t && m === n && u.includes(t))));
}
