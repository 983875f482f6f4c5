/**
 * News items (新华社 dispatches, provincial government news): a headline of one to a few lines, an
 * optional dateline line, a lead and body paragraphs, one paragraph per source line.
 *
 * Where the headline ends is decided by the text, not by position: the headline is the run of lines
 * before the first line that reads as a sentence (ends with 。, or opens with a dateline such as
 * 新华社长沙3月21日电 / 3月23日上午，). Headlines wrapped over several lines are joined without a
 * separator for the stated title; each line stays its own paragraph (title, then subtitle).
 */
import type { ParseContext, ShapeResult } from '../context.ts';
import type { Paragraph } from '../model.ts';
import { excerpt } from '../source.ts';
import { isDatelineOnly, isSentence, leadDate } from './press.ts';

/** A headline wrapped over more lines than this means the body was not recognised: fail, located. */
const MAX_HEADLINE_LINES = 4;

export function parseNews(ctx: ParseContext): ShapeResult {
  const lines = ctx.lines.filter((l) => l.text !== '');
  const first = lines[0];
  if (!first) ctx.fail(ctx.lines[0]?.number ?? 1, 'expected a news item, found only blank lines');

  let i = 0;
  while (i < lines.length && !isSentence(lines[i]!.text) && !isDatelineOnly(lines[i]!.text)) i++;
  const headline = lines.slice(0, i);
  if (headline.length === 0) {
    ctx.fail(
      first.number,
      `expected a headline (a line without a closing 。) opening the news item, found the sentence "${excerpt(first.text)}"`,
    );
  }
  if (headline.length > MAX_HEADLINE_LINES) {
    const extra = headline[MAX_HEADLINE_LINES]!;
    ctx.fail(
      extra.number,
      `expected the body to start within ${MAX_HEADLINE_LINES} headline lines (a line ending in 。 or opening with a dateline), found another headline-like line "${excerpt(extra.text)}"`,
    );
  }
  if (i === lines.length) {
    const last = lines[lines.length - 1]!;
    ctx.fail(last.number, `expected a lead paragraph after the headline, found the end of the item`);
  }

  const children: Paragraph[] = headline.map((l, k) => ctx.paragraph(k === 0 ? 'title' : 'subtitle', l.text, l.number));
  let date: string | undefined;
  const dateline = lines[i]!;
  if (isDatelineOnly(dateline.text)) {
    children.push(ctx.paragraph('dateline', dateline.text, dateline.number));
    date = leadDate(ctx, dateline.text, dateline.number);
    i++;
  }
  const lead = lines[i];
  if (!lead) ctx.fail(dateline.number, 'expected a lead paragraph after the dateline, found the end of the item');
  children.push(ctx.paragraph('lead', lead.text, lead.number));
  date ??= leadDate(ctx, lead.text, lead.number);
  for (const l of lines.slice(i + 1)) children.push(ctx.paragraph('body', l.text, l.number));

  const title = headline.map((l) => l.text).join('');
  return { children, stated: date ? { title, date } : { title } };
}
