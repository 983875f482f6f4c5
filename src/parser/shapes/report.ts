/**
 * Government work reports (shape 'report'): front matter (title, dateline, speaker, news lead), then
 * salutations and opening paragraphs, parts 一、二、三、 and their items （一）（二）…, then what follows
 * the body: attachments (附件N, with their own numbering) and a glossary (名词解释). One logical line is
 * one paragraph (a line the source's layout broke inside a sentence is joined, with a note: see
 * report/layout.ts); a heading that opens its paragraph is split off as the division heading, and a
 * salutation that opens one (各位代表！大道至简…) as its own paragraph, both without losing a character.
 * Modules: report/front.ts (front matter, stated facts), report/headings.ts, report/inline.ts (roles
 * and runs), report/tree.ts (nesting, ids, numbering checks), report/appendix.ts (attachment and
 * glossary markers), report/layout.ts (lines broken inside a sentence).
 */
import type { ParseContext, ShapeResult } from '../context.ts';
import { isPhotoCaption } from '../debris.ts';
import { lineJoined } from '../warnings.ts';
import { attachmentMarker, isAttachmentTitle, isGlossaryTitle } from './report/appendix.ts';
import { readFrontMatter } from './report/front.ts';
import { isHeadingLine, readHeading } from './report/headings.ts';
import { shapeParagraph } from './report/inline.ts';
import { logicalLines } from './report/layout.ts';
import { splitSalutation } from './report/salutation.ts';
import { ReportTree } from './report/tree.ts';

/** A glossary entry whose definition stands on the next line: 1.“四上”企业： / ［1］一降三减： */
const ENTRY_OPEN = /^(?:[0-9０-９]+[.．、]|[［[〔][0-9０-９]+[］\]〕]).*[：:]$/;
const ENTRY = /^(?:[0-9０-９]+[.．、]|[［[〔][0-9０-９]+[］\]〕])/;

/** An unnumbered section heading: a short line without punctuation naming a review or the year's work. */
const SECTION = /(?:工作回顾|发展回顾|发展成就|重点工作|重点任务|工作安排|主要目标|目标任务)$/;
function isSectionHeading(text: string): boolean {
  return text.length >= 6 && text.length <= 30 && !/[。，；：！？、,;:!?]/.test(text) && SECTION.test(text);
}

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

  const fixed = (text: string) =>
    isHeadingLine(text) ||
    splitSalutation(text) !== null ||
    attachmentMarker(text) !== null ||
    isGlossaryTitle(text) ||
    isSectionHeading(text) ||
    isPhotoCaption(text);
  const body = logicalLines(lines.slice(front.consumed), fixed);
  for (let k = 0; k < body.length; k++) {
    const { text, number, joined } = body[k]!;
    if (joined) ctx.warn(number, lineJoined(joined[0]!, joined.at(-1)!, joined.length));
    if (tree.inGlossary) {
      const next = body[k + 1];
      if (ENTRY_OPEN.test(text) && next && !ENTRY.test(next.text) && !fixed(next.text)) {
        tree.term({ number, text: text + next.text });
        k++;
        continue;
      } else if (!attachmentMarker(text)) {
        tree.term({ number, text });
        continue;
      }
    }
    const attachment = tree.inPart ? attachmentMarker(text) : null;
    if (attachment) {
      const next = body[k + 1];
      const titleLine = attachment.title === '' && next && isAttachmentTitle(next.text) ? next : undefined;
      tree.openAttachment(attachment, titleLine?.text ?? '', number);
      if (titleLine) k++;
      continue;
    }
    if (tree.inPart && isGlossaryTitle(text)) {
      tree.openGlossary(text, number);
      continue;
    }
    const salutation = splitSalutation(text);
    if (salutation) {
      tree.add(ctx.paragraph('salutation', salutation.salutation, number));
      addBody(salutation.rest, number);
      continue;
    }
    if (!tree.hasNumberedPart && isSectionHeading(text)) {
      tree.openSection(text, number);
      continue;
    }
    const heading = readHeading(text);
    if (heading) {
      tree.open(heading, number);
      addBody(heading.body, number);
      continue;
    }
    if (isPhotoCaption(text)) {
      tree.add(ctx.paragraph('figure', text, number));
      continue;
    }
    addBody(text, number);
  }
  tree.finish(lines[0]!.number);
  return { children: [...front.nodes, ...tree.children], stated: front.stated };
}
