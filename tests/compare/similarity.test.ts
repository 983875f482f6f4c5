import { describe, expect, it } from 'vitest';
import {
  BigramWeights,
  bigrams,
  carriedClauses,
  clauseProfiles,
  clauses,
  likeness,
  maskedKey,
  profile,
  sharedRun,
} from '../../src/compare/similarity.ts';
import { charDiff, tokens } from '../../src/compare/align.ts';
import { headingNumber, numeralValue } from '../../src/compare/structure.ts';

describe('maskedKey', () => {
  it('masks figures, keeps their units, drops punctuation and whitespace', () => {
    expect(maskedKey('确保粮食播种面积稳定在7135万亩以上。')).toBe(maskedKey('确保粮食播种面积稳定在7140万亩以上。'));
    expect(maskedKey('增长5%，达到4.5%')).toBe('增长\uE000达到\uE000');
    expect(maskedKey('“八大行动”')).toBe('\uE000大行动');
    expect(maskedKey('统一大市场、一体化')).toBe('统一大市场一体化');
    expect(maskedKey('建设350所学校')).toBe('\uE000'.replace(/^/, '建设') + '所学校');
  });
});

describe('weighted likeness', () => {
  const corpus = ['推进高质量发展', '推进乡村振兴发展', '推进科技创新发展', '确保粮食播种面积稳定', '建设寄宿制学校'];
  const w = new BigramWeights(corpus.map((s) => bigrams(maskedKey(s))));
  const p = (s: string) => profile(maskedKey(s), w);
  it('weighs rare bigrams more than common ones', () => {
    expect(w.weight('播种')).toBeGreaterThan(w.weight('推进'));
  });
  it('a changed figure does not lower the likeness; shared register counts little', () => {
    expect(likeness(p('确保粮食播种面积稳定在7135万亩'), p('确保粮食播种面积稳定在7140万亩')).dice).toBe(1);
    expect(likeness(p('推进高质量发展'), p('推进科技创新发展')).dice).toBeLessThan(0.3);
  });
  it('sharedRun: the heaviest stretch of text both share, a rare phrase outweighing a longer stock one', () => {
    const stock = ['工业', '农业', '城市', '乡村', '文化', '科技', '金融', '开放'].map((x) => `推进${x}高质量发展`);
    const text = [...stock, '树立大农业观', '践行大农业观', '建设寄宿制学校', '深化改革'];
    const v = new BigramWeights(text.map((s) => bigrams(maskedKey(s))));
    const run = (x: string, y: string) => sharedRun(maskedKey(x), maskedKey(y), profile(maskedKey(x), v).grams);
    // 大农业观: three bigrams, 大农 and 业观 in two of the twelve sentences; 高质量发展: four bigrams in eight.
    expect(run('树立大农业观', '践行大农业观')).toBeCloseTo(v.weight('大农') + v.weight('农业') + v.weight('业观'), 10);
    expect(run('树立大农业观', '践行大农业观')).toBeGreaterThan(run('推进工业高质量发展', '推进城市高质量发展'));
    // Only consecutive shared bigrams count: 大农 and 业观 apart are two runs of one bigram each.
    expect(run('大农业观', '大农x业观')).toBeCloseTo(v.weight('大农'), 10);
    expect(run('推进', '改革')).toBe(0);
  });
  it('containment: the shorter sentence inside the longer', () => {
    expect(likeness(p('建设寄宿制学校'), p('建设寄宿制学校，推进高质量发展')).containment).toBe(1);
  });
  it('clauses are cut at ，；： and end marks (one-character pieces dropped); carried clauses sum the weight they share', () => {
    expect(clauses('强化“一核”引领，破除瓶颈；推进发展：好。')).toEqual(['强化一核引领', '破除瓶颈', '推进发展']);
    const x = clauseProfiles('落实“两个70%”激励政策，健全评价体系。', w);
    const y = clauseProfiles('落实“两个70%”激励政策，深化经费改革。', w);
    expect(carriedClauses(x, y, 0.5)).toBeGreaterThan(0);
    expect(carriedClauses(x, clauseProfiles('推进乡村振兴发展。', w), 0.5)).toBe(0);
  });
});

describe('numbers in the character diff', () => {
  it('a figure with its unit is one token', () => {
    expect(tokens('增长4.5%，提质改造3000公里')).toEqual(['增', '长', '4.5%', '，', '提', '质', '改', '造', '3000公里']);
  });
  it('5% → 4.5% is a replaced value, 700 → 740元/月 too', () => {
    const d = charDiff('增长5%', '增长4.5%');
    expect(d).toEqual([
      { text: '增长', op: 'keep' },
      { text: '5%', op: 'delete' },
      { text: '4.5%', op: 'insert' },
    ]);
    const e = charDiff('提高到700元/月', '提高到740元/月');
    expect(e.filter((p) => p.op !== 'keep').map((p) => p.text)).toEqual(['700元', '740元']);
  });
});

describe('heading numbers', () => {
  it('reads 一、（三）第十二章 and Arabic numbering', () => {
    expect(numeralValue('二十三')).toBe(23);
    expect(numeralValue('十')).toBe(10);
    expect(numeralValue('一百零五')).toBe(105);
    expect(headingNumber('一、2024年工作回顾')).toBe('cn-1');
    expect(headingNumber('（三）全力推进高水平科技自立自强')).toBe('paren-3');
    expect(headingNumber('第十二章 加快建设')).toBe('ch章-12');
    expect(headingNumber('2. 目标')).toBe('ar-2');
    expect(headingNumber('总体要求')).toBe('');
  });
});
