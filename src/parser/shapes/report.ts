/**
 * Government work reports (shape 'report'): front matter (title, dateline, speaker, news lead), then
 * salutations and opening paragraphs, parts 一、二、三、 and their items （一）（二）…. One source line is
 * one paragraph; a heading that opens its paragraph is split off as the division heading, and a
 * salutation that opens one (各位代表！大道至简…) as its own paragraph, both without losing a character.
 * Modules: report/front.ts (front matter, stated facts), report/headings.ts, report/inline.ts (roles
 * and runs), report/tree.ts (nesting, ids, numbering checks).
 */
import type { ParseContext, ShapeResult } from '../context.ts';
import { readFrontMatter } from './report/front.ts';
import { readHeading } from './report/headings.ts';
import { shapeParagraph } from './report/inline.ts';
import { splitSalutation } from './report/salutation.ts';
import { ReportTree } from './report/tree.ts';

export function parseReport(ctx: ParseContext): ShapeResult {
  const lines = ctx.lines.filter((l) => l.text !== '');
  if (lines.length === 0) ctx.fail(ctx.lines[0]?.number ?? 1, 'expected a report, found no text');
  const front = readFrontMatter(ctx, lines);
  const tree = new ReportTree(ctx);

  const addBody = (text: string, line: number) => {
    if (text === '') return;
    const { role, content } = shapeParagraph(text, tree.inPart);
    tree.add(ctx.paragraph(role, content, line));
  };

  for (const { text, number } of lines.slice(front.consumed)) {
    const salutation = splitSalutation(text);
    if (salutation) {
      tree.add(ctx.paragraph('salutation', salutation.salutation, number));
      addBody(salutation.rest, number);
      continue;
    }
    const heading = readHeading(text);
    if (heading) {
      tree.open(heading, number);
      addBody(heading.body, number);
      continue;
    }
    addBody(text, number);
  }
  tree.finish(lines[0]!.number);
  return { children: [...front.nodes, ...tree.children], stated: front.stated };
}
