/**
 * Decoration a source set around a heading as layout (a newspaper's "2023答卷 >>>>", "■ 民生", "★★ 标题 ★★"):
 * a run of two or more ornament characters, or one geometric symbol, at the start or the end of a heading,
 * apart from its words by optional spaces. The model keeps the heading as written; the page shows the
 * words and keeps the ornament in the text (visually hidden, so a copy still gives the source), and
 * navigation labels (contents, breadcrumb, page titles) use the words alone.
 */

/** Arrows, guillemets, geometric symbols, stars, reference marks and repeated ASCII marks. */
const ORNAMENT = String.raw`[>＞»》›〉→⟶➤➢▶►▷▸■□▪▫◆◇●○◎★☆▲△▼▽◀◁※*＊~～=＝#＃|｜]`;
const SYMBOL = String.raw`[➤➢▶►▷▸■□▪▫◆◇●○◎★☆▲△▼▽◀◁※]`;
const MARK = String.raw`(?:${ORNAMENT}{2,}|${SYMBOL})`;
const LEADING = new RegExp(String.raw`^(\s*${MARK}\s*)(?=\S)`, 'u');
const TRAILING = new RegExp(String.raw`(?<=\S)(\s*${MARK}\s*)$`, 'u');
const ONLY_ORNAMENT = new RegExp(String.raw`^(?:\s|${ORNAMENT})*$`, 'u');

export interface OrnamentedHeading {
  /** Ornament before the words, as written ('' when none). */
  before: string;
  /** The heading's words. */
  words: string;
  /** Ornament after the words, as written ('' when none). */
  after: string;
}

/** Splits a heading into its ornaments and its words; before + words + after is the heading as written. */
export function splitOrnament(heading: string): OrnamentedHeading {
  const before = LEADING.exec(heading)?.[1] ?? '';
  const rest = heading.slice(before.length);
  const after = TRAILING.exec(rest)?.[1] ?? '';
  const words = rest.slice(0, rest.length - after.length);
  // A heading that is all ornament is left as written.
  return ONLY_ORNAMENT.test(words) ? { before: '', words: heading, after: '' } : { before, words, after };
}

/**
 * A heading set letter-spaced (名 词 解 释, 总  则: single characters apart by spaces, a typesetting
 * habit) closed up for labels: the spaces are layout, so a run of two or more one-character Han
 * tokens is joined; spaces between longer tokens (第一章 总则) stay.
 */
export function closeLetterSpacing(text: string): string {
  const parts = text.split(/([ \u3000]+)/u);
  const single = (t: string | undefined) => t !== undefined && /^\p{Script=Han}$/u.test(t);
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const isGap = i % 2 === 1;
    // A gap between two single Han characters is dropped; any other text or gap is kept.
    if (isGap && single(parts[i - 1]) && single(parts[i + 1])) continue;
    out += parts[i];
  }
  return out;
}

/** The heading's words without the ornament or letter-spacing, for navigation labels. */
export const headingWords = (heading: string): string => closeLetterSpacing(splitOrnament(heading).words);
