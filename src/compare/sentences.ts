/**
 * Sentences of a document: each text unit (heading, paragraph, cell) is cut after 。！？； — closing
 * quotes and brackets that follow stay with their sentence, as does trailing whitespace — so the
 * sentences of a unit concatenate back to it exactly.
 */
import { withoutWhitespace, type DocumentText } from '../document-text/model.ts';

export interface Sentence {
  /** As written, whitespace included. */
  text: string;
  /** The text without whitespace: what "identical" compares. */
  key: string;
  /** Index of the unit it belongs to. */
  unit: number;
  /** The unit's depth: 0 running text, 1… a heading at that level, -1 a table cell. */
  depth: number;
}

const END = /[。！？；]/u;
/** Characters that belong to the sentence they follow: closing quotes/brackets, further end marks. */
const TRAILING = /[。！？；”’）」』》〉】"')\]\s]/u;

export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!END.test(text[i]!)) continue;
    let j = i + 1;
    while (j < text.length && TRAILING.test(text[j]!)) j++;
    out.push(text.slice(start, j));
    start = j;
    i = j - 1;
  }
  const rest = text.slice(start);
  if (rest) {
    // Whitespace after the last mark belongs to the last sentence (it was swallowed above); a tail of
    // text without an end mark is a sentence of its own (a heading, a cell, an unfinished line).
    if (/\S/u.test(rest) || out.length === 0) out.push(rest);
    else out[out.length - 1] += rest;
  }
  return out;
}

/** Every sentence of a document in reading order; units of whitespace only are skipped. */
export function sentencesOf(doc: DocumentText): Sentence[] {
  const out: Sentence[] = [];
  doc.units.forEach(([text, , , depth], unit) => {
    if (!/\S/u.test(text)) return;
    for (const s of splitSentences(text)) out.push({ text: s, key: withoutWhitespace(s), unit, depth });
  });
  return out;
}
