import { describe, expect, it } from 'vitest';
import { labelLines, textWidth } from '../../src/charts/text.ts';

describe('chart labels', () => {
  it('break at a fixed number of characters, every character kept', () => {
    const label = '湖南省国民经济和社会发展第十五个五年规划纲要';
    expect(labelLines(label, 10)).toEqual(['湖南省国民经济和社会', '发展第十五个五年规划', '纲要']);
    expect(labelLines('', 10)).toEqual(['']);
  });
  it('no line opens with a closing mark or ends with an opening one', () => {
    expect(labelLines('中华人民共和国保守国家秘密法（2024年修订）', 22)).toEqual(['中华人民共和国保守国家秘密法（2024年修订）']);
    expect(labelLines('中华人民共和国保守国家秘密法（2024年修订）（0处）', 22)).toEqual([
      '中华人民共和国保守国家秘密法（2024年修订）',
      '（0处）',
    ]);
    expect(labelLines('三湘都市报：湖南2024年政府工作报告要点（1处）', 22)).toEqual(['三湘都市报：湖南2024年政府工作报告要点', '（1处）']);
  });
  it('estimates widths: CJK one em, digits about 0.6 em', () => {
    expect(textWidth('湖南', 12)).toBe(24);
    expect(textWidth('2024', 10)).toBeCloseTo(24);
  });
});
