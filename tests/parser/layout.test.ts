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
});
