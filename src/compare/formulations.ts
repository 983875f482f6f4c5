/**
 * New and dropped formulations (新提法 / 不再提): set phrases one document uses and the other does not.
 * Candidates are each document's own phrase list (src/document-text/model.ts: every phrase it quotes
 * “…”, 2–12 characters, set phrases of the corpus it uses at least twice, and its unquoted policy terms,
 * src/lib/policy-terms.ts); a candidate of B is new
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

const HAN = /\p{Script=Han}/u;

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

/** A formulation placed for the reader: where it stands in its document and what it may have replaced. */
export interface PlacedFormulation extends Formulation {
  /** Used in the document's tasks (outside its review part): listed first. */
  inTasks: boolean;
  /** Quoted, and only in the review part: a name or fact of the year (a typhoon, a ship), kept apart. */
  reviewFact: boolean;
  /** A phrase of the other list written nearly the same (half or more of the characters shared). */
  variant?: string | undefined;
  /**
   * For a code without a Chinese character (“51020”, “4+1”), whose meaning lies in the words after it: the
   * code in its quotation marks with up to eight characters that follow it where it is first used.
   */
  context?: string | undefined;
}

export interface Rename {
  old: string;
  new: string;
  /** Sentence of B where the new phrase stands in for the old one. */
  b: number;
}

/** Dice coefficient of the two phrases' sets of characters. */
const charDice = (x: string, y: string) => {
  const a = new Set(x);
  const b = new Set(y);
  const shared = [...a].filter((ch) => b.has(ch)).length;
  return (2 * shared) / (a.size + b.size);
};

/**
 * Orders a list (tasks before review, then by count) and sets apart the quoted phrases found only in
 * the review part (the rule: quoted, and every occurrence in the review of last year).
 */
export function placeFormulations(
  list: Formulation[],
  sentences: { text: string }[],
  review: boolean[],
  other: Formulation[],
): PlacedFormulation[] {
  const folded = sentences.map((s) => fold(s.text));
  return list
    .map((f) => {
      const p = fold(f.phrase);
      const where = folded.flatMap((t, i) => (t.includes(p) ? [review[i]!] : []));
      const inTasks = where.some((r) => !r);
      const long = (x: string) => Array.from(x).length >= 3;
      const variant = other.find(
        (o) => o.phrase !== f.phrase && long(o.phrase) && long(f.phrase) && charDice(o.phrase, f.phrase) >= 0.6,
      )?.phrase;
      return {
        ...f,
        inTasks,
        reviewFact: f.quoted && where.length > 0 && !inTasks,
        variant,
        context: HAN.test(f.phrase) ? undefined : codeContext(f.phrase, sentences),
      };
    })
    .sort((x, y) => Number(y.inTasks) - Number(x.inTasks) || y.count - x.count || x.phrase.localeCompare(y.phrase, 'zh'));
}

/** “51020”现代产业集群: a quoted code and the words after it where it is first used (whitespace dropped). */
function codeContext(phrase: string, sentences: { text: string }[]): string | undefined {
  const quoted = `“${phrase}”`;
  for (const { text } of sentences) {
    const squeezed = withoutWhitespace(text);
    const at = squeezed.indexOf(quoted);
    if (at >= 0) return quoted + (/^[^，。；：、！？“”（）]{0,8}/u.exec(squeezed.slice(at + quoted.length))?.[0] ?? '');
  }
  return undefined;
}

/** Where a phrase occurs in a text (folded as search folds), as [start, end) ranges. */
const rangesOf = (text: string, phrase: string): [number, number][] => {
  const out: [number, number][] = [];
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) out.push([at, at + phrase.length]);
  return out;
};
const overlaps = (r: [number, number], lo: number, hi: number) => r[0] < hi && lo < r[1];

/**
 * Renames: in a rewritten sentence, a dropped phrase of A's wording and a new phrase of B's wording that
 * overlap the same change of the diff (两化融合 → 数实融合: 两化 deleted where 数实 is inserted, 融合 kept)
 * and have a character in common.
 * Each phrase is paired once, with the first sentence where that happens.
 */
export function renames(
  pairs: { a: string; b: string; index: number }[],
  added: Formulation[],
  dropped: Formulation[],
  diff: (a: string, b: string) => { text: string; op: 'keep' | 'insert' | 'delete' }[],
): Rename[] {
  const out: Rename[] = [];
  const used = new Set<string>();
  for (const { a, b, index } of pairs) {
    const fa = fold(a);
    const fb = fold(b);
    const inA = dropped.filter((d) => !used.has(`d${d.phrase}`) && fa.includes(fold(d.phrase)));
    const inB = added.filter((n) => !used.has(`n${n.phrase}`) && fb.includes(fold(n.phrase)));
    if (!inA.length || !inB.length) continue;
    // Changes of the diff as ranges of A and of B (a deletion and the insertion next to it are one change).
    const changes: [number, number, number, number][] = [];
    let pa = 0;
    let pb = 0;
    for (const piece of diff(fa, fb)) {
      const n = piece.text.length;
      if (piece.op === 'keep') {
        pa += n;
        pb += n;
        continue;
      }
      const last = changes[changes.length - 1];
      const open = last && last[1] === pa && last[3] === pb;
      if (!open) changes.push([pa, pa, pb, pb]);
      const change = changes[changes.length - 1]!;
      if (piece.op === 'delete') change[1] = pa += n;
      else change[3] = pb += n;
    }
    for (const d of inA) {
      const rd = rangesOf(fa, fold(d.phrase));
      for (const n of inB) {
        // Only coined (quoted) phrases are renamed: unquoted terms change with the wording around them
        // (知识价值 → 包干制, 国有企业 → 政治生态 stood in the same change without naming the same thing).
        if (used.has(`n${n.phrase}`) || used.has(`d${d.phrase}`) || !n.quoted || !d.quoted) continue;
        // A rename keeps part of the name (融合, 走向世界, 零): two names without a character in common that
        // fall in one loose rewrite are two things (“三公”经费 and 激励“二十条”; 雅韵三湘 and 六大工程).
        if (!Array.from(n.phrase).some((ch) => HAN.test(ch) && d.phrase.includes(ch))) continue;
        const rn = rangesOf(fb, fold(n.phrase));
        const hit = changes.some(
          ([a0, a1, b0, b1]) => a1 > a0 && b1 > b0 && rd.some((r) => overlaps(r, a0, a1)) && rn.some((r) => overlaps(r, b0, b1)),
        );
        if (!hit) continue;
        used.add(`d${d.phrase}`);
        used.add(`n${n.phrase}`);
        out.push({ old: d.phrase, new: n.phrase, b: index });
      }
    }
  }
  return out;
}
