/**
 * Laws (中华人民共和国…法): title, the adoption/revision note in parentheses, then 章 (optional 节) and
 * 条. The text after "第N条" on its heading line is the article's first 款; later lines are further 款
 * (clause) or 项 "（一）…" (law-item). A law without 章 is valid: its articles sit at the top level.
 * A 目录 after the note is kept as a preface division (see readContents).
 *
 * Article numbers are global (第六十五条 → article-65); numbering gaps and repeats are source defects,
 * reported as warnings and kept as written.
 */
import type { ParseContext, ShapeResult } from '../context.ts';
import { calendarDate, FULL_DATE, writtenDate } from '../dates.ts';
import { BRACKETED_NUMBER, HEADING_SPACE, matchOrdinal, ordinalHeading, type Heading, type OrdinalMatch } from '../headings.ts';
import type { Division, Paragraph } from '../model.ts';
import { NumberingSequence } from '../numbering.ts';
import { chineseNumber, chineseNumeral } from '../numerals.ts';
import { excerpt, withoutWhitespace } from '../source.ts';
import { articleReference, impossibleDate, textOutsideArticle, UNCLOSED_LEGISLATIVE_NOTE } from '../warnings.ts';

/** 目录 (table of contents), spaced as laws often print it: "目  录". */
const CONTENTS = new RegExp(`^目${HEADING_SPACE}*录$`);
const LEVELS = { 章: 'chapter', 节: 'section' } as const;

type Line = ParseContext['lines'][number];
type LawHeading = Heading<'chapter' | 'section'>;

/** A 章 or 节 heading line; its title follows the one title rule of ../headings.ts. */
function headingOf(text: string): LawHeading | null {
  return ordinalHeading(text, LEVELS);
}

const articleOf = (text: string) => matchOrdinal(text, '条');

/** Reads a law. */
export function parseLaw(ctx: ParseContext): ShapeResult {
  const lines = ctx.lines.filter((l) => l.text !== '');
  if (lines.length === 0) ctx.fail(ctx.lines[0]?.number ?? 1, 'expected a law, found only blank lines');
  const children: ShapeResult['children'] = [];

  // Front matter: title lines until the note, a heading or an article; then the note "（…通过 …修订）".
  let i = 0;
  const isStructure = (t: string) => headingOf(t) !== null || articleOf(t) !== null;
  const titleLines: Line[] = [];
  const endsTitle = (t: string) => t.startsWith('（') || isStructure(t) || CONTENTS.test(t) || t.endsWith('。');
  while (i < lines.length && !endsTitle(lines[i]!.text)) titleLines.push(lines[i++]!);
  if (titleLines.length === 0) ctx.fail(lines[0]!.number, `expected the law's title, found "${excerpt(lines[0]!.text)}"`);
  titleLines.forEach((l, k) => children.push(ctx.paragraph(k === 0 ? 'title' : 'subtitle', l.text, l.number)));
  const noteLines: Line[] = [];
  if (i < lines.length && lines[i]!.text.startsWith('（')) {
    while (i < lines.length && !isStructure(lines[i]!.text)) {
      noteLines.push(lines[i]!);
      if (lines[i++]!.text.endsWith('）')) break;
    }
    const last = noteLines[noteLines.length - 1]!;
    if (!last.text.endsWith('）')) ctx.warn(last.number, UNCLOSED_LEGISLATIVE_NOTE);
    for (const l of noteLines) children.push(ctx.paragraph('note', l.text, l.number));
  }
  if (i < lines.length && CONTENTS.test(lines[i]!.text)) i = readContents(ctx, lines, i, children);

  new Body(
    ctx,
    children,
    lines.slice(i).some((l) => headingOf(l.text)?.level === 'chapter'),
  ).read(lines.slice(i));

  const date = adoptionDate(ctx, noteLines);
  const title = titleLines.map((l) => l.text).join('');
  return { children, stated: date ? { title, date } : { title } };
}

/**
 * A table of contents (目录) lists the headings the body repeats: its entries run until the first entry
 * reappears (compared without layout spaces). Kept as a preface division of label paragraphs so the
 * listed headings are not read as a second set of chapters. Returns the index of the body's first line.
 */
function readContents(ctx: ParseContext, lines: Line[], at: number, children: ShapeResult['children']): number {
  const head = lines[at]!;
  const first = lines[at + 1];
  const end = first ? lines.findIndex((l, k) => k > at + 1 && withoutWhitespace(l.text) === withoutWhitespace(first.text)) : -1;
  if (!first || end < 0) {
    ctx.fail(
      head.number,
      `expected the body after the table of contents to repeat its first entry "${excerpt(first?.text ?? '')}", found no repeat`,
    );
  }
  const contents = ctx.division('preface', 'contents', { number: null, ordinal: null, title: head.text, heading: head.text }, head.number);
  for (const l of lines.slice(at + 1, end)) contents.children.push(ctx.paragraph('label', l.text, l.number));
  children.push(contents);
  return end;
}

/** Walks the body, keeping the open chapter, section and article. */
class Body {
  private chapter: Division | null = null;
  private section: Division | null = null;
  private article: Division | null = null;
  private readonly chapters: NumberingSequence;
  private readonly sections: NumberingSequence;
  private readonly articles: NumberingSequence;
  /** 项 of the current 款 (项 restart after each 款). */
  private items: NumberingSequence;
  private readonly ctx: ParseContext;
  private readonly top: ShapeResult['children'];
  private readonly hasChapters: boolean;

  constructor(ctx: ParseContext, top: ShapeResult['children'], hasChapters: boolean) {
    this.ctx = ctx;
    this.top = top;
    this.hasChapters = hasChapters;
    this.chapters = new NumberingSequence(ctx);
    this.sections = new NumberingSequence(ctx);
    this.articles = new NumberingSequence(ctx);
    this.items = new NumberingSequence(ctx);
  }

  read(lines: Line[]): void {
    for (const line of lines) {
      const heading = headingOf(line.text);
      const article = articleOf(line.text);
      if (heading?.level === 'chapter') this.openChapter(heading, line);
      else if (heading?.level === 'section') this.openSection(heading, line);
      else if (article && this.isArticleHeading(article, line)) this.openArticle(article, line);
      else this.text(line);
    }
  }

  private openChapter(h: LawHeading, line: Line): void {
    this.chapter = this.ctx.division('chapter', `chapter-${h.ordinal}`, h, line.number);
    this.chapters.next(h.ordinal, h.number, line.number, this.chapter.id);
    this.top.push(this.chapter);
    this.section = null;
    this.article = null;
    this.sections.restart();
  }

  private openSection(h: LawHeading, line: Line): void {
    if (!this.chapter) this.ctx.fail(line.number, `expected a 章 before the section "${h.number}", found none`);
    this.section = this.ctx.division('section', `section-${this.chapter.ordinal}-${h.ordinal}`, h, line.number);
    this.sections.next(h.ordinal, h.number, line.number, this.section.id);
    this.chapter.children.push(this.section);
    this.article = null;
  }

  /**
   * "第N条" opens an article when a separator follows it, or when N is the next article number: a 款
   * that merely starts with a reference (第三十四条规定的…) has neither. The doubtful case is a warning.
   */
  private isArticleHeading(m: OrdinalMatch, line: Line): boolean {
    if (m.separator !== '' || m.rest === '') return true;
    const expected = this.articles.last + 1;
    if (m.ordinal === expected) return true;
    this.ctx.warn(line.number, articleReference(m.number, `第${chineseNumeral(expected)}条`));
    return false;
  }

  private openArticle(m: OrdinalMatch, line: Line): void {
    const { number, ordinal } = m;
    if (this.hasChapters && !this.chapter) {
      this.ctx.fail(line.number, `expected a 章 heading before the first article of a law with chapters, found "${number}"`);
    }
    this.article = this.ctx.division('article', `article-${ordinal}`, { number, ordinal, title: '', heading: number }, line.number);
    this.articles.next(ordinal, number, line.number, this.article.id);
    if (m.separator && m.rest) this.article.separator = m.separator;
    const parent = this.section ?? this.chapter;
    if (parent) parent.children.push(this.article);
    else this.top.push(this.article);
    this.items = new NumberingSequence(this.ctx, `${number}的项`);
    if (m.rest) this.article.children.push(this.ctx.paragraph('clause', m.rest, line.number));
  }

  private text(line: Line): void {
    const item = BRACKETED_NUMBER.exec(line.text);
    if (!this.article) {
      // Text outside any article: a preamble before the first heading, or stray text under a heading.
      const parent = this.section ?? this.chapter;
      const p = this.ctx.paragraph('body', line.text, line.number);
      if (parent) {
        this.ctx.warn(line.number, textOutsideArticle(parent.heading), p.id);
        parent.children.push(p);
      } else this.top.push(p);
      return;
    }
    let p: Paragraph;
    if (item) {
      p = this.ctx.paragraph('law-item', line.text, line.number);
      this.items.next(chineseNumber(item[1]!)!, item[0], line.number, p.id);
    } else {
      p = this.ctx.paragraph('clause', line.text, line.number);
      this.items.restart();
    }
    this.article.children.push(p);
  }
}

const ADOPTION = new RegExp(`${FULL_DATE}[^年）]*?(?:通过|修订|修正)`, 'g');

/**
 * The date the law was last adopted, revised or amended: the last "YYYY年M月D日…通过/修订/修正" in the
 * note ("1988年9月5日…通过 2010年4月29日…第一次修订 2024年2月27日…第二次修订" → 2024-02-27).
 */
function adoptionDate(ctx: ParseContext, note: Line[]): string | undefined {
  // The note may wrap over lines: read it joined, locate a warning on the line its date starts on.
  const starts: number[] = [];
  let joined = '';
  for (const line of note) {
    starts.push(joined.length);
    joined += line.text;
  }
  let found: string | undefined;
  for (const m of joined.matchAll(ADOPTION)) {
    const written = { year: m[1]!, month: m[2]!, day: m[3]! };
    const date = calendarDate(written);
    if (date === null) {
      const k = starts.findLastIndex((start) => start <= m.index);
      ctx.warn(note[k]!.number, impossibleDate(writtenDate(written)));
    }
    // An impossible last date states none: an earlier date is not the date of this text.
    found = date ?? undefined;
  }
  return found;
}
