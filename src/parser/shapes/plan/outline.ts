/**
 * The plan's outline: 篇 > 章 > 节, with 专栏 boxes, figures and the 名词解释 glossary, built from the
 * tokens of ./lines.ts. Numbering defects are warnings; a missing 章 heading is inferred from the
 * numbering (节 restarting without a new 章 while the 章 numbers skip one) and flagged as editorial.
 */
import type { ParseContext } from '../../context.ts';
import type { Division, Node } from '../../model.ts';
import { NumberingSequence } from '../../numbering.ts';
import { chineseNumeral } from '../../numerals.ts';
import type { SourceLine } from '../../source.ts';
import { FIGURE_CAPTION_CUT, inferredHeading, numberingHasNoGap, numberingSkips } from '../../warnings.ts';
import { parseBox } from './boxes.ts';
import { glossaryEntry } from './glossary.ts';
import { runs } from './inline.ts';
import type { OutlineHeading, Token } from './lines.ts';

/** Lead phrases in running text are short (岳阳市。 京港澳通道经济带。); ——-lines name a whole principle. */
const BODY_LEAD = 12;
const HIGHLIGHT_LEAD = 30;

export class Outline {
  private readonly ctx: ParseContext;
  private readonly tokens: Token[];
  private readonly top: Node[] = [];
  private part: Division | null = null;
  private chapter: Division | null = null;
  private section: Division | null = null;
  private glossary: Division | null = null;
  private readonly parts: NumberingSequence;
  private readonly chapters: NumberingSequence;
  private readonly sections: NumberingSequence;
  private readonly boxes: NumberingSequence;
  private readonly terms: NumberingSequence;
  /** Every 章 number written in the document: an inferred 章 must not take one of them. */
  private readonly writtenChapters: Set<number>;

  constructor(ctx: ParseContext, tokens: Token[]) {
    this.ctx = ctx;
    this.tokens = tokens;
    // 篇, 章, 节 and 专栏 labels say what they number (第五章, 专栏8); glossary numbers (11.) do not.
    this.parts = new NumberingSequence(ctx);
    this.chapters = new NumberingSequence(ctx);
    this.sections = new NumberingSequence(ctx);
    this.boxes = new NumberingSequence(ctx);
    this.terms = new NumberingSequence(ctx, '名词解释条目');
    this.writtenChapters = new Set(tokens.flatMap((t) => (t.kind === 'heading' && t.head.level === 'chapter' ? [t.head.ordinal] : [])));
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
          const box = parseBox(this.ctx, token.head, line.number, body);
          this.boxes.next(token.head.ordinal, token.head.number, line.number, box.id);
          this.container().push(box);
          break;
        }
        case 'glossary':
          this.part = this.chapter = this.section = null;
          this.glossary = this.ctx.division(
            'glossary',
            'glossary',
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

  private heading(head: OutlineHeading, line: number, k: number): void {
    this.glossary = null;
    if (head.level === 'part') {
      const part = this.ctx.division('part', `part-${head.ordinal}`, head, line);
      this.parts.next(head.ordinal, head.number, line, part.id);
      this.top.push(part);
      this.part = part;
      this.chapter = this.section = null;
      this.sections.restart();
    } else if (head.level === 'chapter') {
      const chapter = this.ctx.division('chapter', `chapter-${head.ordinal}`, head, line);
      this.chapters.next(head.ordinal, head.number, line, chapter.id);
      (this.part?.children ?? this.top).push(chapter);
      this.chapter = chapter;
      this.section = null;
      this.sections.restart();
    } else {
      const restart = this.chapter !== null && head.ordinal === 1 && this.sections.last >= 1;
      if (this.writtenChapters.size > 0 && (this.chapter === null || restart)) this.inferChapter(head, line, k);
      const key = this.chapter ? this.chapter.id.replace(/^chapter-/, '') : `p${this.part?.ordinal ?? 0}`;
      const section = this.ctx.division('section', `section-${key}-${head.ordinal}`, head, line);
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
  private inferChapter(head: OutlineHeading, line: number, k: number): void {
    const prev = this.chapters.highest;
    const next = this.tokens.slice(k).find((t) => t.kind === 'heading' && t.head.level === 'chapter');
    const nextOrdinal = next?.kind === 'heading' ? next.head.ordinal : null;
    const ordinal = this.writtenChapters.has(prev + 1) ? null : prev + 1;
    const label = ordinal === null ? '一章' : `第${chineseNumeral(ordinal)}章`;
    const reason =
      nextOrdinal !== null && nextOrdinal > prev + 1
        ? numberingSkips('章', `第${chineseNumeral(prev)}章`, `第${chineseNumeral(nextOrdinal)}章`)
        : numberingHasNoGap('章');
    const { editorial, warning } = inferredHeading({ label, unit: '章', first: head.number, childUnit: '节', reason });
    const base = ordinal === null ? `chapter-${prev}-unheaded` : `chapter-${ordinal}`;
    const chapter = this.ctx.division('chapter', base, { number: null, ordinal, title: '', heading: '', editorial }, line);
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
    this.ctx.warn(chapter.source.line, warning, chapter.id);
    parent.push(chapter);
    this.chapter = chapter;
    this.section = null;
    this.sections.restart();
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
      this.ctx.warn(line.number, FIGURE_CAPTION_CUT, p.id);
    }
    this.container().push(p);
  }

  private text(line: SourceLine): void {
    if (this.glossary) {
      this.glossary.children.push(glossaryEntry(this.ctx, this.terms, line));
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
