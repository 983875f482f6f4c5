/**
 * Line level of the plan parser: what each source line is (heading, box heading, figure, text, blank)
 * and the grouping of a heading with the line it wrapped onto. Pure: no ids, no warnings.
 */
import { BRACKETED_NUMBER, HEADING_SPACE, isHeadingTitle, LISTED_NUMBER, ordinalHeading, type Heading } from '../../headings.ts';
import { headingNumber } from '../../numerals.ts';
import { withoutBookmarks, type SourceLine } from '../../source.ts';

export type HeadingLevel = 'part' | 'chapter' | 'section';
export type OutlineHeading = Heading<HeadingLevel>;
/** 专栏14 …: `number` is 专栏14 as written. */
export type BoxHeading = Heading<'box'>;

/** One block of the outline: a heading (with any wrapped continuation) or a single other line. */
export type Token =
  | { kind: 'heading'; head: OutlineHeading; lines: SourceLine[] }
  | { kind: 'box'; head: BoxHeading; lines: SourceLine[] }
  | { kind: 'glossary'; lines: SourceLine[] }
  | { kind: 'figure'; lines: SourceLine[] }
  | { kind: 'text'; lines: SourceLine[] }
  | { kind: 'blank'; lines: SourceLine[] };

const SPACE = HEADING_SPACE;
const BOX = new RegExp(`^(专栏${SPACE}*([0-9０-９]+))${SPACE}*(.*)$`);
const FIGURE = new RegExp(`^(图${SPACE}*[0-9０-９]+(${SPACE}|$)|\\[image:)`);
/** Sentence punctuation: a line holding any of it is running text, never a heading or a title. */
export const SENTENCE_PUNCT = /[。！？；：]/;
const LEVELS: Record<string, HeadingLevel> = { 篇: 'part', 章: 'chapter', 节: 'section' };

/** Word exported boxes and table cells with a leading tab: the cell/box marker of this layout. */
export function isTabbed(line: SourceLine): boolean {
  return withoutBookmarks(line.raw).startsWith('\t');
}

export function isBlank(line: SourceLine): boolean {
  return line.text === '';
}

/** 第N篇/章/节 with a title that passes the one title rule (../../headings.ts). */
export function divisionHeading(text: string): OutlineHeading | null {
  return ordinalHeading(text, LEVELS);
}

export function boxHeading(text: string): BoxHeading | null {
  const m = BOX.exec(text);
  if (!m || !isHeadingTitle(m[3]!)) return null;
  return { level: 'box', number: m[1]!, ordinal: headingNumber(m[2]!)!, title: m[3]!, heading: text };
}

export function isGlossaryHeading(text: string): boolean {
  return text.replace(/[\s\u3000]/g, '') === '名词解释';
}

export function isFigure(text: string): boolean {
  return FIGURE.test(text) && !text.includes('。');
}

function isAnyHeading(text: string): boolean {
  return divisionHeading(text) !== null || boxHeading(text) !== null || isGlossaryHeading(text) || isFigure(text);
}

/**
 * Wrapped heading: Word breaks a long 篇 title (“第二篇  持续用力打造国家重要先进制造业” / “高地  巩固…”),
 * and 篇 titles are often set as two phrases on two lines. The next non-blank line continues the
 * heading only if it cannot be anything else: it is short, holds no punctuation at all (every
 * paragraph of a plan is made of sentences), is no heading, figure, enumeration or box/table cell.
 * Only 篇 and 章 headings are joined: 节 titles are short and never wrap in this layout.
 */
const MAX_CONTINUATION = 30;
const ENUMERATION = new RegExp(`${BRACKETED_NUMBER.source}|${LISTED_NUMBER.source}|^[0-9０-９]+[.．、]`);

function continuesHeading(line: SourceLine): boolean {
  const t = line.text;
  return (
    t !== '' &&
    t.length <= MAX_CONTINUATION &&
    !isTabbed(line) &&
    !SENTENCE_PUNCT.test(t) &&
    !/[，、,;]/.test(t) &&
    !ENUMERATION.test(t) &&
    !isAnyHeading(t)
  );
}

/** Whitespace run separating the two phrases of a plan heading (锚定…蓝图  奋力谱写…). */
const PHRASE_GAP = /[\s\u3000]{2,}|\u3000/;

/**
 * Joins a heading and its continuation. Where the break falls between the heading's two phrases
 * (neither line already holds the phrase gap), the gap is restored as layout space so the title
 * reads as written on the page; a break inside a phrase is joined without space. Only whitespace
 * is chosen here: every character of both lines is kept, in order.
 */
export function joinWrapped(first: string, next: string): string {
  return PHRASE_GAP.test(first.replace(/^第\S+?[篇章节]\s*/, '')) || PHRASE_GAP.test(next) ? first + next : `${first}  ${next}`;
}

/** Splits the document body (after the front matter) into tokens. */
export function tokenize(lines: SourceLine[]): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const text = line.text;
    if (text === '') {
      tokens.push({ kind: 'blank', lines: [line] });
      continue;
    }
    const head = divisionHeading(text);
    if (head) {
      const taken = [line];
      if (head.level !== 'section') {
        let j = i + 1;
        while (j < lines.length && isBlank(lines[j]!)) j++;
        if (j < lines.length && continuesHeading(lines[j]!)) {
          const full = joinWrapped(text, lines[j]!.text);
          const joined = divisionHeading(full);
          if (joined) {
            Object.assign(head, { title: joined.title, heading: full });
            taken.push(...lines.slice(i + 1, j + 1));
            i = j;
          }
        }
      }
      tokens.push({ kind: 'heading', head, lines: taken });
      continue;
    }
    const box = boxHeading(text);
    if (box) tokens.push({ kind: 'box', head: box, lines: [line] });
    else if (isGlossaryHeading(text)) tokens.push({ kind: 'glossary', lines: [line] });
    else if (isFigure(text)) tokens.push({ kind: 'figure', lines: [line] });
    else tokens.push({ kind: 'text', lines: [line] });
  }
  return tokens;
}
