/**
 * A report's front matter: title line(s), dateline, speaker line and a news-style lead, in the order
 * the source gives them. Also reads what they state (title, ISO date, speaker) for the manifest check.
 * Reports copied from web pages add forms: a photo caption (a figure), web-page debris between the
 * title and the dateline (declared and left out, ../../debris.ts), a dateline without —— or split over
 * two lines, the speaker on the dateline's line, an office with its government (广东省省长 孟凡利,
 * 四川省人民政府省长 施小琳, 代区长 …) or a bare name under the dateline.
 */
import type { ParseContext, StatedFacts } from '../../context.ts';
import { calendarDate, FULL_DATE, MONTH_OR_DAY, writtenDate, type WrittenDate } from '../../dates.ts';
import type { Paragraph } from '../../model.ts';
import { halfWidthDigits } from '../../numerals.ts';
import { excerpt, type SourceLine } from '../../source.ts';
import { debrisSpan, isPhotoCaption } from '../../debris.ts';
import { OMITTED_INSIDE } from '../../warnings.ts';
import { isHeadingLine } from './headings.ts';
import { splitSalutation } from './salutation.ts';

/** Offices a report's speaker holds; the name follows (省长毛伟明) or precedes (李强总理) the office. */
export const OFFICE = '(?:国务院总理|总理|代省长|省长|代市长|市长|自治区主席|代主席|主席|代区长|区长|代州长|州长|代县长|县长|代旗长|旗长)';
const NAME = '[\\u4e00-\\u9fa5·]{2,5}?';
/** The government the office belongs to, written before it: 广东省, 四川省人民政府, 自治区人民政府. */
const GOVERNMENT = '(?:[\\u4e00-\\u9fa5]{0,12}?(?:省|市|自治区|区|县|州|旗|盟)(?:人民政府)?|人民政府)?';
/** A name on a line of its own may be long: 艾尔肯·吐尼亚孜. */
const LINE_NAME = '[\\u4e00-\\u9fa5·]{2,12}?';
const SPEAKER_LINE = new RegExp(`^${GOVERNMENT}${OFFICE}[：:]?\\s*(${LINE_NAME})$`);
/** A speaker line's form with its spaces (checked on the text with whitespace removed). */
const SPEAKER_AT_END = new RegExp(`(?:会议|大会)上[）)]?\\s+(${GOVERNMENT}${OFFICE}\\s*${LINE_NAME})$`);
/** A bare name under the dateline: 2 to 4 characters, possibly spaced (李  强). */
const BARE_NAME = /^[\u4e00-\u9fa5](?:\s*[\u4e00-\u9fa5·]){1,4}$/;
/** In a lead sentence: 省长毛伟明作政府工作报告 / 李强总理代表国务院…作《政府工作报告》. */
const SPEAKER_AFTER_OFFICE = new RegExp(`${OFFICE}(${NAME})(?=代表|作|向)`);
const SPEAKER_BEFORE_OFFICE = new RegExp(`(${NAME})${OFFICE}(?=代表|作|向)`);

const DATE = new RegExp(FULL_DATE);
const MONTH_DAY = new RegExp(`^(${MONTH_OR_DAY})月(${MONTH_OR_DAY})日`);
/** ——2025年1月14日在…会议上 or （2024年1月30日在…会议上）; ―― and — as web pages write the dash. */
const DATELINE = /^(——|――|—|（|\()/;
const MEETING = /在.+(会议|大会)上/;
/** A dateline without its dash: 2026年1月14日在浙江省第十四届人民代表大会第五次会议上. */
const BARE_DATELINE = new RegExp(`^${FULL_DATE}\\s*在.+(?:会议|大会)`);
/** The second line of a dateline broken over two: 人民代表大会第五次会议上. */
const DATELINE_END = /(?:会议|大会)上?[）)]?$/;

export interface FrontMatter {
  nodes: Paragraph[];
  stated: StatedFacts;
  /** How many of the given lines the front matter took. */
  consumed: number;
}

/** Reads front matter from the first non-empty lines; stops at the first line that is not front matter. */
export function readFrontMatter(ctx: ParseContext, lines: SourceLine[]): FrontMatter {
  const nodes: Paragraph[] = [];
  let i = 0;
  /** Debris at line i: declared, left out; returns whether there was any. */
  const skipDebris = () => {
    const span = debrisSpan(lines, i);
    if (span === 0) return false;
    ctx.omit(lines[i]!.number, lines[i + span - 1]!.number, OMITTED_INSIDE);
    i += span;
    return true;
  };
  // A photo caption may stand above the title (政府工作报告。 贵州日报天眼新闻记者 李森 摄).
  while (i < lines.length - 1 && isPhotoCaption(lines[i]!.text)) {
    nodes.push(ctx.paragraph('figure', lines[i]!.text, lines[i]!.number));
    i++;
  }
  const first = lines[i]!;
  if (isHeadingLine(first.text) || splitSalutation(first.text) || isDateline(first.text)) {
    ctx.fail(first.number, `expected the report's title line, found "${excerpt(first.text, 30)}"`);
  }
  nodes.push(ctx.paragraph('title', first.text, first.number));
  const titleParts = [first.text];
  i++;
  // A title wrapped over short lines: no punctuation, nothing else it could be.
  while (i < lines.length && titleParts.length < 3 && debrisSpan(lines, i) === 0 && isTitleContinuation(lines[i]!.text)) {
    nodes.push(ctx.paragraph('title', lines[i]!.text, lines[i]!.number));
    titleParts.push(lines[i]!.text);
    i++;
  }
  const title = titleParts.join('');
  const stated: StatedFacts = { title };
  const titleYear = /([0-9０-９]{4})年/.exec(halfWidthDigits(title))?.[1];
  const readDate = (text: string, number: number) => {
    const m = DATE.exec(text);
    if (m) stated.date ??= statedDate(ctx, number, { year: m[1]!, month: m[2]!, day: m[3]! });
  };

  for (; i < lines.length; i++) {
    if (skipDebris()) {
      i--;
      continue;
    }
    const { text, number } = lines[i]!;
    const last = nodes.at(-1)!;
    const compact = text.replace(/\s+/g, '');
    if (isDateline(text)) {
      nodes.push(ctx.paragraph('dateline', text, number));
      readDate(text, number);
      const who = SPEAKER_AT_END.exec(text);
      if (who) stated.speaker ??= SPEAKER_LINE.exec(who[1]!.replace(/\s+/g, ''))![1]!;
    } else if (last.role === 'dateline' && !MEETING.test(nodeText(last)) && DATELINE_END.test(text) && text.length <= 40) {
      nodes.push(ctx.paragraph('dateline', text, number));
    } else if (SPEAKER_LINE.test(compact)) {
      nodes.push(ctx.paragraph('speaker', text, number));
      stated.speaker ??= SPEAKER_LINE.exec(compact)![1]!;
    } else if (last.role === 'dateline' && BARE_NAME.test(text)) {
      nodes.push(ctx.paragraph('speaker', text, number));
      stated.speaker ??= compact;
    } else if (isPhotoCaption(text) || isBareCaption(compact, stated.speaker)) {
      nodes.push(ctx.paragraph('figure', text, number));
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

const nodeText = (p: Paragraph) => p.content.map((r) => r.text).join('');

/** A dateline as the front matter reads it (exported for `npm run add`, which locates reports by it). */
export function isDatelineText(text: string): boolean {
  return isDateline(text);
}

function isDateline(text: string): boolean {
  if (BARE_DATELINE.test(text) && text.length <= 60) return true;
  return DATELINE.test(text) && (DATE.test(text) || MEETING.test(text)) && text.length <= 60;
}

/**
 * A photo caption whose credit the page dropped (天津 2026: 张工作政府工作报告。 under 天津市市长 张工): one short
 * sentence naming the speaker already read, saying that he or she delivers the report (a dated one is a lead).
 */
function isBareCaption(compact: string, speaker: string | undefined): boolean {
  return (
    speaker !== undefined &&
    compact.length <= 40 &&
    compact.includes(speaker) &&
    /作《?政府工作报告》?。$/.test(compact) &&
    !isNewsLead(compact)
  );
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
