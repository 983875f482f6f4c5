import { describe, expect, it } from 'vitest';
import { compareDocuments, renderComparison } from '../../src/compare/view.ts';
import { partSummaries, headingChanges } from '../../src/compare/summary.ts';
import { csvRecords } from '../../src/compare/csv.ts';
import { renames } from '../../src/compare/formulations.ts';
import { charDiff } from '../../src/compare/diff.ts';
import { textDoc } from './fixture.ts';

const A = textDoc(
  'a',
  [
    ['一、过去一年工作回顾', 1],
    ['新建高标准农田345万亩。', 0],
    ['二、关于2024年工作', 1],
    ['（一）着力抓好“三农”工作', 2],
    ['确保粮食播种面积稳定在7135万亩以上，城乡低保提高到700元/月。', 0],
    ['深化“两化融合”，推进智能制造标杆企业建设。', 0],
    ['（二）着力建设文化强省', 2],
    ['办好“雅韵三湘”群众文化活动。', 0],
  ],
  [
    ['两化融合', 1, 1],
    ['雅韵三湘', 1, 1],
  ],
);
const B = textDoc(
  'b',
  [
    ['一、2024年工作回顾', 1],
    ['台风“格美”过境，新建高标准农田335万亩。', 0],
    ['二、关于2025年工作', 1],
    ['（一）加快推进农业农村现代化', 2],
    ['确保粮食播种面积稳定在7140万亩以上，城乡低保提高到740元/月。', 0],
    ['深化“数实融合”，推进智能制造标杆企业建设。', 0],
    ['（二）进一步增强文化软实力', 2],
    ['实施“提振消费”专项行动。', 0],
  ],
  [
    ['数实融合', 1, 1],
    ['格美', 1, 1],
    ['提振消费', 1, 1],
  ],
);
const c = compareDocuments(A, B);

describe('summary of a comparison', () => {
  it('counts per part of B, the review apart', () => {
    const parts = partSummaries(c.alignment, c.sentencesB);
    expect(parts.map((p) => [p.title, p.review])).toEqual([
      ['一、2024年工作回顾', true],
      ['二、关于2025年工作', false],
    ]);
    expect(parts[1]!.counts.removed).toBe(1);
  });

  it('headings renamed by number under paired parts, none added or dropped', () => {
    const h = headingChanges(c.alignment, c.sentencesA, c.sentencesB);
    expect(h.map((x) => x.kind)).toEqual(['renamed', 'renamed', 'renamed', 'renamed']);
  });

  it('数字变化: each changed figure with what it measures; 700 → 740元/月 as whole values', () => {
    expect(c.figures.map((f) => [f.context, f.old, f.new])).toEqual([
      ['新建高标准农田', '345万亩', '335万亩'],
      ['确保粮食播种面积稳定在', '7135万亩', '7140万亩'],
      ['城乡低保提高到', '700元', '740元'],
    ]);
  });

  it('数字变化: a figure pairs only where the clause before it names the same measure', () => {
    const a = textDoc('a', [
      ['规模工业增加值增长5.1%，高于全国0.5个百分点。', 0],
      ['新建和改造高标准农田345万亩。', 0],
      ['实际完成投资2197.6亿元。', 0],
    ]);
    const b = textDoc('b', [
      ['规模工业企业利润增长4.1%、高于全国8.8个百分点。', 0],
      ['新建和改造提升高标准农田335万亩。', 0],
      ['“四个十大”项目完成投资1515.8亿元。', 0],
    ]);
    const rows = compareDocuments(a, b).figures.map((f) => [f.old, f.new]);
    // Two indicators each 高于全国, and two different investment totals: not one figure that changed.
    expect(rows).not.toContainEqual(['0.5个百分点', '8.8个百分点']);
    expect(rows).not.toContainEqual(['2197.6亿元', '1515.8亿元']);
    // A running total over five years is not the year's figure.
    const total = compareDocuments(
      textDoc('a', [['办理省人大代表建议1004件。', 0]]),
      textDoc('b', [['累计办理省人大代表建议6148件。', 0]]),
    );
    expect(total.alignment.counts.changed).toBe(1);
    expect(total.figures).toEqual([]);
    // A word added inside the measure's name (提升) keeps it the same measure.
    expect(rows).toContainEqual(['345万亩', '335万亩']);
    // The same indicator, its comparison after a 、 in one wording and a ， in the other.
    const same = compareDocuments(
      textDoc('a', [['规模工业增加值增长5.1%，高于全国0.5个百分点。', 0]]),
      textDoc('b', [['规模工业增加值增长7.3%、高于全国1.5个百分点。', 0]]),
    ).figures.map((f) => [f.context, f.old, f.new]);
    expect(same).toEqual([
      ['规模工业增加值增长', '5.1%', '7.3%'],
      ['高于全国', '0.5个百分点', '1.5个百分点'],
    ]);
  });

  it('数字变化: a clause that moved within the sentence keeps its figure change; a moved year is not one', () => {
    const moved = compareDocuments(
      textDoc('a', [
        ['二、关于2024年工作', 1],
        ['主要预期目标是：地区生产总值增长6%左右，居民消费价格涨幅3%左右，节能减排完成国家下达任务，粮食产量615亿斤左右。', 0],
      ]),
      textDoc('b', [
        ['二、关于2025年工作', 1],
        ['主要预期目标是：地区生产总值增长5.5%左右，居民消费价格涨幅与全国一致，粮食产量616亿斤左右，节能减排完成国家下达任务。', 0],
      ]),
    );
    expect(moved.figures.map((f) => [f.context, f.old, f.new])).toEqual([
      ['地区生产总值增长', '6%', '5.5%'],
      ['粮食产量', '615亿斤', '616亿斤'],
    ]);
    const text = moved.sentencesB[moved.figures[1]!.b]!.text;
    expect(text.slice(moved.figures[1]!.at)).toMatch(/^616亿斤左右/);
    // The 句子 column shows the clause the figure stands in, not the sentence's start.
    expect(renderComparison(moved)).toMatch(/<td><a href="#[^"]+">粮食产量616亿斤左右<\/a><\/td><\/tr>/);
    // A date line that moved is not a figure change, nor is the second figure of a list (its words stand
    // before the first): no row without a measure.
    const dated = compareDocuments(
      textDoc('a', [['——2025年1月14日在湖南省第十四届人民代表大会第三次会议上，地区生产总值分别增长5%、6%，粮食产量615亿斤。', 0]]),
      textDoc('b', [['粮食产量616亿斤，——2026年2月3日在湖南省第十四届人民代表大会第四次会议上，地区生产总值分别增长5.5%、7%。', 0]]),
    );
    expect(dated.alignment.counts.changed).toBe(1);
    expect(dated.figures.map((f) => [f.context, f.old, f.new])).toEqual([
      ['地区生产总值分别增长', '5%', '5.5%'],
      ['粮食产量', '615亿斤', '616亿斤'],
    ]);
    // In place too: the date line's month and day are not figures that changed (its year stays a figure).
    const dateLine = compareDocuments(
      textDoc('a', [['——2025年1月14日在湖南省第十四届人民代表大会第三次会议上', 0]]),
      textDoc('b', [['——2025年2月3日在湖南省第十四届人民代表大会第三次会议上', 0]]),
    );
    expect(dateLine.alignment.counts.changed).toBe(1);
    expect(dateLine.figures).toEqual([]);
    // Two leftover figures ending the same clause are not told apart: neither pairs.
    const twice = compareDocuments(
      textDoc('a', [['新建农村公路3500公里，改造农村公路1200公里，粮食产量615亿斤左右，粮食产量稳定。', 0]]),
      textDoc('b', [['粮食产量616亿斤左右，新建农村公路3000公里，粮食产量617亿斤，改造农村公路1200公里。', 0]]),
    );
    expect(twice.figures.map((f) => f.old)).not.toContain('615亿斤');
  });

  it('formulations: renames through rewritten sentences, review names kept apart, tasks first', () => {
    expect(c.renames.map((r) => `${r.old}→${r.new}`)).toEqual(['两化融合→数实融合']);
    expect(c.added.map((f) => [f.phrase, f.reviewFact, f.inTasks])).toEqual([
      ['数实融合', false, true],
      ['提振消费', false, true],
      ['格美', true, false],
    ]);
    const html = renderComparison(c);
    expect(html).toContain('<li data-rename=""><a href="/terms/?t=两化融合">两化融合</a> → <a href="/terms/?t=数实融合">数实融合</a>');
    expect(html).toMatch(
      /乙文回顾中的名称与事实（1）<\/h5><ul class="term-chips"><li><a data-new-term="" href="\/terms\/\?t=格美">格美<\/a>/,
    );
  });

  it('renames: two quoted names in the same change of a rewrite, with a character in common', () => {
    const f = (phrase: string) => ({ phrase, count: 1, quoted: true });
    const pairs = [
      { a: '坚决整治形式主义，“三公”经费持续下降。', b: '坚决纠治形式主义，出台激励“二十条”。', index: 0 },
      { a: '推动工业化、信息化“两化融合”。', b: '大力推进“数实融合”。', index: 1 },
    ];
    const found = renames(pairs, [f('二十条'), f('数实融合')], [f('三公'), f('两化融合')], charDiff);
    expect(found.map((r) => `${r.old}→${r.new}`)).toEqual(['两化融合→数实融合']);
  });

  it('a pair asked for with the later text first is compared as asked, with a note and a link that swaps them', () => {
    const dated = (doc: typeof A, year: number, date: string) => ({ ...doc, year, date });
    expect(renderComparison(compareDocuments(dated(A, 2024, '2024-01-24'), dated(B, 2025, '2025-01-14')))).not.toContain(
      'data-later-first',
    );
    // Two reports of one year (national-2024 of 5 March against hubei-2024 of 30 January): either order is fine.
    expect(renderComparison(compareDocuments(dated(A, 2024, '2024-03-05'), dated(B, 2024, '2024-01-30')))).not.toContain(
      'data-later-first',
    );
    const html = renderComparison(compareDocuments(dated(B, 2025, '2025-01-14'), dated(A, 2024, '2024-01-24')));
    expect(html).toContain('甲文（2025年）晚于乙文（2024年）');
    expect(html).toContain('<a href="/compare/?a=a&amp;b=b">交换甲乙</a>');
  });

  it('CSV records: one per row shown, with label and likeness', () => {
    const pairs = csvRecords(c, 'pairs');
    expect(pairs[0]).toEqual(['label', 'label_zh', 'kind', 'similarity', 'part_b', 'sentence_b', 'link_b', 'sentence_a', 'link_a']);
    expect(pairs.length - 1).toBe(c.alignment.rows.length);
    expect(pairs.find((r) => r[5]?.startsWith('确保'))?.slice(0, 2)).toEqual(['changed', '改写']);
    expect(csvRecords(c, 'figures')).toHaveLength(4);
    expect(csvRecords(c, 'formulations').map((r) => r[1])).toEqual(['phrase', '数实融合', '提振消费', '格美', '两化融合', '雅韵三湘']);
    // The formulations as the page lists them: the rename both ways, the review's names apart.
    const f = new Map(csvRecords(c, 'formulations').map((r) => [r[1], r]));
    expect(f.get('数实融合')!.slice(4)).toEqual(['true', 'false', '', '两化融合', '']);
    expect(f.get('两化融合')![7]).toBe('数实融合');
    expect(f.get('格美')!.slice(4, 6)).toEqual(['false', 'true']);
    // A removed sentence is given the part it is shown in, as the counts per part count it.
    const removed = pairs.filter((r) => r[0] === 'removed');
    expect(removed.length).toBeGreaterThan(0);
    for (const r of removed) expect(r[4]).not.toBe('');
  });
});
