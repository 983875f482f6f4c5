import { describe, expect, it } from 'vitest';
import { compareDocuments, renderComparison } from '../../src/compare/view.ts';
import { partSummaries, headingChanges } from '../../src/compare/summary.ts';
import { csvRecords } from '../../src/compare/csv.ts';
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
    expect(rows).not.toContainEqual(['0.5个', '8.8个']);
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
      ['高于全国', '0.5个', '1.5个'],
    ]);
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

  it('CSV records: one per row shown, with label and likeness', () => {
    const pairs = csvRecords(c, 'pairs');
    expect(pairs[0]).toEqual(['label', 'label_zh', 'kind', 'similarity', 'part_b', 'sentence_b', 'link_b', 'sentence_a', 'link_a']);
    expect(pairs.length - 1).toBe(c.alignment.rows.length);
    expect(pairs.find((r) => r[5]?.startsWith('确保'))?.slice(0, 2)).toEqual(['changed', '改写']);
    expect(csvRecords(c, 'figures')).toHaveLength(4);
    expect(csvRecords(c, 'formulations').map((r) => r[1])).toEqual(['phrase', '数实融合', '提振消费', '格美', '两化融合', '雅韵三湘']);
  });
});
