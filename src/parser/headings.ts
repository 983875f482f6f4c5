/**
 * Heading patterns every shape shares: the ordinal headings 第N篇/章/节/条, the numbering forms
 * 一、 and （一）, the one Heading type the shapes hand to ParseContext.division, and the one rule for
 * what a heading's title may be (short, no sentence or clause punctuation). Shapes keep only what is
 * theirs: which units they read, and what a line that fails the title rule is instead.
 */
import { CHINESE_NUMERAL, chineseNumber } from './numerals.ts';

/** A heading as written, and what its numbering means. */
export interface Heading<Level extends string = string> {
  level: Level;
  /** Numbering as written: 第二十四章, 一、, （一）, 专栏14. */
  number: string;
  ordinal: number;
  /** Heading text after the numbering and its separator. */
  title: string;
  /** The whole heading as written (wrapped lines joined). */
  heading: string;
}

/**
 * Longest heading title accepted. Titles are short phrases (the seeds' longest: a plan 篇 title of 31
 * characters over two lines, a report part of 20, a law chapter of 10); a longer line that opens with
 * 第一章 or 一、 is running text.
 */
export const HEADING_TITLE_MAX = 40;
/** Sentence and clause punctuation: a title holding any is a sentence, not a heading. */
const TITLE_PUNCT = /[。！？；：，;:,]/;

/** The one title rule: at most HEADING_TITLE_MAX characters, no sentence or clause punctuation. */
export function isHeadingTitle(title: string): boolean {
  return title.length <= HEADING_TITLE_MAX && !TITLE_PUNCT.test(title);
}

/** Layout space between a numbering and its title (often none: 第三十四条网络…). */
export const HEADING_SPACE = '[\\s\\u200b]';

/** 第N + one of the units, then layout space and the rest of the line. */
export interface OrdinalMatch {
  /** 第二十四章 as written. */
  number: string;
  ordinal: number;
  unit: string;
  /** Layout space after the numbering, as written ('' when none). */
  separator: string;
  /** The rest of the line after the separator. */
  rest: string;
}

const ordinalPatterns = new Map<string, RegExp>();

/** Reads `第N<unit>` at the start of a line, for `units` such as '篇章节' or '条'; no title check. */
export function matchOrdinal(text: string, units: string): OrdinalMatch | null {
  let re = ordinalPatterns.get(units);
  if (!re) {
    re = new RegExp(`^(第(${CHINESE_NUMERAL}+)([${units}]))(${HEADING_SPACE}*)(.*)$`, 'u');
    ordinalPatterns.set(units, re);
  }
  const m = re.exec(text);
  const ordinal = m ? chineseNumber(m[2]!) : null;
  if (!m || ordinal === null) return null;
  return { number: m[1]!, ordinal, unit: m[3]!, separator: m[4]!, rest: m[5]! };
}

/**
 * A 第N<unit> heading line (第二十四章  推进…), or null when the line does not open with one or its
 * title fails the title rule. `levels` names the level of each unit.
 */
export function ordinalHeading<Level extends string>(text: string, levels: Record<string, Level>): Heading<Level> | null {
  const m = matchOrdinal(text, Object.keys(levels).join(''));
  if (!m || !isHeadingTitle(m.rest)) return null;
  return { level: levels[m.unit]!, number: m.number, ordinal: m.ordinal, title: m.rest, heading: text };
}

/** 一、 or 一． opening a line: numbering in group 0, numeral in group 1. */
export const LISTED_NUMBER = new RegExp(`^(${CHINESE_NUMERAL}+)[、．]`);
/** （一） or (一) opening a line: numbering in group 0, numeral in group 1. */
export const BRACKETED_NUMBER = new RegExp(`^[（(](${CHINESE_NUMERAL}+)[）)]`);
