/** STUB (to be replaced): every non-empty line becomes a body paragraph; the first line is the title. */
import type { ParseContext, ShapeResult } from '../context.ts';

export function parsePlan(ctx: ParseContext): ShapeResult {
  const nonEmpty = ctx.lines.filter((l) => l.text !== '');
  const children = nonEmpty.map((l, i) => ctx.paragraph(i === 0 ? 'title' : 'body', l.text, l.number));
  return { children, stated: { title: ctx.entry.sourceTitle } };
}
