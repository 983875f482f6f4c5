/** Sentence-level helpers shared by the report modules. */

/** Brackets inside which a 。 does not end the enclosing sentence (“……。” quoted inside a sentence). */
const OPEN = '“‘《（(「『';
const CLOSE = '”’》）)」』';

/**
 * Index of the first sentence end (one of `enders`) outside quotes and brackets, or -1. A sentence
 * end inside “…” belongs to the quotation, not to the sentence that contains it.
 */
export function sentenceEnd(text: string, enders = '。！？'): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && enders.includes(c)) return i;
  }
  return -1;
}

/** Splits off the first sentence (terminator included); `rest` is '' when the text is one sentence. */
export function firstSentence(text: string, enders = '。！？'): { first: string; rest: string } | null {
  const end = sentenceEnd(text, enders);
  if (end < 0) return null;
  return { first: text.slice(0, end + 1), rest: text.slice(end + 1) };
}
