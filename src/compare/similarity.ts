/**
 * How alike two sentences of policy prose are. Government reports repeat their register (推进, 加快,
 * 高质量发展…) everywhere and change their figures every year, so a plain character measure both pairs
 * unrelated sentences and misses rewrites whose numbers moved. Here:
 * - figures are masked: a number (Arabic or Chinese numerals, decimals, ％) becomes one placeholder, its
 *   unit stays (7135万亩 and 7140万亩 both read #万亩; 八大行动 and 七大攻坚 read #大行动 / #大攻坚);
 * - punctuation and whitespace are ignored;
 * - each character bigram weighs its inverse document frequency over the sentences of both documents,
 *   so shared 发展/推进 count little and shared 播种面积/寄宿制 count much (weighted Dice);
 * - containment (how much of the shorter sentence lies inside the longer) finds a sentence that lost or
 *   gained a clause, and a sentence split in two or two merged into one.
 */

/** A number: Arabic digits (with decimals, thousands commas), or Chinese numerals before a measure word. */
const ARABIC = /[0-9０-９]+(?:[.,．][0-9０-９]+)*[%％‰]?/gu;
/**
 * Chinese numerals only where they count something (三个, 十项, 八大, 两成…), never inside 统一 or 一体化:
 * a lone 一 counts only before a measure word (一批, 一个), not before 大 (统一大市场, 一大批).
 */
const CHINESE =
  /(?:[零〇两二三四五六七八九十百千][零〇一两二三四五六七八九十百千万亿]*(?=[个项大条家所批类种件座万亿倍成年]|百分点)|一[零〇一两二三四五六七八九十百千万亿]*(?=[个项条家所批类种件座倍成]))/gu;
/** Characters that carry no content for comparison: punctuation, symbols, whitespace. */
const NOISE = /[\s\p{P}\p{S}]/gu;

/** The placeholder of a masked figure: a private-use character, never in the text and not punctuation. */
export const NUMBER_MARK = '\uE000';

/** The comparison key of a sentence: figures masked, punctuation and whitespace dropped. */
export function maskedKey(text: string): string {
  return text.replace(ARABIC, NUMBER_MARK).replace(CHINESE, NUMBER_MARK).replace(NOISE, '');
}

/** Character bigrams of a key (the key itself when shorter than two characters). */
export function bigrams(key: string): string[] {
  const chars = Array.from(key);
  if (chars.length < 2) return chars.length ? [key] : [];
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return [...out];
}

/** Inverse document frequency of bigrams over a set of sentences (each sentence one "document"). */
export class BigramWeights {
  private readonly df = new Map<string, number>();
  private readonly n: number;
  constructor(sentenceGrams: Iterable<string[]>) {
    let n = 0;
    for (const grams of sentenceGrams) {
      n++;
      for (const g of grams) this.df.set(g, (this.df.get(g) ?? 0) + 1);
    }
    this.n = n;
  }
  /** log((N + 1) / (df + 0.5)): a bigram in every sentence weighs ~0, a bigram seen once weighs most. */
  weight(g: string): number {
    return Math.log((this.n + 1) / ((this.df.get(g) ?? 0) + 0.5));
  }
}

/** A sentence prepared for comparison: its masked bigrams and their total weight. */
export interface Profile {
  grams: Map<string, number>;
  total: number;
}

export function profile(key: string, weights: BigramWeights): Profile {
  const grams = new Map<string, number>();
  let total = 0;
  for (const g of bigrams(key)) {
    const w = weights.weight(g);
    grams.set(g, w);
    total += w;
  }
  return { grams, total };
}

/** Weight of the bigrams two profiles share. */
export function sharedWeight(x: Profile, y: Profile): number {
  const [small, large] = x.grams.size <= y.grams.size ? [x, y] : [y, x];
  let shared = 0;
  for (const [g, w] of small.grams) if (large.grams.has(g)) shared += w;
  return shared;
}

export interface Likeness {
  /** Weighted Dice: 2·shared / (total x + total y), 0…1. */
  dice: number;
  /** Shared weight over the lighter sentence's weight: how much of the shorter lies inside the longer. */
  containment: number;
}

export function likeness(x: Profile, y: Profile, shared = sharedWeight(x, y)): Likeness {
  const sum = x.total + y.total;
  const min = Math.min(x.total, y.total);
  return { dice: sum > 0 ? (2 * shared) / sum : 1, containment: min > 0 ? shared / min : 1 };
}

/**
 * The heaviest stretch of text two keys share: the largest total weight of consecutive bigrams found at the
 * same run in both (longest common substring, weighed). A phrase kept whole that the two documents use
 * rarely (大农业观、大食物观, 高效办成一件事) weighs much; one they repeat throughout (高质量发展) little. Rarity
 * is within the two documents only: a stock phrase each uses once or twice (以习近平同志为核心的党中央) weighs
 * as much as a rare one. `weights` gives each bigram's weight (a profile of either key).
 */
export function sharedRun(x: string, y: string, weights: Map<string, number>): number {
  const xs = Array.from(x);
  const ys = Array.from(y);
  let best = 0;
  let prev = new Float64Array(ys.length);
  let cur = new Float64Array(ys.length);
  for (let i = 1; i < xs.length; i++) {
    for (let j = 1; j < ys.length; j++) {
      // Run of shared bigrams ending with the bigram xs[i-1..i] = ys[j-1..j].
      cur[j] = xs[i] === ys[j] && xs[i - 1] === ys[j - 1] ? prev[j - 1]! + (weights.get(xs[i - 1]! + xs[i]!) ?? 0) : 0;
      if (cur[j]! > best) best = cur[j]!;
    }
    [prev, cur] = [cur, prev];
  }
  return best;
}

/** Plain (unweighted) Dice coefficient of the bigram sets of two strings, figures masked. */
export function similarity(x: string, y: string): number {
  const gx = new Set(bigrams(maskedKey(x)));
  const gy = new Set(bigrams(maskedKey(y)));
  if (gx.size + gy.size === 0) return 1;
  let shared = 0;
  for (const g of gx) if (gy.has(g)) shared++;
  return (2 * shared) / (gx.size + gy.size);
}

/** Clauses of a sentence: cut after ，；：、 and end marks (each keeps at least two characters of content). */
export function clauses(text: string): string[] {
  return text
    .split(/[，,；;：:。！？!?]/u)
    .map((c) => maskedKey(c))
    .filter((c) => Array.from(c).length >= 2);
}

/** The clauses of a sentence prepared for comparison. */
export const clauseProfiles = (text: string, weights: BigramWeights): Profile[] => clauses(text).map((c) => profile(c, weights));

/**
 * How much is carried over clause by clause: for each clause of `ys`, the weight of bigrams it shares
 * with its best match among the clauses of `xs` when the two are at least `minDice` alike, summed. A
 * distinctive clause kept (落实“两个70%”激励政策) or several reworded ones (强化“一核”引领 → 强化“一核”牵引,
 * 持续推进长株潭一体化发展 → 推进长株潭一体化高质量发展) weigh much; 推进高质量发展 little.
 */
export function carriedClauses(xs: Profile[], ys: Profile[], minDice: number): number {
  let total = 0;
  for (const y of ys) {
    let best = 0;
    for (const x of xs) {
      const shared = sharedWeight(x, y);
      if (shared > best && (2 * shared) / (x.total + y.total) >= minDice) best = shared;
    }
    total += best;
  }
  return total;
}
