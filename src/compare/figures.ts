/**
 * 数字变化: every figure that changed inside a rewritten sentence, read off the token diff (a figure with
 * its unit is one token, src/compare/diff.ts): where the diff deletes a run of figures and inserts one
 * right there, the figures are paired in order (7135万亩 → 7140万亩). The context shown is the text just
 * before the figure kept in both wordings (粮食播种面积稳定在, at least three characters), cut at the
 * previous punctuation. Figures pair only when they measure the same thing (sameMeasure: the clause
 * before them is the same in both wordings, one the end of the other, or nearly the same; a comparison
 * such as 高于全国 is read with the indicator it compares; a running total never pairs with a year's
 * figure), their units agree (13.3万个 is not 2000PF) and no change follows right after a “/” (5400元/年
 * is not 740元/月). A clause that moved within the sentence (…，粮食产量615亿斤左右。 → …，粮食产量616亿斤左右，
 * 节能减排…) is deleted in one place and inserted in another: a figure left over on each side pairs when the
 * clause it ends is the same words (at least three Chinese characters right before it, no other figure
 * among them) and no other leftover figure of either side ends that clause; dates are left out.
 */
import type { Row } from './align.ts';
import { charDiff, tokens } from './diff.ts';
import type { Sentence } from './sentences.ts';
import { maskedKey, similarity } from './similarity.ts';

export interface FigureChange {
  /** Index of the sentence of B (and of A's first sentence) the figure stands in. */
  b: number;
  a: number;
  old: string;
  new: string;
  /** Up to 16 characters of B before the figure, from the previous punctuation on. */
  context: string;
  /** Where the new figure starts in the text of B's sentence. */
  at: number;
}

const FIGURE = /^[0-9０-９]/u;
const leadingFigures = (text: string): string[] => {
  const out: string[] = [];
  for (const t of tokens(text)) {
    if (FIGURE.test(t)) out.push(t);
    else if (/[、和至到—-]/u.test(t) && out.length) continue;
    else break;
  }
  return out;
};

const unit = (figure: string) => figure.replace(/^[0-9０-９.,．]+/u, '');

/**
 * What a figure measures: the clause it ends, from the previous ，；：。 on (a 、 does not end a clause),
 * figures masked. A clause that only compares (，高于全国 0.5个百分点; after a 、 too) is returned with the
 * clause before it, which names what is compared.
 */
function measureOf(text: string): { measure: string; comparison: string } {
  const pieces = text.split(/[，,；;：:。！？\n、]/u);
  const last = pieces.pop() ?? '';
  if (/^\s*(?:高于|低于|快于|慢于|超过|居|占|比|较)/u.test(last) && pieces.length)
    return { measure: maskedKey(pieces.pop()!), comparison: maskedKey(last) };
  return { measure: maskedKey(/[^，,；;：:。！？\n]*$/u.exec(text)?.[0] ?? ''), comparison: '' };
}

/**
 * Whether a figure measures the same thing in both wordings: the same comparison, and the clause naming
 * the measure the same, one the end of the other (集中开工 / 三批集中开工), or nearly the same (Dice ≥ 0.75:
 * 新建和改造高标准农田 / 新建和改造提升高标准农田). 增长#、高于全国 after 规模工业增加值 in A and after 规模工业企业利润
 * in B are two indicators, not one that changed; nor is a running total (累计…) the year's figure.
 */
function sameMeasure(a: string, b: string): boolean {
  const x = measureOf(a);
  const y = measureOf(b);
  if (x.comparison !== y.comparison) return false;
  // A running total (累计办理建议6148件, over five years) is not the year's figure (办理建议1004件).
  if (CUMULATIVE.test(x.measure) !== CUMULATIVE.test(y.measure)) return false;
  // One the end of the other only when the shorter still names something (集中开工), not a bare 增长.
  const [short, long] = x.measure.length <= y.measure.length ? [x.measure, y.measure] : [y.measure, x.measure];
  return (Array.from(short).length >= 3 && long.endsWith(short)) || similarity(x.measure, y.measure) >= SAME_MEASURE;
}
const SAME_MEASURE = 0.75;
const CUMULATIVE = /累计|累积|总计|合计/u;
const DATE = /^[0-9]+[年月日]$/u;
/** A month or a day: part of a date (the date line 1月14日 → 2月3日), never a measure. */
const DAY = /^[0-9]+[月日]$/u;

/** A figure of one side's deleted or inserted text, with that side's text before it. */
interface Leftover {
  figure: string;
  before: string;
  /** Offset in that side's text. */
  at: number;
}

/** The figures inside a piece of text, each with the side's text before it (`prefix`: the text before the piece). */
function figuresIn(text: string, prefix: string): Leftover[] {
  const out: Leftover[] = [];
  let offset = 0;
  for (const t of tokens(text)) {
    if (FIGURE.test(t)) out.push({ figure: t, before: prefix + text.slice(0, offset), at: prefix.length + offset });
    offset += t.length;
  }
  return out;
}

/** The last 16 characters of a text at most, from its last punctuation on. */
const clauseTail = (text: string) => /[^，。；：、！？“”（）\s]{0,16}$/u.exec(text)?.[0] ?? '';
/** Up to 16 characters before a figure, from the previous punctuation on, without a list marker (⑩). */
const contextOf = (before: string) =>
  clauseTail(before)
    .trim()
    .replace(/^[\u2460-\u2473]+/u, '');

/**
 * The clause a figure ends (figures masked) and what it compares, when the words right before it name
 * something: three Chinese characters at least and no other figure (粮食产量, not ——2025年1月, and not the
 * second figure of a list, 分别增长5%、6%, whose words stand before the first).
 */
const clauseKey = (before: string) => {
  const context = contextOf(before);
  if ((context.match(/\p{Script=Han}/gu) ?? []).length < 3 || /[0-9０-９]/u.test(context)) return '';
  const { measure, comparison } = measureOf(before);
  return `${measure}|${comparison}`;
};

export function figureChanges(rows: Row[], A: Sentence[], B: Sentence[]): FigureChange[] {
  const out: FigureChange[] = [];
  for (const row of rows) {
    if (row.status !== 'changed') continue;
    const old = A.slice(row.a, row.aEnd + 1)
      .map((s) => s.text)
      .join('');
    const pieces = charDiff(old, B[row.b]!.text);
    let before = '';
    let beforeA = '';
    const leftA: Leftover[] = [];
    const leftB: Leftover[] = [];
    for (let i = 0; i < pieces.length; i++) {
      const p = pieces[i]!;
      const next = pieces[i + 1];
      if (p.op === 'delete') leftA.push(...figuresIn(p.text, beforeA));
      if (p.op === 'insert') leftB.push(...figuresIn(p.text, before));
      if (p.op === 'delete' && next?.op === 'insert') {
        const olds = leadingFigures(p.text);
        const news = leadingFigures(next.text);
        // What it measures must be the same words in both (a kept piece right before it, 3+ characters).
        const prev = pieces[i - 1];
        const shared = prev?.op === 'keep' ? clauseTail(prev.text) : '';
        const context = shared.length >= 3 ? contextOf(before) : '';
        const after = pieces[i + 2];
        const perChanged = after?.op === 'keep' && after.text === '/' && pieces[i + 3] !== undefined;
        const measured = sameMeasure(beforeA, before);
        const newsAt = figuresIn(next.text, before);
        for (let k = 0; k < Math.min(olds.length, news.length); k++)
          if (context && measured && olds[k] !== news[k] && unit(olds[k]!) === unit(news[k]!) && !perChanged && !DAY.test(news[k]!)) {
            out.push({ b: row.b, a: row.a, old: olds[k]!, new: news[k]!, context, at: newsAt[k]!.at });
            leftA.find((f) => f.figure === olds[k] && f.at >= beforeA.length)!.figure = '';
            newsAt[k]!.figure = '';
          }
        leftB.push(...newsAt.filter((f) => f.figure));
        before += next.text;
        i++;
        beforeA += p.text;
        continue;
      }
      if (p.op !== 'delete') before += p.text;
      if (p.op !== 'insert') beforeA += p.text;
    }
    // A clause moved within the sentence: its figure deleted in one place, inserted in another.
    const byClause = (list: Leftover[]) => {
      const m = new Map<string, Leftover[]>();
      for (const f of list) {
        const key = f.figure ? clauseKey(f.before) : '';
        if (key) m.set(key, [...(m.get(key) ?? []), f]);
      }
      return m;
    };
    const movedA = byClause(leftA);
    for (const [key, fromB] of byClause(leftB)) {
      const fromA = movedA.get(key);
      if (fromB.length !== 1 || fromA?.length !== 1) continue;
      const [o, n] = [fromA[0]!, fromB[0]!];
      // A date that moved (关于2024年工作 → 关于2025年工作, 1月14日 → 2月3日) dates the text; it measures nothing.
      if (o.figure === n.figure || unit(o.figure) !== unit(n.figure) || CUMULATIVE.test(key) || DATE.test(n.figure)) continue;
      // 5400元/年 is not 740元/月: what follows a “/” must be the same.
      const perA = old.slice(o.at + o.figure.length, o.at + o.figure.length + 2);
      const perB = B[row.b]!.text.slice(n.at + n.figure.length, n.at + n.figure.length + 2);
      if ((perA.startsWith('/') || perB.startsWith('/')) && perA !== perB) continue;
      out.push({ b: row.b, a: row.a, old: o.figure, new: n.figure, context: contextOf(n.before), at: n.at });
    }
  }
  return out;
}
