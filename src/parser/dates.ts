/**
 * Dates as the texts write them — 2024年3月5日, ２０２４年３月５日, 二〇二四年三月五日, or 3月5日 with
 * the year known from elsewhere — read into ISO dates by one reader that checks the date exists
 * (2月30日 is no date). What an impossible date means is the caller's decision: a report's dateline
 * fails (it is the date the manifest is checked against); a lead or a note gets a warning.
 */
import { dateNumber } from './numerals.ts';

/** Pattern sources for building date expressions (each in its own group where used). */
export const YEAR = '[0-9０-９]{4}|[〇零一二三四五六七八九]{4}';
export const MONTH_OR_DAY = '[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}';
/** Year, month, day in groups 1–3. */
export const FULL_DATE = `(${YEAR})年(${MONTH_OR_DAY})月(${MONTH_OR_DAY})日`;

/** The parts of a written date: numerals as written (year may be a known number instead). */
export interface WrittenDate {
  year: string | number;
  month: string;
  day: string;
}

/** How a date is written, for messages: 2025年2月30日, or 2月30日 when the year was not written. */
export function writtenDate(d: WrittenDate, yearWritten = typeof d.year === 'string'): string {
  return `${yearWritten ? `${d.year}年` : ''}${d.month}月${d.day}日`;
}

/** The ISO date (YYYY-MM-DD), or null when the numerals are unreadable or the date does not exist. */
export function calendarDate(d: WrittenDate): string | null {
  const year = typeof d.year === 'number' ? d.year : dateNumber(d.year);
  const month = dateNumber(d.month);
  const day = dateNumber(d.day);
  if (year === null || month === null || day === null || year < 1 || year > 9999) return null;
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year); // years below 100 are not shifted into the 1900s
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
