import { describe, expect, it } from 'vitest';
import { parseSeeds } from '../../src/parser/index.ts';
import type { Node, ParsedDocument } from '../../src/parser/model.ts';
import { extractTargets, parsePhrase, splitPhrases, TARGET_FIELDS, type TargetRecord } from '../../src/lib/targets.ts';
import { toCsv } from '../../src/lib/data/csv.ts';
import { extractOutcomes, pairTargetsWithOutcomes, planName } from '../../src/lib/outcomes.ts';
import { TARGET_FIXTURE } from './targets.fixture.ts';

const { documents } = parseSeeds('seeds');
const doc = (id: string) => documents.find((d) => d.id === id)!;

/** A small report: each part is a list of paragraph texts; ids are structural like the parser's. */
function syntheticReport(id: string, year: number, parts: string[][], region = '某省'): ParsedDocument {
  let n = 0;
  const source = { file: 'x.txt', line: 1 };
  const children: Node[] = parts.map((texts, i) => ({
    type: 'division',
    level: 'part',
    id: `part-${i + 1}`,
    number: null,
    ordinal: i + 1,
    title: '',
    heading: `部分${i + 1}`,
    source,
    children: texts.map((t) => ({ type: 'paragraph', id: `p-${++n}`, role: 'body', content: [{ text: t }], source })),
  }));
  return {
    id,
    file: 'x.txt',
    startLine: 'x',
    kind: 'report',
    shape: 'report',
    title: id,
    sourceTitle: id,
    region,
    year,
    description: 'x',
    related: [],
    lines: { start: 1, end: 2 },
    length: 1,
    children,
    warnings: [],
  };
}

describe('targets of the four reports (fixture written by reading them)', () => {
  for (const [id, { anchor, rows }] of Object.entries(TARGET_FIXTURE)) {
    it(`${id}: every target phrase yields its record`, () => {
      const expected: TargetRecord[] = rows.map(([text, indicator, value, valueMax, unit, qualifier]) => ({
        document: id,
        indicator,
        text,
        value,
        valueMax,
        unit,
        qualifier,
        anchor,
      }));
      expect(extractTargets(doc(id))).toEqual(expected);
    });
  }

  it('documents that announce no targets give none', () => {
    for (const id of ['state-secrets-law-2024', 'xi-hunan-inspection-2024']) expect(extractTargets(doc(id))).toEqual([]);
  });

  it('every anchor points at a paragraph whose text contains the phrase', () => {
    for (const id of Object.keys(TARGET_FIXTURE)) {
      for (const t of extractTargets(doc(id))) {
        const pid = t.anchor.split('#')[1]!;
        const text = JSON.stringify(doc(id).children);
        expect(text).toContain(`"id":"${pid}"`);
      }
    }
  });
});

describe('phrases not in the seeds', () => {
  const cases: [string, string | undefined, number | null, number | null, string | null, string | null][] = [
    ['地区生产总值增长5%—5.5%', 'gdp', 5, 5.5, '%', null],
    ['地区生产总值增长5-5.5%左右', 'gdp', 5, 5.5, '%', '左右'],
    ['经济增长6.5%以上', 'gdp', 6.5, null, '%', '以上'],
    ['城镇调查失业率控制在5.5%以内', 'unemployment', 5.5, null, '%', '以内'],
    ['居民消费价格涨幅3%以下', 'cpi', 3, null, '%', '以下'],
    ['CPI涨幅3％左右', 'cpi', 3, null, '%', '左右'],
    ['粮食产量稳定在1.3万亿斤以上', 'grain', 1.3, null, '万亿斤', '以上'],
    ['粮食总产量保持在300亿斤以上', 'grain', 300, null, '亿斤', '以上'],
    ['城镇新增就业60万人以上', 'jobs', 60, null, '万人', '以上'],
    ['居民收入增长与经济增长基本同步', 'income', null, null, null, '基本同步'],
    ['城乡居民收入增速快于经济增速', 'income', null, null, null, '快于经济增速'],
    ['居民消费价格涨幅与全国基本一致', 'cpi', null, null, null, '与全国基本一致'],
    ['单位地区生产总值能耗下降完成国家下达的目标任务', 'energy-intensity', null, null, null, '完成国家下达的目标任务'],
    ['单位GDP能耗下降3%左右', 'energy-intensity', 3, null, '%', '左右'],
    ['全社会研发经费投入增长10%以上', 'rd', 10, null, '%', '以上'],
    ['常住人口城镇化率提高1个百分点', 'urbanization', 1, null, '个百分点', null],
    ['2025年地区生产总值增长6%', 'gdp', 6, null, '%', null],
    ['外贸进出口总额稳中有进', 'trade', null, null, null, '稳中有进'],
    ['一般公共预算收入不低于5%', 'revenue', 5, null, '%', '不低于'],
    ['固定资产投资增长6%－7%', 'investment', 6, 7, '%', null],
  ];
  for (const [text, indicator, value, valueMax, unit, qualifier] of cases) {
    it(text, () => {
      const p = parsePhrase(text);
      expect({ indicator: p.indicator?.key, value: p.value, valueMax: p.valueMax, unit: p.unit, qualifier: p.qualifier }).toEqual({
        indicator,
        value,
        valueMax,
        unit,
        qualifier,
      });
    });
  }

  it('splits at clause punctuation only', () => {
    expect(splitPhrases('甲增长5%；乙1%左右，丙同步。')).toEqual(['甲增长5%', '乙1%左右', '丙同步']);
  });
});

describe('finding the list by rule', () => {
  it('takes the list after 主要目标为 and continuation sentences that name indicators, not the commentary', () => {
    const r = syntheticReport('x-2026', 2026, [
      ['回顾。'],
      ['今年主要目标为：地区生产总值增长5.5%左右；城镇新增就业50万人。粮食产量600亿斤以上。完成上述目标，要加倍努力。'],
    ]);
    expect(extractTargets(r).map((t) => t.text)).toEqual(['地区生产总值增长5.5%左右', '城镇新增就业50万人', '粮食产量600亿斤以上']);
  });

  it('reads a list laid out one paragraph per target after the announcing colon', () => {
    const r = syntheticReport('x-2026', 2026, [
      ['今年经济社会发展的主要预期目标是：', '——地区生产总值增长6%左右；', '——居民收入增长和经济增长同步。', '我们要坚定信心。'],
    ]);
    const got = extractTargets(r);
    expect(got.map((t) => [t.text, t.indicator, t.anchor])).toEqual([
      ['地区生产总值增长6%左右', 'gdp', '/x-2026/part-1/#p-2'],
      ['居民收入增长和经济增长同步', 'income', '/x-2026/part-1/#p-3'],
    ]);
  });

  it('splits two targets run together at a 、, each with its indicator and figure, and nothing else', () => {
    const r = syntheticReport('x-2026', 2026, [
      [
        '今年主要预期目标是：城镇新增就业47万人以上、城镇调查失业率控制在5.5%以内，城乡居民人均可支配收入分别增长5%、6.5%左右，一、二、三产增加值分别增长5%、6%、5%，粮食产量1300亿斤以上、力争比去年实现更多增长。',
      ],
    ]);
    expect(extractTargets(r).map((t) => [t.text, t.indicator])).toEqual([
      ['城镇新增就业47万人以上', 'jobs'],
      ['城镇调查失业率控制在5.5%以内', 'unemployment'],
      ['城乡居民人均可支配收入分别增长5%、6.5%左右', 'income'],
      ['一、二、三产增加值分别增长5%、6%、5%', 'other'],
      ['粮食产量1300亿斤以上、力争比去年实现更多增长', 'grain'],
    ]);
  });

  it('continues the list with sentences stating a class of indicators (预期性指标, 约束性指标), then stops', () => {
    const r = syntheticReport('x-2026', 2026, [
      [
        '今年主要目标是：地区生产总值增长5%。反映新质生产力发展趋势的预期性指标增长高于经济增速。各项约束性指标完成国家下达任务。这些指标体现了积极有为。',
      ],
    ]);
    expect(extractTargets(r).map((t) => [t.text, t.indicator])).toEqual([
      ['地区生产总值增长5%', 'gdp'],
      ['反映新质生产力发展趋势的预期性指标增长高于经济增速', 'other'],
      ['各项约束性指标完成国家下达任务', 'other'],
    ]);
  });

  it('reads a list numbered 1. / （1） one paragraph per target, and 主要预期目标设定为：', () => {
    const numbered = syntheticReport('x-2026', 2026, [
      [
        '今年主要预期目标是：',
        '1.地区生产总值增长5%左右；',
        '2.城镇调查失业率5.5%左右；',
        '（3）居民收入增长和经济增长同步。',
        '实现上述目标，需要艰苦努力。',
      ],
    ]);
    expect(extractTargets(numbered).map((t) => t.text)).toEqual([
      '地区生产总值增长5%左右',
      '城镇调查失业率5.5%左右',
      '居民收入增长和经济增长同步',
    ]);
    const set = syntheticReport('x-2026', 2026, [['今年发展主要预期目标设定为：地区生产总值增长5%左右，城镇新增就业5万人。']]);
    expect(extractTargets(set).map((t) => t.text)).toEqual(['地区生产总值增长5%左右', '城镇新增就业5万人']);
  });

  it('skips a plan period’s targets announced by their end year (到2030年…主要目标是：)', () => {
    const r = syntheticReport('x-2026', 2026, [
      ['到2030年，全省经济社会发展的主要目标是：地区生产总值年均增长5%左右。', '今年主要预期目标是：地区生产总值增长5.5%左右。'],
    ]);
    expect(extractTargets(r).map((t) => t.text)).toEqual(['地区生产总值增长5.5%左右']);
  });

  it('ignores a mere mention of targets (完成全年预期目标，…)', () => {
    const r = syntheticReport('x-2026', 2026, [['完成全年预期目标，我们要坚持稳中求进。', '确定经济增长6%的预期目标，体现了统筹。']]);
    expect(extractTargets(r)).toEqual([]);
  });
});

describe('outcomes', () => {
  it('Hunan: the 2024 targets paired with the results hunan-2025 states', () => {
    const pairs = pairTargetsWithOutcomes(documents);
    const got = Object.fromEntries(
      pairs.filter((p) => p.outcome).map((p) => [p.indicator, [p.target.value, p.outcome!.value, p.outcome!.document]]),
    );
    expect(got).toEqual({
      gdp: [6, 4.8, 'hunan-2025'],
      revenue: [6, 2.6, 'hunan-2025'],
      industry: [7, 7.3, 'hunan-2025'],
      retail: [6, 5.4, 'hunan-2025'],
      jobs: [70, 79.8, 'hunan-2025'],
      income: [null, 5, 'hunan-2025'],
      grain: [615, 615.6, 'hunan-2025'],
    });
    expect(pairs.every((p) => p.region === '湖南' && p.year === 2024)).toBe(true);
    expect(pairs.find((p) => p.indicator === 'gdp')!.outcome!.text).toBe('全年增长4.8%');
  });

  it('a subject carries over to the sub-clauses that have none; sub-populations do not count', () => {
    const r = syntheticReport('y-2027', 2027, [
      ['地区生产总值达到3万亿元，增长5.1%，高于全国0.2个百分点。农村居民人均可支配收入增长7%，全体居民人均可支配收入增长5.6%。'],
      ['今年主要预期目标是：地区生产总值增长5%左右。'],
    ]);
    const got = extractOutcomes(r).map((o) => [o.indicator, o.value, o.unit, o.year]);
    expect(got).toEqual([
      ['gdp', 3, '万亿元', 2026],
      ['gdp', 5.1, '%', 2026],
      ['gdp', 0.2, '个百分点', 2026],
      ['income', 5.6, '%', 2026],
    ]);
    const before = syntheticReport('y-2026', 2026, [['回顾。'], ['主要预期目标是：地区生产总值增长6%。']]);
    const [pair] = pairTargetsWithOutcomes([before, r]);
    expect([pair!.target.value, pair!.outcome!.value]).toEqual([6, 5.1]);
  });
});

describe('outcomes: where the review is and what it says', () => {
  it('finds the review by a paragraph opening on last year when no heading says 回顾, and skips the five-year review', () => {
    const r = syntheticReport('z-2026', 2026, [
      [
        '“十四五”时期是我省极不平凡的五年。地区生产总值年均增长5.5%，城镇新增就业每年超过60万人。',
        '各位代表，刚刚过去的2025年，地区生产总值达到6万亿元、稳居全国前十、增长5%，固定资产投资下降3.3%，能耗下降2%。',
      ],
      ['十五五时期的目标。'],
      ['今年主要预期目标是：地区生产总值增长5%左右。'],
    ]);
    const got = extractOutcomes(r).map((o) => [o.indicator, o.value, o.unit, o.anchor]);
    expect(got).toEqual([
      ['gdp', 6, '万亿元', '/z-2026/part-1/#p-2'],
      ['gdp', 5, '%', '/z-2026/part-1/#p-2'],
      ['investment', -3.3, '%', '/z-2026/part-1/#p-2'],
      ['energy-intensity', 2, '%', '/z-2026/part-1/#p-2'],
    ]);
  });
});

describe('outcomes: the five-year review is the plan just closed', () => {
  it('names the plans as the reports do', () => {
    expect([2010, 2015, 2020, 2025, 2026, 2030, 2050].map(planName)).toEqual([
      '十一五',
      '十二五',
      '十三五',
      '十四五',
      '十五五',
      '十五五',
      '十九五',
    ]);
  });

  it('a paragraph on the plan beginning (“十五五”时期是…的五年) does not hide last year’s results', () => {
    const r = syntheticReport('w-2026', 2026, [
      ['刚刚过去的2025年，地区生产总值增长5%。', '“十五五”时期是我省奋力谱写中国式现代化湖南篇章的五年。', '规模工业增加值增长6.5%。'],
      ['今年主要预期目标是：地区生产总值增长5%左右。'],
    ]);
    expect(extractOutcomes(r).map((o) => [o.indicator, o.value])).toEqual([
      ['gdp', 5],
      ['industry', 6.5],
    ]);
  });
});

describe('CSV', () => {
  it('has the exact header and quotes what needs quoting', () => {
    const csv = toCsv(
      [{ document: 'a', indicator: 'gdp', text: '甲,"乙"', value: 5, valueMax: null, unit: '%', qualifier: null, anchor: '/a/#p-1' }],
      TARGET_FIELDS,
    );
    expect(csv).toBe('document,indicator,text,value,valueMax,unit,qualifier,anchor\r\na,gdp,"甲,""乙""",5,,%,,/a/#p-1\r\n');
  });
});
