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
import { alignSentences, charDiff, type Alignment, type Row, type Status } from './align.ts';
import { formulations, placeFormulations, renames, type PlacedFormulation, type Rename } from './formulations.ts';
import { sentencesOf, type Sentence } from './sentences.ts';
import { figureChanges, type FigureChange } from './figures.ts';
import { biggestPassages, headingChanges, partSummaries } from './summary.ts';
import { figuresHtml, headingChangesHtml, methodHtml, partTableHtml, passagesHtml, viewAnchor } from './summary-view.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/gu, (c) => ESCAPES[c]!);

export const STATUS_LABELS: Record<Status, string> = { same: '相同', changed: '改写', added: '新增', removed: '删去' };

export interface Comparison {
  a: DocumentText;
  b: DocumentText;
  sentencesA: Sentence[];
  sentencesB: Sentence[];
  alignment: Alignment;
  added: PlacedFormulation[];
  dropped: PlacedFormulation[];
  renames: Rename[];
  figures: FigureChange[];
}

export function compareDocuments(a: DocumentText, b: DocumentText): Comparison {
  const sentencesA = sentencesOf(a);
  const sentencesB = sentencesOf(b);
  const alignment = alignSentences(sentencesA, sentencesB, undefined, b.year > a.year);
  const figures = figureChanges(alignment.rows, sentencesA, sentencesB);
  const f = formulations(a, b);
  const changed = alignment.rows.flatMap((r) =>
    r.status === 'changed'
      ? [
          {
            a: sentencesA
              .slice(r.a, r.aEnd + 1)
              .map((s) => s.text)
              .join(''),
            b: sentencesB[r.b]!.text,
            index: r.b,
          },
        ]
      : [],
  );
  return {
    a,
    b,
    sentencesA,
    sentencesB,
    alignment,
    figures,
    added: placeFormulations(f.added, sentencesB, alignment.reviewB, f.dropped),
    dropped: placeFormulations(f.dropped, sentencesA, alignment.reviewA, f.added),
    renames: renames(changed, f.added, f.dropped, charDiff),
  };
}

/** The wording of A a changed row answers: one sentence, or two merged into one. */
export const oldWording = (c: Comparison, row: Extract<Row, { status: 'changed' }>): string =>
  c.sentencesA
    .slice(row.a, row.aEnd + 1)
    .map((s) => s.text)
    .join('');

const hrefA = (c: Comparison, a: number) => escapeHtml(unitHref(c.a, c.a.units[c.sentencesA[a]!.unit]!));

const SIDE_LINK_LABELS = { moved: '原在甲文此处', promise: '甲文中的相应任务（承诺与兑现）', likely: '甲文中可能对应的句子（未算作改写）' };
/**
 * A link to where a sentence of A stood (moved), what it promised, or its likely counterpart; its label is
 * drawn by CSS, so copied text stays the documents'.
 */
const sideLink = (c: Comparison, a: number, kind: keyof typeof SIDE_LINK_LABELS) =>
  `<a class="diff-${kind}" href="${hrefA(c, a)}" aria-label="${SIDE_LINK_LABELS[kind]}" title="${escapeHtml(c.sentencesA[a]!.text.trim())}"></a>`;

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
    const likely = row.likely === undefined ? '' : ` data-likely="" data-similarity="${row.similarity!.toFixed(2)}"`;
    const side =
      row.promise !== undefined ? sideLink(c, row.promise, 'promise') : row.likely !== undefined ? sideLink(c, row.likely, 'likely') : '';
    return `<a data-diff="added"${promise}${likely} href="${href}">${escapeHtml(s.text)}</a>${side}`;
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
  const anchored = new Set<number>();
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
      const id = anchored.has(unit) ? '' : ` id="${viewAnchor(unit)}"`;
      anchored.add(unit);
      out.push(`<${openTag}${id}${depth < 0 ? ' class="diff-cell"' : ''}>`);
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

function phraseList(items: PlacedFormulation[], mark: 'data-new-term' | 'data-dropped-term', empty: string): string {
  if (items.length === 0) return `<p class="chart-desc">${empty}</p>`;
  const li = items.map(
    (f) =>
      // Spaces between the parts, so that a copied list reads 送解优 2 近似：三送三解三优, not 送解优2近似：….
      `<li><a ${mark}="" href="${escapeHtml(termsHref(f.phrase))}">${escapeHtml(f.phrase)}</a> <span class="count">${f.count}</span>${
        f.context ? ` <span class="variant">原文：${escapeHtml(f.context)}</span>` : ''
      }${f.variant ? ` <span class="variant">近似：${escapeHtml(f.variant)}</span>` : ''}</li>`,
  );
  return `<ul class="term-chips">${li.join('')}</ul>`;
}

/**
 * One side's list: the phrases the report sets in quotation marks (what it coins), then the policy terms
 * it uses unquoted (what vocabulary it took up or let go), then the names and facts of the review apart.
 */
function formulationSide(items: PlacedFormulation[], mark: 'data-new-term' | 'data-dropped-term', review: string): string {
  const facts = items.filter((f) => f.reviewFact);
  const terms = items.filter((f) => !f.quoted);
  const group = (title: string, list: PlacedFormulation[]) =>
    list.length ? `<h5>${title}（${list.length}）</h5>${phraseList(list, mark, '')}` : '';
  return (
    phraseList(
      items.filter((f) => f.quoted && !f.reviewFact),
      mark,
      '没有。',
    ) +
    group('未加引号的用语', terms) +
    group(review, facts)
  );
}

function renamesHtml(c: Comparison, list: Rename[]): string {
  if (list.length === 0) return '<p class="chart-desc">没有。</p>';
  const li = list.map(
    (r) =>
      `<li data-rename=""><a href="${escapeHtml(termsHref(r.old))}">${escapeHtml(r.old)}</a> → <a href="${escapeHtml(termsHref(r.new))}">${escapeHtml(r.new)}</a> <a class="count" href="#${viewAnchor(c.sentencesB[r.b]!.unit)}">见句</a></li>`,
  );
  return `<ul class="term-chips">${li.join('')}</ul>`;
}

/**
 * A pair asked for in the other order (甲 of a later year than 乙) is compared as asked, with a note and a link that
 * swaps them: what is "new" then is what the earlier text has and the later lacks.
 */
function laterFirstHtml({ a, b }: Comparison): string {
  // By year, as the alignment reads the pair: two reports of one year may come in either order.
  if (a.year <= b.year) return '';
  return `<p class="compare-note" data-later-first="">甲文（${a.year}年）晚于乙文（${b.year}年）：按所选的顺序比较，“新增”是较早的乙文有、较晚的甲文没有的句子。<a href="/compare/?a=${encodeURIComponent(b.id)}&amp;b=${encodeURIComponent(a.id)}">交换甲乙</a></p>`;
}

export function renderComparison(c: Comparison): string {
  const { a, b, alignment } = c;
  const { counts } = alignment;
  const summary = (['same', 'changed', 'added', 'removed'] as const)
    .map((s) => `<div class="diff-count diff-count-${s}"><dt>${STATUS_LABELS[s]}</dt><dd data-count="${s}">${counts[s]}</dd></div>`)
    .join('');
  const parts = partSummaries(alignment, c.sentencesB);
  return [
    `<h2 class="diff-title"><a href="${escapeHtml(a.href)}">${escapeHtml(a.title)}</a> → <a href="${escapeHtml(b.href)}">${escapeHtml(b.title)}</a></h2>`,
    laterFirstHtml(c),
    `<section class="diff-summary" aria-labelledby="diff-summary-h"><h3 id="diff-summary-h">概览（按句）</h3>`,
    `<dl class="diff-counts">${summary}</dl>`,
    barHtml(c),
    methodHtml(b.title),
    partTableHtml(parts),
    `<h4>变化最多的段落</h4>${passagesHtml(c, biggestPassages(alignment, c.sentencesA, c.sentencesB))}`,
    headingChangesHtml(c, headingChanges(alignment, c.sentencesA, c.sentencesB)),
    `</section>`,
    `<section class="diff-figures" aria-labelledby="diff-figures-h"><h3 id="diff-figures-h">数字变化</h3>`,
    `<p class="chart-desc">改写的句子里改了的数字：甲文的值、乙文的值和它们前面两文相同的原话（至少三个字）；单位不同的不列。</p>`,
    figuresHtml(c, c.figures),
    `</section>`,
    `<section class="formulations" aria-labelledby="formulations-h"><h3 id="formulations-h">新提法与不再提</h3>`,
    `<p class="chart-desc">只见于一方的提法列在这里：先列加引号的提法（2–12 字；不含汉字的编号附上原文）；再列未加引号的用语：名词解释词条、语料中别处加过引号的提法，以及反复出现的政策用语（4–8 字、以名词收尾、本文用过两次以上、语料中至少两份文件用过，如“提振消费”“零基预算改革”）。数字为出现次数，点击查看各文件中的每一处。`,
    `用在当年任务里的排在前面，其次按次数；加了引号却只出现在回顾部分的（当年的名称和事实，如台风、船名）另列。同一句改写里一方删去、一方新用的加引号提法，若至少有一个字相同，算作改名；两边字面一半以上相同的注“近似”。</p>`,
    `<h4>改名（经改写的句子对应）</h4>${renamesHtml(c, c.renames)}`,
    `<div class="compare-grid"><section aria-labelledby="new-terms-h"><h4 id="new-terms-h">新提法（乙有甲无）</h4>${formulationSide(c.added, 'data-new-term', '乙文回顾中的名称与事实')}</section>`,
    `<section aria-labelledby="dropped-terms-h"><h4 id="dropped-terms-h">不再提（甲有乙无）</h4>${formulationSide(c.dropped, 'data-dropped-term', '甲文回顾中的名称与事实')}</section></div></section>`,
    `<section class="diff-text" aria-labelledby="diff-text-h"><h3 id="diff-text-h">逐句对照</h3>`,
    `<input type="checkbox" id="only-changes" class="only-changes"><label for="only-changes">只看变化</label>`,
    `<ul class="diff-legend">${(['changed', 'added', 'removed'] as const).map((s) => `<li class="legend-${s}">${STATUS_LABELS[s]}</li>`).join('')}<li class="legend-moved">移位（↰ 链接到原处）</li><li class="legend-promise">承诺与兑现（⇠ 链接到甲文的任务）</li><li class="legend-likely">新增，但甲文中可能有对应的句子（≈ 链接到该句，未算作改写）</li></ul>`,
    `<div class="diff-downloads" id="diff-downloads" hidden><span>下载 CSV：</span><button type="button" data-csv="pairs">逐句对照</button><button type="button" data-csv="figures">数字变化</button><button type="button" data-csv="formulations">新提法与不再提</button></div>`,
    `<div class="diff-body" lang="zh-CN">${bodyHtml(c)}</div></section>`,
  ].join('');
}
