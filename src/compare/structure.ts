/**
 * The outline of a document as the comparison reads it: every heading (a sentence of a unit with depth
 * > 0) opens a section that runs to the next heading of the same or a higher level. Headings of the two
 * documents are paired level by level: by their number (一、 ↔ 一、, （三） ↔ （三）, 第五章 ↔ 第五章) when
 * their parents are paired, and by how alike their titles are (figures masked, so 关于2024年工作 ↔
 * 关于2025年工作). Sentences are then aligned within paired sections first (src/compare/align.ts).
 * Parts — the top level — are also classed: a part whose heading reviews (回顾, 过去…) reports results,
 * the others set tasks; a task of A and a result in B's review are different statements (承诺与兑现).
 */
import type { Sentence } from './sentences.ts';
import { type Profile, likeness } from './similarity.ts';

export interface Heading {
  /** Index of the heading's sentence. */
  sentence: number;
  depth: number;
  /** Numbering style and value (cn-3 for 三、, paren-3 for （三）, ch-5 for 第五章), or '' when unnumbered. */
  number: string;
  /** Index into the headings list of the parent heading, -1 at top level. */
  parent: number;
}

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 三 → 3, 十二 → 12, 二十三 → 23, 一百零五 → 105; Arabic digits as they are; NaN otherwise. */
export function numeralValue(s: string): number {
  if (/^[0-9]+$/u.test(s)) return Number(s);
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch in DIGITS) digit = DIGITS[ch]!;
    else if (ch === '十' || ch === '百' || ch === '千') {
      total += (digit || 1) * (ch === '十' ? 10 : ch === '百' ? 100 : 1000);
      digit = 0;
    } else return NaN;
  }
  return total + digit;
}

const NUMBERED: [RegExp, string][] = [
  [/^第([零〇一二两三四五六七八九十百千0-9]+)([编篇部章节条])/u, 'ch'],
  [/^[（(]([零〇一二三四五六七八九十百]+)[）)]/u, 'paren'],
  [/^([零〇一二三四五六七八九十百]+)[、．.]/u, 'cn'],
  [/^([0-9]+)[、．.]/u, 'ar'],
];

export function headingNumber(text: string): string {
  const t = text.trim();
  for (const [re, style] of NUMBERED) {
    const m = re.exec(t);
    if (m) return `${style}${m[2] ?? ''}-${numeralValue(m[1]!)}`;
  }
  return '';
}

/** The headings of a document's sentences (the first sentence of each heading unit), with their parents. */
export function headingsOf(sentences: Sentence[]): Heading[] {
  const out: Heading[] = [];
  const open: number[] = [];
  let lastUnit = -1;
  sentences.forEach((s, i) => {
    if (s.depth <= 0 || s.unit === lastUnit) return;
    lastUnit = s.unit;
    while (open.length && out[open[open.length - 1]!]!.depth >= s.depth) open.pop();
    out.push({ sentence: i, depth: s.depth, number: headingNumber(s.text), parent: open.length ? open[open.length - 1]! : -1 });
    open.push(out.length - 1);
  });
  return out;
}

/** For each sentence, the index of the innermost heading it lies under (its own, for a heading), -1 before any. */
export function sectionOf(sentences: Sentence[], headings: Heading[]): number[] {
  const out = new Array<number>(sentences.length).fill(-1);
  let h = -1;
  for (let i = 0; i < sentences.length; i++) {
    while (h + 1 < headings.length && headings[h + 1]!.sentence <= i) h++;
    out[i] = h;
  }
  return out;
}

/**
 * Title likeness needed to pair two headings: alone, or with the same number under parents paired by
 * their titles (at the top level: the same number and this likeness).
 */
export const HEADING_ALONE = 0.45;
export const HEADING_NUMBERED = 0.1;

/**
 * Pairs headings of A and B, level by level, keeping reading order (no crossing pairs): the pairing with
 * the largest total of (title likeness + 0.5 for the same number under paired parents). Returns, for each
 * heading of A, the index of its partner in B or -1.
 */
export function pairHeadings(
  ha: Heading[],
  hb: Heading[],
  pa: Profile[],
  pb: Profile[],
  content?: { a: Profile[]; b: Profile[]; min: number },
): number[] {
  const partner = new Array<number>(ha.length).fill(-1);
  const strong = (x: number, y: number) => likeness(pa[ha[x]!.sentence]!, pb[hb[y]!.sentence]!).dice >= HEADING_ALONE;
  const maxDepth = Math.max(0, ...ha.map((h) => h.depth), ...hb.map((h) => h.depth));
  for (let depth = 1; depth <= maxDepth; depth++) {
    const xs = ha.map((h, i) => [h, i] as const).filter(([h]) => h.depth === depth);
    const ys = hb.map((h, i) => [h, i] as const).filter(([h]) => h.depth === depth);
    if (!xs.length || !ys.length) continue;
    const score = (x: (typeof xs)[number], y: (typeof ys)[number]): number => {
      const [hx, ix] = x;
      const [hy, iy] = y;
      const title = likeness(pa[hx.sentence]!, pb[hy.sentence]!).dice;
      // Numbers count only under parents whose titles agree (关于2024年工作 ↔ 关于2025年工作): across two
      // different documents (national → a province) the same number heads unrelated sections.
      const parentsPaired = hx.parent < 0 ? hy.parent < 0 : partner[hx.parent] === hy.parent && strong(hx.parent, hy.parent);
      const sameNumber = hx.number !== '' && hx.number === hy.number && parentsPaired;
      if (title >= HEADING_ALONE || (sameNumber && title >= HEADING_NUMBERED)) return title + (sameNumber ? 0.5 : 0);
      void ix;
      void iy;
      return 0;
    };
    // Weighted LCS over the two lists of headings at this depth.
    const n = xs.length;
    const m = ys.length;
    const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
    const s: number[][] = Array.from({ length: n }, (_, i) => ys.map((y) => score(xs[i]!, y)));
    for (let i = n - 1; i >= 0; i--)
      for (let j = m - 1; j >= 0; j--)
        best[i]![j] = Math.max(best[i + 1]![j]!, best[i]![j + 1]!, s[i]![j]! > 0 ? s[i]![j]! + best[i + 1]![j + 1]! : 0);
    for (let i = 0, j = 0; i < n && j < m;) {
      if (s[i]![j]! > 0 && best[i]![j] === s[i]![j]! + best[i + 1]![j + 1]!) {
        partner[xs[i]![1]] = ys[j]![1];
        i++;
        j++;
      } else if (best[i]![j] === best[i + 1]![j]) i++;
      else j++;
    }
    if (content) pairByContent(xs, ys, partner, content);
  }
  return partner;
}

/**
 * Two headings left unpaired at a level pair when the text of their sections (all the sentences under
 * each, figures masked) is alike — weighted Dice at least `content.min` — each section is the other's
 * likeliest, and their parents are paired: （七）进一步增强文化软实力 ↔ （九）更好担负新时代的文化使命, a
 * section that moved and was renamed.
 */
function pairByContent(
  xs: (readonly [Heading, number])[],
  ys: (readonly [Heading, number])[],
  partner: number[],
  content: { a: Profile[]; b: Profile[]; min: number },
): void {
  const taken = new Set(partner);
  const free = (list: typeof xs, paired: (i: number) => boolean) => list.filter(([, i]) => !paired(i));
  const fa = free(xs, (i) => partner[i]! >= 0);
  const fb = free(ys, (j) => taken.has(j));
  const cands: [number, number, number][] = [];
  for (const [hx, i] of fa)
    for (const [hy, j] of fb) {
      const parents = hx.parent < 0 ? hy.parent < 0 : hy.parent >= 0 && partner[hx.parent] === hy.parent;
      if (!parents) continue;
      const d = likeness(content.a[i]!, content.b[j]!).dice;
      if (d >= content.min) cands.push([i, j, d]);
    }
  const bestA = new Map<number, number>();
  const bestB = new Map<number, number>();
  for (const [i, j, d] of cands) {
    bestA.set(i, Math.max(bestA.get(i) ?? 0, d));
    bestB.set(j, Math.max(bestB.get(j) ?? 0, d));
  }
  // Strongest first, each heading once: two sections equally alike to a third cannot both take it.
  cands.sort((x, y) => y[2] - x[2] || x[0] - y[0] || x[1] - y[1]);
  for (const [i, j, d] of cands) {
    if (d !== bestA.get(i) || d !== bestB.get(j) || partner[i]! >= 0 || taken.has(j)) continue;
    partner[i] = j;
    taken.add(j);
  }
}

/** A top-level heading that introduces a review of past work (its sentences report results). */
export const isReviewHeading = (text: string): boolean => /回顾|过去[一五]?年|上年工作|去年工作/u.test(text);

/** Whether two paired headings' titles agree by themselves (not only by their number). */
export const titlesAgree = (x: Profile, y: Profile): boolean => likeness(x, y).dice >= HEADING_ALONE;
