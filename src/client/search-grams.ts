/**
 * The n-gram words the exact search puts into Pagefind. Pagefind segments Chinese into words of its own
 * choosing, so instead each page is indexed as the set of its character unigrams and bigrams (of the
 * normalised reading text, never across segments), each spelt as an opaque ASCII word that Pagefind keeps
 * as it is: "u" + 4 base-36 digits of the code point, or "b" + 8 for a pair. All words of one kind have
 * one length, so Pagefind's prefix matching cannot widen them.
 */
const code = (cp: number) => cp.toString(36).padStart(4, '0');

export function unigram(ch: string): string {
  return `u${code(ch.codePointAt(0)!)}`;
}

export function bigram(a: string, b: string): string {
  return `b${code(a.codePointAt(0)!)}${code(b.codePointAt(0)!)}`;
}

/** Every unigram and bigram of the normalised segments (the page's Pagefind "content"). */
export function pageGrams(normalized: readonly string[]): Set<string> {
  const grams = new Set<string>();
  for (const text of normalized) {
    const chars = Array.from(text);
    chars.forEach((ch, i) => {
      grams.add(unigram(ch));
      if (i + 1 < chars.length) grams.add(bigram(ch, chars[i + 1]!));
    });
  }
  return grams;
}

/**
 * The words a page must have to possibly contain every term: a 1-character term's unigram, every bigram of
 * a longer term. Necessary, not sufficient: candidates are verified against the text.
 */
export function queryGrams(terms: readonly string[]): string[] {
  const grams = new Set<string>();
  for (const term of terms) {
    const chars = Array.from(term);
    if (chars.length === 1) grams.add(unigram(chars[0]!));
    for (let i = 0; i + 1 < chars.length; i++) grams.add(bigram(chars[i]!, chars[i + 1]!));
  }
  return [...grams];
}
