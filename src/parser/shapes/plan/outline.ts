/**
 * The plan's outline: 篇 > 章 > 节, with 专栏 boxes, figures and the 名词解释 glossary, built from the
 * tokens of ./lines.ts. Numbering defects are warnings; a missing 章 heading is inferred from the
 * numbering (节 restarting without a new 章 while the 章 numbers skip one) and flagged as editorial.
 */
import type { ParseContext } from '../../context.ts';
import type { Division, Node } from '../../model.ts';
import type { SourceLine } from '../../source.ts';
import { parseBox } from './boxes.ts';
import { glossaryEntry } from './glossary.ts';
import { chineseNumeral, runs } from './inline.ts';
import type { Heading, Token } from './lines.ts';
import { Ids, Sequence } from './numbering.ts';

/** Lead phrases in running text are short (岳阳市。 京港澳通道经济带。); ——-lines name a whole principle. */
const BODY_LEAD = 12;
const HIGHLIGHT_LEAD = 30;

export class Outline {
  private readonly ctx: ParseContext;
  private readonly tokens: Token[];
  private readonly ids = new Ids();
  private readonly top: Node[] = [];
  private part: Division | null = null;
  private chapter: Division | null = null;
  private section: Division | null = null;
  private glossary: Division | null = null;
  private readonly parts: Sequence;
  private readonly chapters: Sequence;
  private readonly sections: Sequence;
  private readonly boxes: Sequence;
  private readonly terms: Sequence;
  /** Every 章 number written in the document: an inferred 章 must not take one of them. */
  private readonly writtenChapters: Set<number>;

  constructor(ctx: ParseContext, tokens: Token[]) {
    this.ctx = ctx;
    this.tokens = tokens;
    this.parts = new Sequence(ctx, '篇');
    this.chapters = new Sequence(ctx, '章');
    this.sections = new Sequence(ctx, '节');
    this.boxes = new Sequence(ctx, '专栏');
    this.terms = new Sequence(ctx, '名词解释条目');
    this.writtenChapters = new Set(
      tokens.flatMap((t) => (t.kind === 'heading' && t.head.level === 'chapter' ? [t.head.ordinal] : [])),
    );
  }

  build(): Node[] {
    const tokens = this.tokens;
    for (let k = 0; k < tokens.length; k++) {
      const token = tokens[k]!;
      const line = token.lines[0]!;
      switch (token.kind) {
        case 'blank':
          break;
        case 'heading':
          this.heading(token.head, line.number, k);
          break;
        case 'box': {
          // A box runs to the next heading or figure: its items, tables and notes are all inside.
          const body: SourceLine[] = [];
          while (k + 1 < tokens.length && (tokens[k + 1]!.kind === 'text' || tokens[k + 1]!.kind === 'blank')) {
            body.push(...tokens[++k]!.lines);
          }
          const box = parseBox(this.ctx, this.ids, token.head, line.number, body);
          this.boxes.next(token.head.ordinal, token.head.number, line.number, box.id);
          this.container().push(box);
          break;
        }
        case 'glossary':
          this.part = this.chapter = this.section = null;
          this.glossary = this.ctx.division(
            'glossary',
            this.ids.claim('glossary'),
            { number: null, ordinal: null, title: line.text, heading: line.text },
            line.number,
          );
          this.top.push(this.glossary);
          break;
        case 'figure':
          this.figure(line);
          break;
        case 'text':
          this.text(line);
          break;
      }
    }
    return this.top;
  }

  private container(): Node[] {
    return (this.glossary ?? this.section ?? this.chapter ?? this.part)?.children ?? this.top;
  }

  private heading(head: Heading, line: number, k: number): void {
    const parts = { number: head.number, ordinal: head.ordinal, title: head.title, heading: head.heading };
    this.glossary = null;
    if (head.level === 'part') {
      const part = this.ctx.division('part', this.ids.claim(`part-${head.ordinal}`), parts, line);
      this.parts.next(head.ordinal, head.number, line, part.id);
      this.top.push(part);
      this.part = part;
      this.chapter = this.section = null;
      this.sections.reset();
    } else if (head.level === 'chapter') {
      const chapter = this.ctx.division('chapter', this.ids.claim(`chapter-${head.ordinal}`), parts, line);
      this.chapters.next(head.ordinal, head.number, line, chapter.id);
      (this.part?.children ?? this.top).push(chapter);
      this.chapter = chapter;
      this.section = null;
      this.sections.reset();
    } else {
      const restart = this.chapter !== null && head.ordinal === 1 && this.sections.current >= 1;
      if (this.writtenChapters.size > 0 && (this.chapter === null || restart)) this.inferChapter(head, line, k);
      const key = this.chapter ? this.chapter.id.replace(/^chapter-/, '') : `p${this.part?.ordinal ?? 0}`;
      const section = this.ctx.division('section', this.ids.claim(`section-${key}-${head.ordinal}`), parts, line);
      this.sections.next(head.ordinal, head.number, line, section.id);
      (this.chapter?.children ?? this.part?.children ?? this.top).push(section);
      this.section = section;
    }
  }

  /**
   * A 节 with no 章 above it in its 篇, or a 节 run restarting at 第一节 without a new 章: the source
   * lost a 章 heading. Its number is the one the 章 numbering skips (previous + 1, when no written
   * heading carries it); the 章 is created empty-headed with an editorial note and a warning.
   */
  private inferChapter(head: Heading, line: number, k: number): void {
    const prev = this.chapters.current;
    const next = this.tokens.slice(k).find((t) => t.kind === 'heading' && t.head.level === 'chapter');
    const nextOrdinal = next?.kind === 'heading' ? next.head.ordinal : null;
    const ordinal = this.writtenChapters.has(prev + 1) ? null : prev + 1;
    const label = ordinal === null ? '一章' : `第${chineseNumeral(ordinal)}章`;
    const editorial = `源文件缺少${label}标题`;
    const id = this.ids.claim(ordinal === null ? `chapter-${prev}-unheaded` : `chapter-${ordinal}`);
    const chapter = this.ctx.division('chapter', id, { number: null, ordinal, title: '', heading: '', editorial }, line);
    const gap =
      nextOrdinal !== null && nextOrdinal > prev + 1
        ? `章编号从第${chineseNumeral(prev)}章跳到第${chineseNumeral(nextOrdinal)}章`
        : '章编号没有空缺';
    if (ordinal !== null) this.chapters.assume(ordinal, label);

    const parent = this.part?.children ?? this.top;
    if (this.chapter === null) {
      // The lost heading stood after the 篇's own intro: the 篇 keeps as many intro paragraphs as the
      // other 篇 of this document have (their usual intro length); the rest opened the lost 章.
      const keep = this.usualIntroLength();
      let seen = 0;
      const cut = parent.findIndex((n) => n.type === 'paragraph' && ++seen > keep);
      const start = this.part && cut >= 0 ? cut : parent.length;
      chapter.children.push(...parent.splice(start));
      if (chapter.children[0]) chapter.source = { ...chapter.children[0].source };
    }
    // Located where the inferred 章 starts: the lost heading stood just before that line.
    this.ctx.warn(chapter.source.line, `${editorial}：自此处起的内容（含“${head.number}”及其后各节）没有章标题（${gap}），归入推断的${label}`, id);
    parent.push(chapter);
    this.chapter = chapter;
    this.section = null;
    this.sections.reset();
  }

  /** The most common number of intro paragraphs of the 篇 whose first division is a written 章. */
  private usualIntroLength(): number {
    const counts = new Map<number, number>();
    let count: number | null = null;
    for (const t of this.tokens) {
      if (t.kind === 'heading' || t.kind === 'box' || t.kind === 'glossary') {
        if (count !== null && t.kind === 'heading' && t.head.level === 'chapter') {
          counts.set(count, (counts.get(count) ?? 0) + 1);
        }
        count = t.kind === 'heading' && t.head.level === 'part' ? 0 : null;
      } else if (t.kind === 'text' && count !== null) count++;
    }
    let best = 1;
    let bestSeen = 0;
    for (const [n, seen] of [...counts].sort((a, b) => a[0] - b[0])) {
      if (seen > bestSeen) [best, bestSeen] = [n, seen];
    }
    return best;
  }

  private figure(line: SourceLine): void {
    const p = this.ctx.paragraph('figure', line.text, line.number);
    // 图3  湖[image: …]南省…: the converter put the image placeholder inside the caption.
    const at = line.text.indexOf('[image:');
    const before = line.text.slice(0, Math.max(0, at)).replace(/^图[\s\u3000]*[0-9０-９]+[\s\u3000]*/, '');
    const close = closingBracket(line.text, at);
    if (at >= 0 && before !== '' && close >= 0 && line.text.slice(close + 1).trim() !== '') {
      this.ctx.warn(line.number, '图题被图片占位符“[image: …]”截断（按原文保留）', p.id);
    }
    this.container().push(p);
  }

  private text(line: SourceLine): void {
    if (this.glossary) {
      this.glossary.children.push(glossaryEntry(this.ctx, this.ids, this.terms, line));
      return;
    }
    const text = line.text;
    const opened = this.part ?? this.chapter ?? this.section;
    const p =
      opened === null
        ? this.ctx.paragraph('lead', text, line.number) // the preamble, before the first 篇
        : text.startsWith('——')
          ? this.ctx.paragraph('highlight', runs(text, HIGHLIGHT_LEAD), line.number)
          : this.ctx.paragraph('body', runs(text, BODY_LEAD), line.number);
    this.container().push(p);
  }
}

/** Index of the `]` closing the `[` at `open` (placeholders may nest: [image: …[内部].jpg]). */
function closingBracket(text: string, open: number): number {
  if (open < 0) return -1;
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '[') depth++;
    else if (text[i] === ']' && --depth === 0) return i;
  }
  return -1;
}
