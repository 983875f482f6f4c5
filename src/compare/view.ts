/**
 * The comparison view as HTML, one renderer for both sides: Astro inserts it into the pre-rendered pair
 * pages, the browser into /compare/?a=…&b=… (CSP allows no inline style or script, and there is none).
 *
 * Markup contract (tests rely on it): every sentence is an <a data-diff="same|changed|added|removed">
 * linking to its paragraph, whose text content is the sentence exactly as written. A changed sentence
 * is B's wording with the inserted characters in <ins>, followed by one child <span data-diff-old> holding
 * A's wording as text with the deleted characters in <del>: that child is not part of the sentence's text
 * (a check removes it before reading the sentence), and its own text is A's sentence exactly. Its label
 * (原文) is drawn by CSS. New and dropped phrases are <a data-new-term> / <a data-dropped-term> holding
 * the phrase alone.
 */
import { unitHref, type DocumentText } from '../document-text/model.ts';
import { termsHref } from '../lib/navigation.ts';
import { alignSentences, charDiff, THRESHOLDS, type Alignment, type Row, type Status } from './align.ts';
import { formulations, type Formulation } from './formulations.ts';
import { sentencesOf, type Sentence } from './sentences.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/gu, (c) => ESCAPES[c]!);

export const STATUS_LABELS: Record<Status, string> = { same: '相同', changed: '改写', added: '新增', removed: '删去' };

export interface Comparison {
  a: DocumentText;
  b: DocumentText;
  sentencesA: Sentence[];
  sentencesB: Sentence[];
  alignment: Alignment;
  added: Formulation[];
  dropped: Formulation[];
}

export function compareDocuments(a: DocumentText, b: DocumentText): Comparison {
  const sentencesA = sentencesOf(a);
  const sentencesB = sentencesOf(b);
  return { a, b, sentencesA, sentencesB, alignment: alignSentences(sentencesA, sentencesB), ...renamed(formulations(a, b)) };
}
const renamed = (f: ReturnType<typeof formulations>) => ({ added: f.added, dropped: f.dropped });

/** The wording of A a changed row answers: one sentence, or two merged into one. */
export const oldWording = (c: Comparison, row: Extract<Row, { status: 'changed' }>): string =>
  c.sentencesA
    .slice(row.a, row.aEnd + 1)
    .map((s) => s.text)
    .join('');

const hrefA = (c: Comparison, a: number) => escapeHtml(unitHref(c.a, c.a.units[c.sentencesA[a]!.unit]!));

/** A link to where a sentence of A stood (moved) or what it promised; its label is drawn by CSS, so copied text stays the documents'. */
const sideLink = (c: Comparison, a: number, kind: 'moved' | 'promise') =>
  `<a class="diff-${kind}" href="${hrefA(c, a)}" aria-label="${kind === 'moved' ? '原在甲文此处' : '甲文中的相应任务（承诺与兑现）'}" title="${escapeHtml(c.sentencesA[a]!.text.trim())}"></a>`;

function sentenceHtml(c: Comparison, row: Row): string {
  if (row.status === 'removed') {
    const s = c.sentencesA[row.a]!;
    return `<a data-diff="removed" href="${hrefA(c, row.a)}">${escapeHtml(s.text)}</a>`;
  }
  const s = c.sentencesB[row.b]!;
  const href = escapeHtml(unitHref(c.b, c.b.units[s.unit]!));
  if (row.status === 'same') {
    const moved = row.moved ? ' data-moved=""' : '';
    return `<a data-diff="same"${moved} href="${href}">${escapeHtml(s.text)}</a>${row.moved ? sideLink(c, row.a, 'moved') : ''}`;
  }
  if (row.status === 'added') {
    const promise = row.promise === undefined ? '' : ' data-promise=""';
    return `<a data-diff="added"${promise} href="${href}">${escapeHtml(s.text)}</a>${row.promise === undefined ? '' : sideLink(c, row.promise, 'promise')}`;
  }
  const diff = charDiff(oldWording(c, row), s.text);
  // B's wording: kept and inserted pieces; A's wording: kept and deleted pieces. Each reads as written.
  const wording = (side: 'insert' | 'delete', tag: 'ins' | 'del') =>
    diff
      .filter((p) => p.op === 'keep' || p.op === side)
      .map((p) => (p.op === 'keep' ? escapeHtml(p.text) : `<${tag}>${escapeHtml(p.text)}</${tag}>`))
      .join('');
  const moved = row.moved ? ' data-moved=""' : '';
  return `<a data-diff="changed" data-kind="${row.kind}"${moved} data-similarity="${row.similarity.toFixed(2)}" href="${href}">${wording('insert', 'ins')}<span data-diff-old="">${wording('delete', 'del')}</span></a>${row.moved ? sideLink(c, row.a, 'moved') : ''}`;
}

/** Part headings sit under the view's h3: h4, then h5, h6. */
const headingTag = (depth: number) => `h${Math.min(depth + 3, 6)}`;

/** B's text in order, grouped by its parts, with A's removed sentences where they stood. */
function bodyHtml(c: Comparison): string {
  const out: string[] = [];
  let openTag = '';
  let openUnit = -1;
  let inPart = false;
  const close = () => {
    if (openTag) out.push(`</${openTag}>`);
    openTag = '';
    openUnit = -1;
  };
  const rows = c.alignment.rows;
  // For each row, the unit of the next sentence of B at or after it (-2 at the end).
  const nextUnitAt = new Array<number>(rows.length + 1).fill(-2);
  for (let k = rows.length - 1; k >= 0; k--) {
    const r = rows[k]!;
    nextUnitAt[k] = r.status === 'removed' ? nextUnitAt[k + 1]! : c.sentencesB[r.b]!.unit;
  }
  rows.forEach((row, k) => {
    if (row.status === 'removed') {
      // Inside a unit of B when the sentences around it belong to that unit; else a block of its own.
      const nextUnit = nextUnitAt[k + 1]!;
      if (openTag && openUnit !== nextUnit && openTag !== 'div') close();
      if (!openTag) {
        out.push('<div class="diff-removed-block">');
        openTag = 'div';
      }
      out.push(sentenceHtml(c, row));
      return;
    }
    const unit = c.sentencesB[row.b]!.unit;
    if (unit !== openUnit || openTag === 'div') {
      close();
      const depth = c.b.units[unit]![3];
      if (depth === 1) {
        if (inPart) out.push('</section>');
        out.push('<section class="diff-part">');
        inPart = true;
      }
      openTag = depth > 0 ? headingTag(depth) : 'p';
      out.push(`<${openTag}${depth < 0 ? ' class="diff-cell"' : ''}>`);
      openUnit = unit;
    }
    out.push(sentenceHtml(c, row));
  });
  close();
  if (inPart) out.push('</section>');
  return out.join('');
}

/** Where the changes lie along B: per lane, one rect per run of 1/BINS-wide bins holding a change. */
const BINS = 250;
function barHtml(c: Comparison): string {
  const total = c.sentencesB.reduce((s, x) => s + x.text.length, 0) || 1;
  const lanes: Exclude<Status, 'same'>[] = ['changed', 'added', 'removed'];
  const marked = lanes.map(() => new Array<boolean>(BINS).fill(false));
  let offset = 0;
  for (const row of c.alignment.rows) {
    const len = row.status === 'removed' ? 0 : c.sentencesB[row.b]!.text.length;
    if (row.status !== 'same') {
      const lane = marked[lanes.indexOf(row.status)]!;
      const first = Math.min(BINS - 1, Math.floor((offset / total) * BINS));
      const last = Math.min(BINS - 1, Math.floor(((offset + Math.max(0, len - 1)) / total) * BINS));
      for (let i = first; i <= last; i++) lane[i] = true;
    }
    offset += len;
  }
  const rects: string[] = [];
  marked.forEach((lane, l) => {
    for (let i = 0; i < BINS; i++) {
      if (!lane[i]) continue;
      let j = i;
      while (j + 1 < BINS && lane[j + 1]) j++;
      rects.push(`<rect class="bar-${lanes[l]}" x="${i * 4}" y="${l * 10}" width="${(j - i + 1) * 4}" height="8"></rect>`);
      i = j;
    }
  });
  const { counts } = c.alignment;
  const label = `变化在乙文中的位置（从左到右为文首到文末）：改写${counts.changed}句（上行），新增${counts.added}句（中行），删去${counts.removed}句（下行）。`;
  return `<svg class="change-bar" viewBox="0 0 1000 28" preserveAspectRatio="none" role="img" aria-label="${escapeHtml(label)}">${rects.join('')}</svg>`;
}

function phraseList(items: Formulation[], mark: 'data-new-term' | 'data-dropped-term', empty: string): string {
  if (items.length === 0) return `<p class="chart-desc">${empty}</p>`;
  const li = items.map(
    (f) =>
      `<li><a ${mark}="" href="${escapeHtml(termsHref(f.phrase))}">${escapeHtml(f.phrase)}</a><span class="count">${f.count}</span></li>`,
  );
  return `<ul class="term-chips">${li.join('')}</ul>`;
}

export function renderComparison(c: Comparison): string {
  const { a, b, alignment } = c;
  const { counts } = alignment;
  const summary = (['same', 'changed', 'added', 'removed'] as const)
    .map((s) => `<div class="diff-count diff-count-${s}"><dt>${STATUS_LABELS[s]}</dt><dd data-count="${s}">${counts[s]}</dd></div>`)
    .join('');
  return [
    `<h2 class="diff-title"><a href="${escapeHtml(a.href)}">${escapeHtml(a.title)}</a> → <a href="${escapeHtml(b.href)}">${escapeHtml(b.title)}</a></h2>`,
    `<section class="diff-summary" aria-labelledby="diff-summary-h"><h3 id="diff-summary-h">概览（按句）</h3>`,
    `<dl class="diff-counts">${summary}</dl>`,
    barHtml(c),
    `<p class="chart-desc">以乙文（${escapeHtml(b.title)}）为准逐句排列，甲文删去的句子留在原处；两文都按“。！？；”和段落末尾断句。先按结构对齐：编号标题（一、（一）第N章）按编号和标题相近程度配对，句子先在配对的章节内按先后顺序比较，剩下的再跨章节比较（标“移位”，并链接到原处）。`,
    `相近程度：数字连同单位视为同一个数（7135万亩与7140万亩相同），不计标点，相邻两字按其在两文中的稀有程度加权（“发展”“推进”几乎不计，“播种面积”分量重），算加权 Dice 系数；同一章节内不低于 ${THRESHOLDS.inSection}、跨章节不低于 ${THRESHOLDS.across} 算“改写”，`,
    `不足 ${THRESHOLDS.short} 个二元组的短句须达 ${THRESHOLDS.shortDice}；一句中有一个分句（按“，；：”切分）与对方某分句相近（不低于 ${THRESHOLDS.clause}，且共有内容够分量）也算改写，一句拆成两句、两句并成一句同样找得出。`,
    `甲文的任务与乙文回顾部分报告的结果是两回事，不算改写，标为“承诺与兑现”。门槛是在人工标注的 155 句上选定的（见使用指南）。去掉空白后完全相同的句子为“相同”；其余为“新增”或“删去”。</p></section>`,
    `<section class="formulations" aria-labelledby="formulations-h"><h3 id="formulations-h">新提法与不再提</h3>`,
    `<p class="chart-desc">加引号的提法（2–12 字），以及名词解释词条和语料中的固定搭配（4 字以上、用过两次以上），只见于一方的列在这里；数字为出现次数，点击查看各文件中的每一处。</p>`,
    `<div class="compare-grid"><section aria-labelledby="new-terms-h"><h4 id="new-terms-h">新提法（乙有甲无）</h4>${phraseList(c.added, 'data-new-term', '没有。')}</section>`,
    `<section aria-labelledby="dropped-terms-h"><h4 id="dropped-terms-h">不再提（甲有乙无）</h4>${phraseList(c.dropped, 'data-dropped-term', '没有。')}</section></div></section>`,
    `<section class="diff-text" aria-labelledby="diff-text-h"><h3 id="diff-text-h">逐句对照</h3>`,
    `<input type="checkbox" id="only-changes" class="only-changes"><label for="only-changes">只看变化</label>`,
    `<ul class="diff-legend">${(['changed', 'added', 'removed'] as const).map((s) => `<li class="legend-${s}">${STATUS_LABELS[s]}</li>`).join('')}</ul>`,
    `<div class="diff-body" lang="zh-CN">${bodyHtml(c)}</div></section>`,
  ].join('');
}
