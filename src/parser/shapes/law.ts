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
import type { Division, Paragraph } from '../model.ts';
import { CHINESE_NUMERAL, chineseNumber } from '../numerals.ts';
import { withoutWhitespace } from '../source.ts';
import { excerpt } from './press.ts';

const N = CHINESE_NUMERAL;
/** Separator between a heading's numbering and its text: layout spaces (often none: 第三十四条网络…). */
const SEP = '[\\s\\u00a0\\u3000]*';
const CHAPTER = new RegExp(`^(第(${N}+)章)${SEP}(.*)$`);
const SECTION = new RegExp(`^(第(${N}+)节)${SEP}(.*)$`);
const ARTICLE = new RegExp(`^(第(${N}+)条)(${SEP})(.*)$`);
const ITEM = new RegExp(`^（(${N}+)）`);
/** 目录 (table of contents), spaced as laws often print it: "目  录". */
const CONTENTS = /^目[\s\u3000]*录$/;
/** Chapter and section titles are short phrases: a line with clause punctuation is running text. */
const HEADING_TITLE = /^[^，。；：,;:]{0,30}$/;

type Line = ParseContext['lines'][number];

interface Heading {
  kind: 'chapter' | 'section';
  number: string;
  ordinal: number;
  title: string;
}

function headingOf(text: string): Heading | null {
  for (const [kind, re] of [['chapter', CHAPTER], ['section', SECTION]] as const) {
    const m = re.exec(text);
    if (m && HEADING_TITLE.test(m[3]!)) return { kind, number: m[1]!, ordinal: chineseNumber(m[2]!)!, title: m[3]! };
  }
  return null;
}

/** Reads a law. */
export function parseLaw(ctx: ParseContext): ShapeResult {
  const lines = ctx.lines.filter((l) => l.text !== '');
  if (lines.length === 0) ctx.fail(ctx.lines[0]?.number ?? 1, 'expected a law, found only blank lines');
  const children: ShapeResult['children'] = [];

  // Front matter: title lines until the note, a heading or an article; then the note "（…通过 …修订）".
  let i = 0;
  const isStructure = (t: string) => headingOf(t) !== null || ARTICLE.test(t);
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
    if (!last.text.endsWith('）')) ctx.warn(last.number, '以“（”开头的立法说明没有以“）”结尾');
    for (const l of noteLines) children.push(ctx.paragraph('note', l.text, l.number));
  }
  if (i < lines.length && CONTENTS.test(lines[i]!.text)) i = readContents(ctx, lines, i, children);

  new Body(ctx, children, lines.slice(i).some((l) => headingOf(l.text)?.kind === 'chapter')).read(lines.slice(i));

  const date = adoptionDate(noteLines.map((l) => l.text).join(''));
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
    ctx.fail(head.number, `expected the body after the table of contents to repeat its first entry "${excerpt(first?.text ?? '')}", found no repeat`);
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
  private lastChapter = 0;
  private lastSection = 0;
  private lastArticle = 0;
  /** Last 项 number in the current 款 (项 restart after each 款). */
  private lastItem = 0;
  private readonly ids = new Set<string>();
  private readonly ctx: ParseContext;
  private readonly top: ShapeResult['children'];
  private readonly hasChapters: boolean;

  constructor(ctx: ParseContext, top: ShapeResult['children'], hasChapters: boolean) {
    this.ctx = ctx;
    this.top = top;
    this.hasChapters = hasChapters;
  }

  read(lines: Line[]): void {
    for (const line of lines) {
      const heading = headingOf(line.text);
      const article = ARTICLE.exec(line.text);
      if (heading?.kind === 'chapter') this.openChapter(heading, line);
      else if (heading?.kind === 'section') this.openSection(heading, line);
      else if (article && this.isArticleHeading(article, line)) this.openArticle(article, line);
      else this.text(line);
    }
  }

  private openChapter(h: Heading, line: Line): void {
    this.lastChapter = this.checkSequence(h, this.lastChapter, line, '章');
    this.chapter = this.division('chapter', `chapter-${h.ordinal}`, h, line);
    this.top.push(this.chapter);
    this.section = null;
    this.article = null;
    this.lastSection = 0;
  }

  private openSection(h: Heading, line: Line): void {
    if (!this.chapter) this.ctx.fail(line.number, `expected a 章 before the section "${h.number}", found none`);
    this.lastSection = this.checkSequence(h, this.lastSection, line, '节');
    this.section = this.division('section', `section-${this.chapter.ordinal}-${h.ordinal}`, h, line);
    this.chapter.children.push(this.section);
    this.article = null;
  }

  /**
   * "第N条" opens an article when a separator follows it, or when N is the next article number: a 款
   * that merely starts with a reference (第三十四条规定的…) has neither. The doubtful case is a warning.
   */
  private isArticleHeading(m: RegExpExecArray, line: Line): boolean {
    if (m[3] !== '' || m[4] === '') return true;
    if (chineseNumber(m[2]!) === this.lastArticle + 1) return true;
    this.ctx.warn(
      line.number,
      `此行以“${m[1]}”开头，但其后没有分隔且不合条文顺序（应为第${this.lastArticle + 1}条）：按正文处理，不作条标题`,
    );
    return false;
  }

  private openArticle(m: RegExpExecArray, line: Line): void {
    const number = m[1]!;
    const ordinal = chineseNumber(m[2]!)!;
    if (this.hasChapters && !this.chapter) {
      this.ctx.fail(line.number, `expected a 章 heading before the first article of a law with chapters, found "${number}"`);
    }
    this.lastArticle = this.checkSequence({ number, ordinal }, this.lastArticle, line, '条');
    this.article = this.division('article', `article-${ordinal}`, { number, ordinal, title: '' }, line, number);
    if (m[3] && m[4]) this.article.separator = m[3];
    const parent = this.section ?? this.chapter;
    if (parent) parent.children.push(this.article);
    else this.top.push(this.article);
    this.lastItem = 0;
    if (m[4]) this.article.children.push(this.ctx.paragraph('clause', m[4], line.number));
  }

  private text(line: Line): void {
    const item = ITEM.exec(line.text);
    if (!this.article) {
      // Text outside any article: a preamble before the first heading, or stray text under a heading.
      const parent = this.section ?? this.chapter;
      const p = this.ctx.paragraph('body', line.text, line.number);
      if (parent) {
        this.ctx.warn(line.number, `“${parent.heading}”之下应为条文（第N条），此处却是正文：按段落保留`, p.id);
        parent.children.push(p);
      } else this.top.push(p);
      return;
    }
    let p: Paragraph;
    if (item) {
      const n = chineseNumber(item[1]!)!;
      p = this.ctx.paragraph('law-item', line.text, line.number);
      if (n !== this.lastItem + 1) {
        this.ctx.warn(line.number, `${this.article.number}的项编号不连续：应为第${this.lastItem + 1}项，实为“${item[0]}”`, p.id);
      }
      this.lastItem = n;
    } else {
      p = this.ctx.paragraph('clause', line.text, line.number);
      this.lastItem = 0;
    }
    this.article.children.push(p);
  }

  /** Warns on a gap or repeat; returns the new "last" ordinal. */
  private checkSequence(h: { number: string; ordinal: number }, last: number, line: Line, unit: string): number {
    if (h.ordinal !== last + 1) {
      const what = h.ordinal <= last ? '编号重复或顺序错乱' : '编号不连续';
      this.ctx.warn(line.number, `${what}：应为第${last + 1}${unit}，实为“${h.number}”`);
    }
    return h.ordinal;
  }

  private division(
    level: 'chapter' | 'section' | 'article',
    id: string,
    h: { number: string; ordinal: number; title: string },
    line: Line,
    heading = line.text,
  ): Division {
    // A repeated number would repeat an id: keep the text, give the node a distinct id, warn.
    let unique = id;
    for (let k = 2; this.ids.has(unique); k++) unique = `${id}-${k}`;
    if (unique !== id) this.ctx.warn(line.number, `“${h.number}”重复出现；此处另编为 ${unique}`);
    this.ids.add(unique);
    return this.ctx.division(level, unique, { number: h.number, ordinal: h.ordinal, title: h.title, heading }, line.number);
  }
}

/**
 * The date the law was last adopted, revised or amended: the last "YYYY年M月D日…通过/修订/修正" in the
 * note ("1988年9月5日…通过 2010年4月29日…第一次修订 2024年2月27日…第二次修订" → 2024-02-27).
 */
function adoptionDate(note: string): string | undefined {
  let found: string | undefined;
  for (const m of note.matchAll(/(\d{4})年(\d{1,2})月(\d{1,2})日[^年）]*?(?:通过|修订|修正)/g)) {
    found = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  }
  return found;
}
