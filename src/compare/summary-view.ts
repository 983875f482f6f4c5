/**
 * The summary blocks of the comparison view as HTML: counts per part, headings renamed/added/dropped,
 * the passages that changed most, the 数字变化 table, and the short statement of the method.
 */
import { unitHref } from '../document-text/model.ts';
import { THRESHOLDS } from './align.ts';
import type { FigureChange } from './figures.ts';
import type { HeadingChange, Passage, PartSummary, Tally } from './summary.ts';
import { TALLIES } from './summary.ts';
import type { Comparison } from './view.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (s: string): string => s.replace(/[&<>"']/gu, (ch) => ESCAPES[ch]!);

export const TALLY_LABELS: Record<Tally, string> = {
  same: '相同',
  changed: '改写',
  moved: '移位改写',
  added: '新增',
  promise: '承诺与兑现',
  removed: '删去',
};

/** The anchor of a unit of B inside the view (its paragraph or heading in the sentence-by-sentence text). */
export const viewAnchor = (unit: number): string => `d-${unit}`;

const hrefB = (c: Comparison, b: number) => esc(unitHref(c.b, c.b.units[c.sentencesB[b]!.unit]!));
const hrefA = (c: Comparison, a: number) => esc(unitHref(c.a, c.a.units[c.sentencesA[a]!.unit]!));
const clip = (s: string, n: number) => {
  const chars = Array.from(s.trim());
  return chars.length > n ? `${chars.slice(0, n).join('')}…` : chars.join('');
};
/** The clause a figure stands in (between the punctuation before and after it): the 句子 column of 数字变化. */
const clauseAt = (text: string, at: number) => {
  const start = at - (/[^，。；：！？、]*$/u.exec(text.slice(0, at))?.[0].length ?? 0);
  return text.slice(start, at) + (/^[^，。；：！？、]*/u.exec(text.slice(at))?.[0] ?? '');
};
const wrap = (table: string, caption: string) =>
  `<div class="diff-table-wrap" role="region" tabindex="0" aria-label="${esc(caption)}"><table class="diff-table"><caption>${esc(caption)}</caption>${table}</table></div>`;

export function partTableHtml(parts: PartSummary[]): string {
  const head = `<thead><tr><th scope="col">乙文部分</th>${TALLIES.map((t) => `<th scope="col">${TALLY_LABELS[t]}</th>`).join('')}</tr></thead>`;
  const rows = parts.map(
    (p) =>
      `<tr data-part="${p.review ? 'review' : 'tasks'}"><th scope="row">${esc(clip(p.title, 24))}${p.review ? '（回顾）' : ''}</th>${TALLIES.map(
        (t) => `<td class="num">${p.counts[t]}</td>`,
      ).join('')}</tr>`,
  );
  return wrap(`${head}<tbody>${rows.join('')}</tbody>`, '各部分的句数（删去的句子计入它在乙文中所处的部分）');
}

export function headingChangesHtml(c: Comparison, changes: HeadingChange[]): string {
  const group = (kind: HeadingChange['kind'], label: string) => {
    const items = changes.filter((h) => h.kind === kind);
    const li = items.map((h) =>
      kind === 'renamed'
        ? `<li data-heading="renamed"><a href="${hrefA(c, h.a)}">${esc(c.sentencesA[h.a]!.text.trim())}</a> → <a href="${hrefB(c, h.b)}">${esc(c.sentencesB[h.b]!.text.trim())}</a></li>`
        : kind === 'added'
          ? `<li data-heading="added"><a href="${hrefB(c, h.b)}">${esc(c.sentencesB[h.b]!.text.trim())}</a></li>`
          : `<li data-heading="dropped"><a href="${hrefA(c, h.a)}">${esc(c.sentencesA[h.a]!.text.trim())}</a></li>`,
    );
    return `<h4>${label}（${items.length}）</h4>${li.length ? `<ul class="diff-headings">${li.join('')}</ul>` : '<p class="chart-desc">没有。</p>'}`;
  };
  return group('renamed', '改了的标题') + group('added', '新增的标题') + group('dropped', '删去的标题');
}

export function passagesHtml(c: Comparison, passages: Passage[]): string {
  if (passages.length === 0) return '<p class="chart-desc">没有。</p>';
  const li = passages.map(
    (p) =>
      `<li><a href="#${viewAnchor(p.unit)}">${esc(clip(c.sentencesB[p.firstSentence]!.text, 30))}</a> <span class="count">新字 ${p.newChars} / ${p.totalChars}，变化 ${p.changedSentences} 句</span></li>`,
  );
  return `<ol class="diff-passages">${li.join('')}</ol>`;
}

export function figuresHtml(c: Comparison, figures: FigureChange[]): string {
  if (figures.length === 0) return '<p class="chart-desc">改写的句子里没有改了的数字。</p>';
  const head =
    '<thead><tr><th scope="col">指标（乙文原话）</th><th scope="col">甲文</th><th scope="col">乙文</th><th scope="col">句子</th></tr></thead>';
  const rows = figures.map(
    (f) =>
      `<tr data-figure=""><td>${esc(f.context)}</td><td class="num"><a href="${hrefA(c, f.a)}">${esc(f.old)}</a></td><td class="num"><a href="${hrefB(c, f.b)}">${esc(f.new)}</a></td><td><a href="#${viewAnchor(c.sentencesB[f.b]!.unit)}">${esc(clip(clauseAt(c.sentencesB[f.b]!.text, f.at), 24))}</a></td></tr>`,
  );
  return wrap(`${head}<tbody>${rows.join('')}</tbody>`, `数字变化（${figures.length} 处）`);
}

/** How the view pairs sentences, in a few lines (the guide explains it at length). */
export function methodHtml(bTitle: string): string {
  const t = THRESHOLDS;
  return [
    `<details class="diff-method"><summary>怎样比较的</summary><p class="chart-desc">以乙文（${esc(bTitle)}）为准逐句排列，甲文删去的句子留在原处；两文都按“。！？；”和段落末尾断句。`,
    `先对结构：编号标题（一、（一）第N章）按编号和标题的相近程度配对，剩下的按两节全文的相近程度（不低于 ${t.sectionContent}）配对；句子先在配对的章节里按先后顺序配对，剩下的再跨章节配对，标“移位”并链接到原处。`,
    `相近程度：数字连同单位当作一个数（7135万亩与7140万亩算相同），不计标点；相邻两字按在两文中的稀有程度加权（“发展”“推进”几乎不计，“播种”“寄宿制”分量重），算加权 Dice 系数。`,
    `同一章节内不低于 ${t.inSection}、跨章节不低于 ${t.across} 算“改写”；两个配对句之间夹着的句子只需 ${t.gap}，互为这段空隙中最相近的一句只需 ${t.mutual}；全文相近（不低于 ${t.paragraph}）的两个段落里，互为最相近的两句也只需 ${t.mutual}；不足 ${t.short} 个二元组的短句须达 ${t.shortDice}。`,
    `一句里有分句（按“，；：”切分）原样或近乎原样留下（分句相近不低于 ${t.clause}，共有内容的分量不低于 ${t.clauseWeight}）也算改写；一句拆成两句、两句并成一句也能找出。`,
    `甲文布置的任务和乙文回顾部分报告的结果是两回事：不算改写，标为“承诺与兑现”并链接到任务；甲文回顾的结果和乙文的任务也不配对（乙文是下一年的，或与甲文同一年）。`,
    `以上都配不上、两边都剩下的句子，若互为最相近（同一对章节内不低于 ${t.likely}，两句各至少 ${t.likelyGrams} 个二元组；不限章节不低于 ${t.likelyAnywhere} 且共有一段稀有的原文），乙文的句子仍算新增，旁边用“≈ 可能对应”链接到甲文那一句：这样的句子对约六成是改写，不足以算作改写。`,
    `门槛是在三人逐句标注（取多数）的句子中选定和检验的：在选门槛用的三对报告里，标为“改写”的九成以上是改写，但措辞几乎全换的改写大多认不出；在选定之后才标注的两对（湖北、湖南各自的 2024→2026）上，标为“改写”的 73.9%、76.0% 是改写，认出的改写只有 38.6%、48.7%（详见指南“对比如何进行”）。</p></details>`,
  ].join('');
}
