/**
 * New and dropped formulations (新提法 / 不再提): set phrases one document uses and the other does not.
 * Candidates are each document's own phrase list (src/document-text/model.ts: every phrase it quotes
 * “…”, 2–12 characters, and corpus-dictionary phrases it uses at least twice); a candidate of B is new
 * when its text (whitespace ignored) occurs nowhere in A's text, and dropped the other way round.
 */
import { withoutWhitespace, type DocumentText } from '../document-text/model.ts';

/** The phrases a document sets in Chinese quotation marks, 2–12 characters (whitespace not counted). */
export function quotedPhrases(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/“([^“”]+)”/gu)) {
    const phrase = withoutWhitespace(m[1]!);
    const n = Array.from(phrase).length;
    if (n >= 2 && n <= 12) out.push(phrase);
  }
  return out;
}

export interface Formulation {
  phrase: string;
  /** Occurrences in the document that has it. */
  count: number;
  /** Whether that document sets it in quotation marks. */
  quoted: boolean;
}

/** Whitespace-free text of each unit: occurrences never cross a unit boundary. */
const unitKeys = (doc: DocumentText) => doc.units.map(([t]) => withoutWhitespace(t));

/** Phrases of `has` that occur nowhere in `lacks`, most frequent first. */
export function formulationsMissingFrom(has: DocumentText, lacks: DocumentText): Formulation[] {
  const other = unitKeys(lacks).join('\n');
  return has.phrases
    .filter(([phrase]) => !other.includes(phrase))
    .map(([phrase, count, quoted]) => ({ phrase, count, quoted: quoted === 1 }))
    .sort((x, y) => y.count - x.count || Number(y.quoted) - Number(x.quoted) || x.phrase.localeCompare(y.phrase, 'zh'));
}

export function formulations(a: DocumentText, b: DocumentText): { added: Formulation[]; dropped: Formulation[] } {
  return { added: formulationsMissingFrom(b, a), dropped: formulationsMissingFrom(a, b) };
}
