/**
 * New and dropped formulations (新提法 / 不再提): set phrases one document uses and the other does not.
 * Candidates are each document's own phrase list (src/document-text/model.ts: every phrase it quotes
 * “…”, 2–12 characters, and set phrases of the corpus it uses at least twice); a candidate of B is new
 * when its text occurs nowhere in A's text as search matches text (whitespace ignored, full-/half-width
 * and case folded: 人工智能＋ is 人工智能+), and dropped the other way round. Search's trad→simp table is
 * not needed here: both sides are corpus text, which never holds the table's keys (src/search/t2s.ts).
 */
import { withoutWhitespace, type DocumentText } from '../document-text/model.ts';
import { normalizeText } from '../search/text.ts';

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

/** Text as search matches it: normalised (width, case), whitespace dropped. */
const fold = (text: string) => withoutWhitespace(normalizeText(text));

/** Phrases of `has` that occur nowhere in `lacks` (units joined by a line break: never across one), most frequent first. */
export function formulationsMissingFrom(has: DocumentText, lacks: DocumentText): Formulation[] {
  const other = lacks.units.map(([t]) => fold(t)).join('\n');
  return has.phrases
    .filter(([phrase]) => !other.includes(fold(phrase)))
    .map(([phrase, count, quoted]) => ({ phrase, count, quoted: quoted === 1 }))
    .sort((x, y) => y.count - x.count || Number(y.quoted) - Number(x.quoted) || x.phrase.localeCompare(y.phrase, 'zh'));
}

export function formulations(a: DocumentText, b: DocumentText): { added: Formulation[]; dropped: Formulation[] } {
  return { added: formulationsMissingFrom(b, a), dropped: formulationsMissingFrom(a, b) };
}
