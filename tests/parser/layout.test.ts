/**
 * Lines a source's layout broke inside a sentence (report/layout.ts): joined when a line cannot end where
 * it does, never when it is structure or a short unpunctuated heading.
 */
import { describe, expect, it } from 'vitest';
import { logicalLines } from '../../src/parser/shapes/report/layout.ts';
import type { SourceLine } from '../../src/parser/source.ts';

const lines = (texts: string[]): SourceLine[] => texts.map((text, i) => ({ number: i + 1, raw: text, text }));
const join = (texts: string[], fixed: (t: string) => boolean = () => false) =>
  logicalLines(lines(texts), fixed).map((l) => [l.text, l.joined ?? null]);

describe('logical lines', () => {
  it('joins a hard wrap: a long line stopping without punctuation (text copied from a PDF)', () => {
    expect(join(['过去一年，全省上下攻坚克难，经济社会发展主要目标任务顺利完成，地区生产总', '值增长5%，就业形势总体稳定。'])).toEqual([
      ['过去一年，全省上下攻坚克难，经济社会发展主要目标任务顺利完成，地区生产总值增长5%，就业形势总体稳定。', [1, 2]],
    ]);
  });

  it('joins PM / 2.5 / 年平均浓度 and 的 / 主要预期目标 / 是：', () => {
    expect(join(['污染防治成效明显，PM', '2.5', '年平均浓度保持在20微克/立方米左右。'])[0]![0]).toBe(
      '污染防治成效明显，PM2.5年平均浓度保持在20微克/立方米左右。',
    );
    expect(join(['今年经济社会发展的', '主要预期目标', '是：地区生产总值增长5%左右。'])).toHaveLength(1);
  });

  it('keeps a short unpunctuated heading, a finished sentence and structure apart', () => {
    expect(join(['生态底色更加亮丽', '始终坚持生态优先、绿色发展。'])).toHaveLength(2);
    expect(join(['经济运行持续向好。', '精准落实更加积极有为的宏观政策。'])).toHaveLength(2);
    const heading = (t: string) => t.startsWith('一、');
    expect(join(['一、2025年和“十四五”时期工作回顾及其他需要说明的各项情况', '2025年是很不平凡的一年。'], heading)).toHaveLength(2);
  });

  describe('a file wrapped at a fixed width (a PDF, a fixed-width tool)', () => {
    /** A report's paragraphs wrapped every `width` characters, each paragraph's first line indented or not. */
    const wrap = (paragraphs: string[], width: number, indent = '') =>
      paragraphs.flatMap((p) => {
        const t = indent + p;
        const out: string[] = [];
        for (let i = 0; i < t.length; i += width) out.push(t.slice(i, i + width));
        return out;
      });
    const toLines = (raws: string[]): SourceLine[] => raws.map((raw, i) => ({ number: i + 1, raw, text: raw.trim() }));
    const paragraphs = [
      '今年主要预期目标是：地区生产总值增长5%左右；地方一般公共预算收入增长1.5%左右；规模工业增加值增长6%；固定资产投资实现正增长。',
      '三是充分激发改革开放新活力。统筹推进深层次改革和高水平开放，高质量发展空间不断拓展。重点改革成效明显。',
      '四是努力开创区域共进新局面。强化区域协作，推动融合互补，发展的整体性、可持续性不断增强。',
      '充分释放消费潜力。落实消费政策，实施提振消费专项行动，提升“两新”政策执行效能。优化消费券发放。',
    ];

    it('joins a line that fills the width whatever it ends on (；, 。)', () => {
      const raws = wrap([...paragraphs, ...paragraphs], 21);
      // Lines that fill the width and end on ； or 。 inside a paragraph.
      expect(new Set(raws.filter((r) => r.length === 21 && /[；。]$/.test(r)))).toEqual(
        new Set(['右；地方一般公共预算收入增长1.5%左右；', '改革和高水平开放，高质量发展空间不断拓展。']),
      );
      const got = logicalLines(toLines(raws), () => false).map((l) => l.text);
      expect(got).toEqual([...paragraphs, ...paragraphs]);
    });

    it('starts a paragraph at an indented line in a file that indents paragraphs', () => {
      const raws = wrap([...paragraphs, ...paragraphs], 21, '\u3000\u3000');
      expect(logicalLines(toLines(raws), () => false).map((l) => l.text)).toEqual([...paragraphs, ...paragraphs]);
    });

    it('never joins the line after a heading, even where the heading nearly fills the width', () => {
      const heading = '（一）着力推进科技创新和产业创新深度融';
      const raws = [...wrap([...paragraphs, ...paragraphs], 20), heading, '全年完成任务。', ...wrap(paragraphs, 20)];
      const got = logicalLines(toLines(raws), (t) => t.startsWith('（一）')).map((l) => l.text);
      expect(got).toContain(heading);
      expect(got).toContain('全年完成任务。');
    });

    it('does not take a web page’s one line per paragraph for a wrapped file', () => {
      const web = [
        '经济运行持续向好。',
        '精准落实更加积极有为的宏观政策，全力稳增长。',
        '一是扩大内需。',
        '二是稳定就业，城镇新增就业70万人。',
      ];
      expect(logicalLines(toLines([...web, ...web, ...web]), () => false)).toHaveLength(12);
    });
  });
});
