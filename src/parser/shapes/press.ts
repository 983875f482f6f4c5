/**
 * Helpers shared by the press shapes (news items and the newspaper digest): telling a headline from a
 * sentence, and reading the date a lead opens with.
 */
import type { ParseContext } from '../context.ts';
import { calendarDate, MONTH_OR_DAY, writtenDate, YEAR } from '../dates.ts';
import { impossibleDate } from '../warnings.ts';

/** Final punctuation, possibly followed by closing quotes and brackets. */
const ENDS_WITH_FULL_STOP = /。[”’"'」』）)】]*$/;
const ENDS_WITH_MARK = /[！？!?…][”’"'」』）)】]*$/;

/**
 * Agency datelines (新华社长沙3月21日电) and time-first openings (3月23日上午， / 1月24日上午9时，).
 * Group 1: agency form's year, 2: month, 3: day; groups 4–6 the same for the time-first form.
 */
const MD = `(${MONTH_OR_DAY})月(${MONTH_OR_DAY})日`;
const DATELINE = new RegExp(
  `^(?:[^，。\\s]{0,16}?(?:(${YEAR})年)?${MD}电|(?:(${YEAR})年)?${MD}(?:至(?:${MONTH_OR_DAY})日)?[^，。]{0,4}[，,])`,
);

/** A line that is only an agency dateline, e.g. "新华社长沙3月21日电" or "新华社北京3月5日电（记者 王某）". */
const DATELINE_ONLY = new RegExp(`^[^，。\\s]{0,16}?(?:(?:${YEAR})年)?(?:${MONTH_OR_DAY})月(?:${MONTH_OR_DAY})日电(?:[（(][^）)]*[）)])?$`);

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
  const written = { year: m[1] ?? m[4] ?? ctx.entry.year, month: m[2] ?? m[5]!, day: m[3] ?? m[6]! };
  const date = calendarDate(written);
  if (date === null) ctx.warn(line, impossibleDate(writtenDate(written)));
  return date ?? undefined;
}
