/**
 * Helpers shared by the press shapes (news items and the newspaper digest): telling a headline from a
 * sentence, and reading the date a lead opens with.
 */
import type { ParseContext } from '../context.ts';

/** Final punctuation, possibly followed by closing quotes and brackets. */
const ENDS_WITH_FULL_STOP = /。[”’"'」』）)】]*$/;
const ENDS_WITH_MARK = /[！？!?…][”’"'」』）)】]*$/;

/**
 * Agency datelines (新华社长沙3月21日电) and time-first openings (3月23日上午， / 1月24日上午9时，).
 * Group 1: agency form's year, 2: month, 3: day; groups 4–6 the same for the time-first form.
 */
const DATELINE = /^(?:[^，。\s]{0,16}?(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日电|(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日(?:至\d{1,2}日)?[^，。]{0,4}[，,])/;

/** A line that is only an agency dateline, e.g. "新华社长沙3月21日电" or "新华社北京3月5日电（记者 王某）". */
const DATELINE_ONLY = /^[^，。\s]{0,16}?(?:\d{4}年)?\d{1,2}月\d{1,2}日电(?:[（(][^）)]*[）)])?$/;

/** Longest line still read as a headline when it holds commas (headlines rarely exceed this). */
const HEADLINE_MAX = 60;

/**
 * True when a line reads as running text rather than a headline: it ends with 。 (before closing quotes),
 * ends with ！/？ after a comma-separated clause, is longer than any headline and has clause punctuation,
 * or opens with a dateline. Headlines end without a full stop (湖南“四个十大”上新！政府工作报告回应…难点).
 */
export function isSentence(text: string): boolean {
  if (ENDS_WITH_FULL_STOP.test(text)) return true;
  if (ENDS_WITH_MARK.test(text) && /[，,；;。]/.test(text)) return true;
  if (text.length > HEADLINE_MAX && /[，,；;。]/.test(text)) return true;
  return DATELINE.test(text);
}

export function isDatelineOnly(text: string): boolean {
  return DATELINE_ONLY.test(text);
}

/**
 * The ISO date a lead (or a dateline line) opens with, or undefined when it opens with none (近日, 20日
 * without a month). A month-day date without a year is read in the manifest entry's `year`: news items
 * and digests give the year only in the page header the seed lost, and the entry's year is the one the
 * item is filed under. An impossible date (2月30日) is a warning, not a date.
 */
export function leadDate(ctx: ParseContext, text: string, line: number): string | undefined {
  const m = DATELINE.exec(text);
  if (!m) return undefined;
  const year = Number(m[1] ?? m[4] ?? ctx.entry.year);
  const month = Number(m[2] ?? m[5]);
  const day = Number(m[3] ?? m[6]);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    ctx.warn(line, `导语开头的日期不存在（${month}月${day}日），不据此读取日期`);
    return undefined;
  }
  return date.toISOString().slice(0, 10);
}

/** Abbreviates a line for error messages. */
export function excerpt(text: string, max = 24): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
