/**
 * Report headings: parts (一、2023年工作回顾) and numbered items (（一）…). A heading stands on its own
 * line or opens its paragraph as its first sentence (Hubei, national task list:
 * "（一）凝心聚力稳住经济增长基本盘，持续向好态势不断巩固。坚持稳中求进…"): then the line is split
 * into the heading and a body paragraph, character for character.
 */
import { BRACKETED_NUMBER, HEADING_TITLE_MAX, LISTED_NUMBER, type Heading } from '../../headings.ts';
import { chineseNumber } from '../../numerals.ts';
import { firstSentence } from './sentences.ts';

const NUMERAL_LIST = /^[一二三四五六七八九十]+(季度|月|成)/;

/** A report heading; `title` is without the closing 。 of an inline heading, `heading` keeps it. */
export interface ReportHeading extends Heading<'part' | 'item'> {
  /** Text after the heading sentence on the same line ('' for an own-line heading). */
  body: string;
}

export function isHeadingLine(text: string): boolean {
  return readHeading(text) !== null;
}

export function readHeading(text: string): ReportHeading | null {
  const part = LISTED_NUMBER.exec(text);
  const m = part ?? BRACKETED_NUMBER.exec(text);
  if (!m) return null;
  const ordinal = chineseNumber(m[1]!);
  if (ordinal === null) return null;
  const number = m[0];
  const after = text.slice(number.length);
  // 一、二季度… is a sentence listing numerals, not part 一.
  if (part && NUMERAL_LIST.test(after)) return null;
  const split = firstSentence(after);
  // Own line when there is no sentence end or nothing follows it.
  const headingRest = split && split.rest.trim() !== '' ? split.first : after;
  const body = split && split.rest.trim() !== '' ? split.rest : '';
  // Part headings are short; a long first sentence after 一、 is running text. (Items are heading
  // sentences, commas and all: their length is not limited.)
  if (part && headingRest.length > HEADING_TITLE_MAX) return null;
  return {
    level: part ? 'part' : 'item',
    number,
    ordinal,
    title: headingRest
      .trim()
      .replace(/[。！？]$/, '')
      .trim(),
    heading: number + headingRest,
    body,
  };
}
