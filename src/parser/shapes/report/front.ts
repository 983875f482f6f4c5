/**
 * A report's front matter: title line(s), dateline, speaker line and a news-style lead, in the order
 * the source gives them. Also reads what they state (title, ISO date, speaker) for the manifest check.
 */
import type { ParseContext, StatedFacts } from '../../context.ts';
import { calendarDate, FULL_DATE, MONTH_OR_DAY, writtenDate, type WrittenDate } from '../../dates.ts';
import type { Paragraph } from '../../model.ts';
import { halfWidthDigits } from '../../numerals.ts';
import { excerpt, type SourceLine } from '../../source.ts';
import { isHeadingLine } from './headings.ts';
import { splitSalutation } from './salutation.ts';

/** Offices a report's speaker holds; the name follows (省长毛伟明) or precedes (李强总理) the office. */
const OFFICE = '(?:国务院总理|总理|代省长|省长|代市长|市长|自治区主席|代主席|主席|区长|州长|县长)';
const NAME = '[\\u4e00-\\u9fa5·]{2,5}?';
const SPEAKER_LINE = new RegExp(`^${OFFICE}\\s*(${NAME})$`);
/** In a lead sentence: 省长毛伟明作政府工作报告 / 李强总理代表国务院…作《政府工作报告》. */
const SPEAKER_AFTER_OFFICE = new RegExp(`${OFFICE}(${NAME})(?=代表|作|向)`);
const SPEAKER_BEFORE_OFFICE = new RegExp(`(${NAME})${OFFICE}(?=代表|作|向)`);

const DATE = new RegExp(FULL_DATE);
const MONTH_DAY = new RegExp(`^(${MONTH_OR_DAY})月(${MONTH_OR_DAY})日`);
/** ——2025年1月14日在…会议上 or （2024年1月30日在…会议上）. */
const DATELINE = /^(——|（|\()/;
const MEETING = /在.+(会议|大会)上/;

export interface FrontMatter {
  nodes: Paragraph[];
  stated: StatedFacts;
  /** How many of the given lines the front matter took. */
  consumed: number;
}

/** Reads front matter from the first non-empty lines; stops at the first line that is not front matter. */
export function readFrontMatter(ctx: ParseContext, lines: SourceLine[]): FrontMatter {
  const first = lines[0]!;
  if (isHeadingLine(first.text) || splitSalutation(first.text) || isDateline(first.text)) {
    ctx.fail(first.number, `expected the report's title line, found "${excerpt(first.text, 30)}"`);
  }
  const nodes: Paragraph[] = [ctx.paragraph('title', first.text, first.number)];
  const titleParts = [first.text];
  let i = 1;
  // A title wrapped over short lines: no punctuation, nothing else it could be.
  while (i < lines.length && titleParts.length < 3 && isTitleContinuation(lines[i]!.text)) {
    nodes.push(ctx.paragraph('title', lines[i]!.text, lines[i]!.number));
    titleParts.push(lines[i]!.text);
    i++;
  }
  const title = titleParts.join('');
  const stated: StatedFacts = { title };
  const titleYear = /([0-9０-９]{4})年/.exec(halfWidthDigits(title))?.[1];

  for (; i < lines.length; i++) {
    const { text, number } = lines[i]!;
    if (isDateline(text)) {
      nodes.push(ctx.paragraph('dateline', text, number));
      const m = DATE.exec(text);
      if (m) stated.date ??= statedDate(ctx, number, { year: m[1]!, month: m[2]!, day: m[3]! });
    } else if (SPEAKER_LINE.test(text.replace(/\s+/g, ''))) {
      nodes.push(ctx.paragraph('speaker', text, number));
      stated.speaker ??= SPEAKER_LINE.exec(text.replace(/\s+/g, ''))![1]!;
    } else if (isNewsLead(text)) {
      nodes.push(ctx.paragraph('lead', text, number));
      const full = DATE.exec(text);
      const md = MONTH_DAY.exec(text);
      if (full && full.index === 0) stated.date ??= statedDate(ctx, number, { year: full[1]!, month: full[2]!, day: full[3]! });
      else if (md && titleYear) stated.date ??= statedDate(ctx, number, { year: titleYear, month: md[1]!, day: md[2]! });
      const who = SPEAKER_AFTER_OFFICE.exec(text) ?? SPEAKER_BEFORE_OFFICE.exec(text);
      if (who) stated.speaker ??= who[1]!;
    } else {
      break;
    }
  }
  return { nodes, stated, consumed: i };
}

function isDateline(text: string): boolean {
  return DATELINE.test(text) && (DATE.test(text) || MEETING.test(text)) && text.length <= 60;
}

/** A news-style lead opens with the day it reports: 3月5日，… / 1月24日上午，… */
function isNewsLead(text: string): boolean {
  return (MONTH_DAY.test(text) || DATE.exec(text)?.index === 0) && /[。！]$/.test(text);
}

function isTitleContinuation(text: string): boolean {
  return (
    text.length <= 30 &&
    !/[。，！？：；、,:;!?]/.test(text) &&
    !/^(各位|同志们)/.test(text) &&
    !isHeadingLine(text) &&
    !isDateline(text) &&
    !SPEAKER_LINE.test(text.replace(/\s+/g, '')) &&
    !splitSalutation(text)
  );
}

/** The date a dateline or lead states: it is checked against the manifest, so an impossible one fails. */
function statedDate(ctx: ParseContext, line: number, written: WrittenDate): string {
  return calendarDate(written) ?? ctx.fail(line, `expected a calendar date, found ${writtenDate(written)}`);
}
