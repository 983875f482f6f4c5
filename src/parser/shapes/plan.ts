/**
 * The plan shape (五年规划纲要 converted from Word): title lines, a preamble, 篇/章/节 with intros,
 * 专栏 boxes (items, sub-headings, indicator tables rebuilt from one-cell-per-line layout, 注 notes),
 * figures and the 名词解释 glossary. The work is split across ./plan/*.ts.
 */
import type { ParseContext, ShapeResult } from '../context.ts';
import { excerpt } from '../source.ts';
import { boxHeading, divisionHeading, isGlossaryHeading, tokenize } from './plan/lines.ts';
import { Outline } from './plan/outline.ts';

/** Title lines are short and hold no punctuation; the title may be set on several lines. */
const MAX_TITLE_LINE = 40;
const MAX_TITLE_LINES = 3;

function isTitleLine(text: string): boolean {
  return (
    text !== '' &&
    text.length <= MAX_TITLE_LINE &&
    !/[。，；：,;:！？]/.test(text) &&
    divisionHeading(text) === null &&
    boxHeading(text) === null &&
    !isGlossaryHeading(text)
  );
}

export function parsePlan(ctx: ParseContext): ShapeResult {
  const lines = ctx.lines;
  let i = 0;
  while (i < lines.length && lines[i]!.text === '') i++;
  const first = lines[i];
  if (!first) return ctx.fail(lines[0]?.number ?? 1, 'expected the title of the plan, found no text');
  const titleLines = [];
  while (i < lines.length && titleLines.length < MAX_TITLE_LINES && isTitleLine(lines[i]!.text)) titleLines.push(lines[i++]!);
  if (titleLines.length === 0) {
    ctx.fail(first.number, `expected the title of the plan (short lines without punctuation), found "${excerpt(first.text, 30)}"`);
  }
  const front = titleLines.map((l) => ctx.paragraph('title', l.text, l.number));

  const tokens = tokenize(lines.slice(i));
  if (!tokens.some((t) => t.kind === 'heading')) {
    ctx.fail(first.number, 'expected the 篇/章/节 headings of a plan outline (第一篇, 第一章…), found none');
  }
  const children = [...front, ...new Outline(ctx, tokens).build()];
  return { children, stated: { title: titleLines.map((l) => l.text).join('') } };
}
