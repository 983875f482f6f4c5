/**
 * A report body's lines as the source's layout breaks them, made into logical lines: a line broken
 * inside a sentence by a web page ("PM" / "2.5" / "年平均浓度…", "今年经济社会发展的" / "主要预期目标" /
 * "是：…", "“双向" / "揭榜" / "挂帅”的简称…") is one paragraph of the source, and the break is layout
 * whitespace. The rule is conservative: a line is continued only when it cannot end where it does —
 * an open quote or bracket, a function word or a pause mark at its end, an ASCII token split
 * (PM / 2.5), or a next line that cannot open a paragraph (it starts with closing or clause punctuation,
 * or with 是：/为：). Headings and the appendix markers are never joined.
 */
import type { SourceLine } from '../../source.ts';

/** A logical line: the text of one or more source lines joined, and the source lines it came from. */
export interface LogicalLine {
  text: string;
  number: number;
  /** Source line numbers joined into this one (only when more than one). */
  joined?: number[];
}

/** Ends a paragraph (or a heading-like line the source ends this way). */
const ENDS = /[。！？；：…!?;:）)”’》」』】\]]$/;
/** Cannot end a paragraph: a function word, a pause mark or an opening bracket at the end. */
const OPEN_END = /[的和与及或在对为是了把将向从以等之、，,“‘《（(「『\-—]$/;
/** Cannot open a paragraph. */
const CONTINUES = /^(?:[，。、；：！？）)”’》」』%,.;:!?]|(?:是|为)[：:])/;
const ASCII_END = /[A-Za-z0-9]$/;
const ASCII_START = /^[A-Za-z0-9.]/;
const ASCII_TOKEN = /^[A-Za-z0-9.%+\-/]{1,10}$/;
/** A line at least this long that ends without punctuation was wrapped, not ended. */
const LONG_LINE = 24;

function unbalanced(text: string): boolean {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  return count(/“/g) > count(/”/g) || count(/[（(]/g) > count(/[）)]/g) || count(/《/g) > count(/》/g);
}

/** Whether `next` continues the paragraph `text` (built so far) that the source broke before it. */
function continues(text: string, next: string): boolean {
  if (ENDS.test(text)) return false;
  if (CONTINUES.test(next)) return true;
  if (unbalanced(text) || OPEN_END.test(text)) return true;
  if (ASCII_END.test(text) && ASCII_START.test(next)) return true;
  // A fragment of a few characters alone on its line (揭榜 between two halves of a sentence).
  if (next.length <= 4 && !/[\p{P}]/u.test(next)) return true;
  const lastLine = text.slice(text.lastIndexOf('\n') + 1);
  // A long line that stops without any punctuation is a hard wrap (text copied from a PDF or a
  // fixed-width page): headings and section titles are short, and never reach here (they are fixed).
  if (lastLine.length >= LONG_LINE) return true;
  // An ASCII token alone on its line (2.5 between "PM" and "年平均浓度").
  return ASCII_TOKEN.test(lastLine) && text.length > lastLine.length;
}

const SENTENCE_END = /[。！？!?]$/;
/** A paragraph of an enumeration (三是… / ——… / 第三，…) after a sentence's end starts a paragraph, even after a full line. */
const ENUMERATION_OPENS = /^(?:[一二三四五六七八九十]+是|——|第[一二三四五六七八九十]+[，、])/;

/** Display columns: a wide (CJK, full-width) character takes two. */
const columns = (s: string) => [...s].reduce((n, c) => n + (/[\u1100-\uffff]/.test(c) ? 2 : 1), 0);

/**
 * Lines of a file wrapped at a fixed width (text from a PDF or a fixed-width tool): such a line may end
 * on any character, even 。 or ；, and the paragraph still goes on. The width is found, not assumed: by
 * characters or by display columns, the width W whose band [W − tolerance, W] holds the most lines, taken
 * when that band holds at least 8 lines and 30 % of the non-empty lines (a web page's one line per
 * paragraph spreads its lengths far wider). Returns the numbers of the lines that fill the width.
 */
function wrappedAtWidth(lines: readonly SourceLine[]): Set<number> {
  const texts = lines.filter((l) => l.text !== '');
  const best = (measure: (s: string) => number, tolerance: number) => {
    const sizes = texts.map((l) => measure(l.raw.replace(/\s+$/u, '')));
    let top = { width: 0, count: 0 };
    for (const w of new Set(sizes)) {
      if (w < 20) continue;
      const count = sizes.filter((x) => x >= w - tolerance && x <= w).length;
      if (count > top.count) top = { width: w, count };
    }
    return {
      ...top,
      full: new Set(texts.filter((_, i) => sizes[i]! >= top.width - tolerance && sizes[i]! <= top.width).map((l) => l.number)),
    };
  };
  const byChars = best((s) => [...s].length, 1);
  const byColumns = best(columns, 3);
  const pick = byChars.count >= byColumns.count ? byChars : byColumns;
  return pick.count >= 8 && pick.count >= texts.length * 0.3 ? pick.full : new Set();
}

/**
 * Joins lines broken inside a sentence. `fixed(text)` says which lines are structure (headings,
 * salutations, appendix markers) and are never joined to a neighbour. In a file wrapped at a fixed
 * width, a line that fills the width continues into the next unless the next is structure, is indented
 * as a paragraph's first line (in a file that indents them), or opens an enumeration's next member after a
 * sentence's end. A paragraph that ends exactly at the width in a file that does not indent is joined to
 * the next (with its note): it cannot be told from a sentence ending at the width inside a paragraph,
 * which is far more frequent.
 */
export function logicalLines(lines: readonly SourceLine[], fixed: (text: string) => boolean): LogicalLine[] {
  const full = wrappedAtWidth(lines);
  const nonEmpty = lines.filter((l) => l.text !== '');
  const indents = nonEmpty.filter((l) => /^[\s\u3000]/u.test(l.raw)).length;
  const indentsParagraphs = indents >= 3 && indents < nonEmpty.length * 0.6;
  const opensParagraph = (line: SourceLine) => indentsParagraphs && /^[\s\u3000]/u.test(line.raw);
  const out: LogicalLine[] = [];
  let current: { texts: string[]; numbers: number[] } | null = null;
  const flush = () => {
    if (!current) return;
    out.push({
      text: current.texts.join(''),
      number: current.numbers[0]!,
      ...(current.numbers.length > 1 ? { joined: current.numbers } : {}),
    });
    current = null;
  };
  for (const line of lines) {
    if (current) {
      const c: { texts: string[]; numbers: number[] } = current;
      // The pieces joined with \n so the ASCII-token rule can see the last line alone.
      // A heading is never continued by the width rule: one that nearly fills the width is still whole.
      const wrapped =
        full.has(c.numbers.at(-1)!) &&
        !fixed(c.texts[0]!) &&
        !fixed(line.text) &&
        !opensParagraph(line) &&
        !(SENTENCE_END.test(c.texts.at(-1)!) && ENUMERATION_OPENS.test(line.text));
      if (wrapped || (!fixed(line.text) && !fixed(c.texts[0]!) && continues(c.texts.join('\n'), line.text))) {
        c.texts.push(line.text);
        c.numbers.push(line.number);
        continue;
      }
      flush();
    }
    current = { texts: [line.text], numbers: [line.number] };
  }
  flush();
  return out;
}
