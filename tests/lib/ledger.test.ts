/**
 * The target ledger (src/lib/ledger/): units normalised, the direction table, met / not met on every
 * target with an outcome the corpus has (expected verdicts written by reading the reports and the plan's
 * table), the ledger's order and columns, its CSV; and the rules on synthetic records.
 */
import { describe, expect, it } from 'vitest';
import { parseSeeds } from '../../src/parser/index.ts';
import { extractTargets, INDICATORS, type TargetRecord } from '../../src/lib/targets.ts';
import { pairTargetsWithOutcomes, type TargetOutcome } from '../../src/lib/outcomes.ts';
import { extractIndicators } from '../../src/lib/indicators.ts';
import { buildLedger, changeBetween, LEDGER_FIELDS, ledgerLines, type OutcomeCell } from '../../src/lib/ledger/ledger.ts';
import { convert, displayUnit } from '../../src/lib/ledger/units.ts';
import { directionOf, DIRECTION_RULES } from '../../src/lib/ledger/direction.ts';
import { boundOf, judge } from '../../src/lib/ledger/verdict.ts';
import { planLines } from '../../src/lib/ledger/charts.ts';
import { toCsv } from '../../src/lib/data/csv.ts';

const { documents } = parseSeeds('seeds');
const reports = documents.filter((d) => d.kind === 'report');
const targets = reports.flatMap(extractTargets);
const pairs = pairTargetsWithOutcomes(documents);
const ledger = buildLedger(reports, targets, pairs);
const rows = ledger.groups.flatMap((g) => g.rows);

describe('units', () => {
  it('reads 万亿斤 as 10⁴ 亿斤 (万亿 = 10¹², 亿 = 10⁸), both ways', () => {
    expect(convert({ value: 1.3, valueMax: null, unit: '万亿斤' }, '亿斤')).toEqual({ value: 13000, valueMax: null, unit: '亿斤' });
    expect(convert({ value: 615, valueMax: 616, unit: '亿斤' }, '万亿斤')).toEqual({ value: 0.0615, valueMax: 0.0616, unit: '万亿斤' });
    expect(convert({ value: 1200, valueMax: null, unit: '万人' }, '人')).toEqual({ value: 12000000, valueMax: null, unit: '人' });
    expect(convert({ value: 5.3, valueMax: null, unit: '万亿元' }, '亿元')?.value).toBe(53000);
  });
  it('never converts across families, nor a percentage into percentage points', () => {
    expect(convert({ value: 1, valueMax: null, unit: '%' }, '个百分点')).toBeUndefined();
    expect(convert({ value: 1, valueMax: null, unit: '亿斤' }, '万人')).toBeUndefined();
  });
  it('a row shows the unit most of its figures are written in', () => {
    expect(displayUnit(['万亿斤', '亿斤', '亿斤', '亿斤'])).toBe('亿斤');
    expect(displayUnit(['万亿斤', '亿斤'])).toBe('亿斤');
    expect(displayUnit([null, null])).toBeNull();
  });
  it('the corpus: 粮食产量 is one row in 亿斤, the nation 13000, the provinces as written', () => {
    const grain = rows.filter((r) => r.indicator === 'grain');
    expect(grain).toHaveLength(1);
    expect(grain[0]!.unit).toBe('亿斤');
    const figures = grain[0]!.cells.flatMap((c) => (c.kind === 'target' && c.normalised ? [c.normalised.value] : []));
    expect(figures).toEqual([13000, 500, 615, 616]);
  });
  it('one row per indicator: no indicator repeats', () => {
    expect(new Set(rows.map((r) => r.indicator)).size).toBe(rows.length);
    expect(rows.map((r) => r.indicator).sort()).toEqual([...new Set(targets.map((t) => t.indicator))].sort());
  });
});

describe('direction', () => {
  it('every indicator the extraction knows has a stated direction', () => {
    for (const ind of INDICATORS) expect(directionOf(ind.label).reading.length, ind.label).toBeGreaterThan(0);
    expect(DIRECTION_RULES.at(-1)!.pattern.test('任何指标')).toBe(true);
  });
  it.each([
    ['城镇调查失业率', 'ceiling'],
    ['居民消费价格（CPI）', 'ceiling'],
    ['国际收支', 'band'],
    ['单位GDP能耗／节能减排', 'higher'],
    ['单位地区生产总值二氧化碳排放降低（%）', 'higher'],
    ['地级及以上城市细颗粒物（PM2.5）浓度（微克/立方米）', 'lower'],
    ['亿元地区生产总值生产安全事故死亡率（人/亿元）', 'lower'],
    ['经济增长（GDP）', 'higher'],
    ['粮食综合生产能力（万吨）', 'higher'],
    ['森林覆盖率（%）', 'higher'],
  ])('%s: %s', (name, direction) => expect(directionOf(name).direction).toBe(direction));
});

describe('met / not met: every target with an outcome in the corpus', () => {
  it('Hunan 2024 targets against the results hunan-2025 states', () => {
    const col = ledger.columns.findIndex((c) => c.kind === 'outcome' && c.region === '湖南' && c.year === 2024);
    expect(col).toBeGreaterThan(0);
    const got = Object.fromEntries(
      rows.flatMap((r) => {
        const cell = r.cells[col] as OutcomeCell;
        return cell.target ? [[r.indicator, [cell.verdict!.kind, cell.verdict!.gap]]] : [];
      }),
    );
    expect(got).toEqual({
      gdp: ['not-met', -1.2],
      revenue: ['not-met', -3.4],
      industry: ['met', 0.3],
      investment: ['no-outcome', null],
      retail: ['not-met', -0.6],
      trade: ['no-outcome', null],
      jobs: ['met', 9.8],
      // 居民收入增速高于经济增速: 5% against the year's growth of 4.8%.
      income: ['met', 0.2],
      cpi: ['no-outcome', null],
      grain: ['met', 0.6],
      'energy-intensity': ['no-outcome', null],
    });
    // Every paired target of the corpus is in the ledger's outcome column.
    expect(Object.keys(got).sort()).toEqual(pairs.map((p) => p.indicator).sort());
  });

  it("the plan's 14th-plan table: outcome against target, row by row", () => {
    const plan = documents.find((d) => d.kind === 'plan')!;
    const table = extractIndicators(plan).filter((r) => r.table === 'table-1');
    const { outcomes, lines } = planLines(table);
    expect(outcomes).toBe(true);
    const got = lines.map((l) => `${l.row.seq} ${l.verdict?.kind}`);
    const expected = {
      1: 'not-met', // ＞6 against 5.2
      2: 'met', // 6 against 6.9
      3: 'not-met', // 30 against 27
      4: 'met', // 61.5 against 70
      5: 'no-outcome', // 不再公布
      6: 'not-met', // 15 against 9.8
      7: 'not-met', // 8 against 6.3
      8: 'met', // 63 against 63
      9: 'not-met', // ＞12 against 11.6*
      10: 'met', // 4 against 8.5
      11: 'not-met', // 8 against 7.4
      12: 'not-met', // 6.5 against 6.2
      13: 'met', // ＜5.5 against 5.3
      14: 'met', // 11.2 against 11.2
      15: 'met', // 2.95 against 3.43
      16: 'met', // 95 against 95
      17: 'met', // 4.5 against 4.5
      18: 'met', // 78.5 against 79.2
      19: 'met', // 完成国家下达任务 against 完成“十四五”任务
      20: 'met',
      21: 'met', // 88 against 90.2
      22: 'met', // ≥90.4 against 98.6
      23: 'met', // ≥53 against 54.11*
      24: 'met', // ＞3250 against 3262
      25: 'met', // 3200 against 4489
      26: 'met', // [-33%] against [-46.1%]: a death rate, lower is better
    };
    expect(got).toEqual(Object.entries(expected).map(([seq, kind]) => `${seq} ${kind}`));
  });

  it('a table of targets without outcomes is not judged', () => {
    const plan = documents.find((d) => d.kind === 'plan')!;
    const { outcomes, lines } = planLines(extractIndicators(plan).filter((r) => r.table === 'table-2'));
    expect(outcomes).toBe(false);
    expect(lines.every((l) => l.verdict === null)).toBe(true);
  });
});

describe('the rules on their own', () => {
  const goal = (value: number | null, qualifier: string | null = null, valueMax: number | null = null, text = '') => ({
    value,
    valueMax,
    bound: boundOf(qualifier),
    text,
  });
  it('a written bound decides; otherwise the direction; 左右 gets no tolerance', () => {
    expect(judge(goal(5.5, '以内'), { value: 5.6, text: '' }, 'higher').kind).toBe('not-met');
    expect(judge(goal(6, '左右'), { value: 5.9, text: '' }, 'higher')).toMatchObject({ kind: 'not-met', gap: -0.1 });
    expect(judge(goal(6, '以上'), { value: 6, text: '' }, 'higher').kind).toBe('met');
    expect(judge(goal(6, '超过'), { value: 6, text: '' }, 'higher').kind).toBe('not-met');
    expect(judge(goal(3, '左右'), { value: 0.2, text: '' }, 'ceiling').kind).toBe('met');
    expect(judge(goal(3, '左右'), { value: 3.1, text: '' }, 'ceiling').kind).toBe('not-met');
    expect(judge(goal(2, null, 3), { value: 3.5, text: '' }, 'band').kind).toBe('not-met');
    expect(judge(goal(2, null, 3), { value: 2.5, text: '' }, 'band').kind).toBe('met');
    expect(judge(goal(5, null, 5.5), { value: 5.2, text: '' }, 'higher').kind).toBe('met');
  });
  it('targets without a number: relative to growth, 完成任务, or not judged', () => {
    const above = goal(null, null, null, '居民收入增速高于经济增速');
    expect(judge(above, { value: 5, text: '' }, 'higher', 5).kind).toBe('not-met');
    expect(judge(above, { value: 5.1, text: '' }, 'higher', 5).kind).toBe('met');
    expect(judge(above, { value: 5.1, text: '' }, 'higher', null).kind).toBe('not-assessable');
    expect(judge(goal(null, null, null, '居民收入增长和经济增长同步'), { value: 5, text: '' }, 'higher', 5).kind).toBe('met');
    expect(judge(goal(null, null, null, '完成国家下达任务'), { value: null, text: '完成年度任务' }, 'higher').kind).toBe('met');
    expect(judge(goal(null, null, null, '保持稳定'), { value: 54, text: '54' }, 'higher').kind).toBe('not-assessable');
    expect(judge(goal(6), undefined, 'higher').kind).toBe('no-outcome');
    expect(judge(goal(6), { value: null, text: '不再公布' }, 'higher')).toMatchObject({ kind: 'no-outcome', why: '实际情况：不再公布' });
  });
  it('the change between two years, in the row unit', () => {
    const t = (text: string, value: number | null, unit: string | null, qualifier: string | null): TargetRecord => ({
      document: 'x',
      indicator: 'grain',
      text,
      value,
      valueMax: null,
      unit,
      qualifier,
      anchor: '/x/',
    });
    expect(changeBetween(t('粮食产量1.3万亿斤', 1.3, '万亿斤', null), t('粮食产量13500亿斤', 13500, '亿斤', null), '亿斤').text).toBe(
      '提高500亿斤',
    );
    expect(changeBetween(t('增长6%左右', 6, '%', '左右'), t('增长5.5%以上', 5.5, '%', '以上'), '%').text).toBe(
      '降低0.5个百分点（左右→以上）',
    );
    expect(changeBetween(t('增长6%', 6, '%', null), t('保稳提质', null, null, '保稳提质'), '%').text).toBe('改为定性：保稳提质');
    expect(changeBetween(undefined, t('增长6%', 6, '%', null), '%').text).toBe('新增');
    expect(changeBetween(t('增长6%', 6, '%', null), undefined, '%').text).toBe('未再列出');
  });
});

describe('the corpus ledger', () => {
  it('columns by region (全国 first), then year; an outcome column where results are stated; a change column for two years', () => {
    expect(ledger.columns.map((c) => `${c.region}${c.header}`)).toEqual([
      '全国2024年目标',
      '湖北2024年目标',
      '湖南2024年目标',
      '湖南2024年实际',
      '湖南2025年目标',
      '湖南2025较2024年',
    ]);
  });
  it('grouped and ordered as the reports state them, growth first', () => {
    expect(ledger.groups.map((g) => g.name)).toEqual(['经济增长', '就业', '物价与收入', '安全与绿色']);
    expect(ledger.groups[0]!.rows.slice(0, 5).map((r) => r.indicator)).toEqual(['gdp', 'revenue', 'industry', 'investment', 'retail']);
    expect(ledger.groups[1]!.rows.map((r) => r.indicator)).toEqual(['jobs', 'unemployment']);
  });
  it('Hunan 2025 against 2024', () => {
    const change = ledger.columns.findIndex((c) => c.kind === 'change');
    const text = (key: string) => {
      const c = rows.find((r) => r.indicator === key)!.cells[change]!;
      return c.kind === 'change' ? c.text : '';
    };
    expect([text('gdp'), text('grain'), text('jobs'), text('trade'), text('cpi')]).toEqual([
      '降低0.5个百分点',
      '提高1亿斤',
      '表述相同',
      '改为定性：保稳提质',
      '改为定性：与全国一致',
    ]);
  });
  it('the CSV: one line per target, the fields in order', () => {
    const lines = ledgerLines(ledger);
    expect(lines).toHaveLength(targets.length);
    const csv = toCsv(lines, LEDGER_FIELDS);
    expect(csv.split('\r\n')[0]).toBe(
      'group,indicator,label,direction,region,year,document,text,value,valueMax,unit,qualifier,normalisedValue,normalisedValueMax,normalisedUnit,outcome,outcomeValue,outcomeUnit,outcomeDocument,verdict,gap,change,anchor,outcomeAnchor',
    );
    const national = lines.find((l) => l.document === 'national-2024' && l.indicator === 'grain')!;
    expect([national.text, national.normalisedValue, national.normalisedUnit]).toEqual(['粮食产量1.3万亿斤以上', 13000, '亿斤']);
    const gdp = lines.find((l) => l.document === 'hunan-2024' && l.indicator === 'gdp')!;
    expect([gdp.outcome, gdp.verdict, gdp.gap, gdp.outcomeDocument]).toEqual(['全年增长4.8%', '未达成', -1.2, 'hunan-2025']);
  });
});

describe('a synthetic region with three years', () => {
  it('changes compare the last two; each year with results gets its own outcome column', () => {
    const doc = (id: string, year: number) => ({ ...reports[0]!, id, region: '某省', year });
    const docs = [doc('a-1', 2021), doc('a-2', 2022), doc('a-3', 2023)];
    const t = (document: string, value: number): TargetRecord => ({
      document,
      indicator: 'gdp',
      text: `地区生产总值增长${value}%`,
      value,
      valueMax: null,
      unit: '%',
      qualifier: null,
      anchor: `/${document}/`,
    });
    const ts = [t('a-1', 7), t('a-2', 6), t('a-3', 5)];
    const pair = (target: TargetRecord, year: number, value: number): TargetOutcome => ({
      region: '某省',
      year,
      indicator: 'gdp',
      label: '经济增长（GDP）',
      target,
      outcome: { document: 'next', year, indicator: 'gdp', text: `增长${value}%`, value, unit: '%', anchor: '/next/' },
    });
    const l = buildLedger(docs, ts, [pair(ts[0]!, 2021, 7.5), pair(ts[1]!, 2022, 5)]);
    expect(l.columns.map((c) => c.header)).toEqual(['2021年目标', '2021年实际', '2022年目标', '2022年实际', '2023年目标', '2023较2022年']);
    const cells = l.groups[0]!.rows[0]!.cells;
    expect(cells.map((c) => (c.kind === 'outcome' ? c.verdict!.kind : c.kind === 'change' ? c.text : c.normalised?.value))).toEqual([
      7,
      'met',
      6,
      'not-met',
      5,
      '降低1个百分点',
    ]);
  });
});
