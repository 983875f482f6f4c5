/**
 * Report headings: parts (一、2023年工作回顾) and numbered items (（一）…). A heading stands on its own
 * line or opens its paragraph as its first sentence (Hubei, national task list:
 * "（一）凝心聚力稳住经济增长基本盘，持续向好态势不断巩固。坚持稳中求进…"): then the line is split
 * into the heading and a body paragraph, character for character.
 */
import { CHINESE_NUMERAL, chineseNumber } from '../../numerals.ts';
import { firstSentence } from './sentences.ts';

const PART = new RegExp(`^(${CHINESE_NUMERAL}+)([、．])`);
const ITEM = new RegExp(`^([（(])(${CHINESE_NUMERAL}+)([）)])`);
const NUMERAL_LIST = /^[一二三四五六七八九十]+(季度|月|成)/;
/** Longest part heading text accepted (the seeds' longest is 20 characters). */
const PART_MAX = 40;

export interface Heading {
  kind: 'part' | 'item';
  /** Numbering as written: 一、 or （一）. */
  number: string;
  ordinal: number;
  /** Text after the numbering, without the closing 。 of an inline heading. */
  title: string;
  /** The heading as written (numbering + title + its 。 when it had one). */
  heading: string;
  /** Text after the heading sentence on the same line ('' for an own-line heading). */
  body: string;
}

export function isHeadingLine(text: string): boolean {
  return readHeading(text) !== null;
}

export function readHeading(text: string): Heading | null {
  const part = PART.exec(text);
  const item = part ? null : ITEM.exec(text);
  const m = part ?? item;
  if (!m) return null;
  const numeral = part ? m[1]! : m[2]!;
  const ordinal = chineseNumber(numeral);
  if (ordinal === null) return null;
  const number = m[0];
  const after = text.slice(number.length);
  // 一、二季度… is a sentence listing numerals, not part 一.
  if (part && NUMERAL_LIST.test(after)) return null;
  const split = firstSentence(after);
  // Own line when there is no sentence end or nothing follows it.
  const headingRest = split && split.rest.trim() !== '' ? split.first : after;
  const body = split && split.rest.trim() !== '' ? split.rest : '';
  // Part headings are short; a long first sentence after 一、 is running text.
  if (part && headingRest.length > PART_MAX) return null;
  return {
    kind: part ? 'part' : 'item',
    number,
    ordinal,
    title: headingRest.trim().replace(/[。！？]$/, '').trim(),
    heading: number + headingRest,
    body,
  };
}
