import { describe, expect, it } from 'vitest';
import { parseSeeds } from '../../src/parser/index.ts';
import type { Table } from '../../src/parser/model.ts';
import { chartRows, columns, expandGrid, extractIndicators, parseCell, readIndicatorTable } from '../../src/lib/indicators.ts';

const { documents } = parseSeeds('seeds');
const plan = documents.find((d) => d.id === 'hunan-fyp15')!;

const cell = (text: string, extra: object = {}) => ({ text, ...extra });
const src = { file: 'x.txt', line: 1 };
/** A table laid out differently from the seeds: columns in another order, English-free headers, spans. */
const FIXTURE: Table = {
  type: 'table',
  id: 'table-9',
  caption: '测试',
  source: src,
  head: [
    {
      cells: [
        cell('指标名称', { header: true, rowspan: 2 }),
        cell('属性', { header: true, rowspan: 2 }),
        cell('目标值', { header: true, colspan: 2 }),
        cell('类别', { header: true, rowspan: 2 }),
      ],
      source: src,
    },
    { cells: [cell('2030年', { header: true }), cell('年均增速[累计]', { header: true })], source: src },
  ],
  body: [
    {
      cells: [cell('甲指数（%）'), cell('预期性'), cell('≥12.5'), cell('-'), cell('一类', { header: true, rowspan: 2 })],
      group: '一类',
      source: src,
    },
    { cells: [cell('乙数量（万吨）'), cell('约束性'), cell('完成国家下达任务', { colspan: 2 })], group: '一类', source: src },
  ],
};

describe('cells', () => {
  const cases: [string, boolean, Partial<ReturnType<typeof parseCell>>][] = [
    ['＞6', true, { kind: 'number', value: 6, comparator: '＞', annual: true }],
    ['年均5—5.5', false, { kind: 'range', value: 5, valueMax: 5.5, annual: true }],
    ['年均7.5以上', false, { kind: 'number', value: 7.5, qualifier: '以上', annual: true }],
    ['[4]', false, { kind: 'number', value: 4, cumulative: true, annual: false }],
    ['[-46.1%]', true, { kind: 'number', value: -46.1, unit: '%', cumulative: true, annual: false }],
    ['54.11*', false, { kind: 'number', value: 54.11, provisional: true }],
    ['≥90.4', false, { kind: 'number', value: 90.4, comparator: '≥' }],
    ['＜5.5', false, { kind: 'number', value: 5.5, comparator: '＜' }],
    ['3.7左右', false, { kind: 'number', value: 3.7, qualifier: '左右' }],
    ['31.3（以国家下达任务为准）', false, { kind: 'number', value: 31.3, note: '以国家下达任务为准' }],
    ['与GDP增长同步', false, { kind: 'text', value: null }],
    ['不再公布', false, { kind: 'text' }],
    ['-', false, { kind: 'none' }],
    ['', false, { kind: 'empty' }],
    ['≤2%', false, { kind: 'number', value: 2, comparator: '≤', unit: '%' }],
  ];
  for (const [text, rate, expected] of cases) {
    it(text || '(empty)', () => expect(parseCell(text, rate)).toMatchObject({ text, ...expected }));
  }
});

describe('tables read by header names', () => {
  it('expands spans into a grid', () => {
    const g = expandGrid(FIXTURE.body);
    expect(g[1]!.map((c) => c?.text)).toEqual(['乙数量（万吨）', '约束性', '完成国家下达任务', '完成国家下达任务', '一类']);
  });

  it('finds columns wherever they are', () => {
    expect(columns(FIXTURE).map((c) => [c.kind, c.info.label, c.info.role])).toEqual([
      ['name', '指标名称', 'value'],
      ['attribute', '属性', 'value'],
      ['value', '目标值 2030年', 'target'],
      ['value', '目标值 年均增速[累计]', 'target'],
      ['group', '类别', 'value'],
    ]);
  });

  it('reads rows: name, unit, attribute, group, typed values; a spanning cell is one value', () => {
    const rows = readIndicatorTable(FIXTURE, 'x', '/x/#table-9');
    expect(rows.map((r) => [r.name, r.unit, r.attribute, r.group, r.values.map((v) => [v.column, v.kind, v.value])])).toEqual([
      [
        '甲指数（%）',
        '%',
        '预期性',
        '一类',
        [
          ['目标值 2030年', 'number', 12.5],
          ['目标值 年均增速[累计]', 'none', null],
        ],
      ],
      ['乙数量（万吨）', '万吨', '约束性', '一类', [['目标值 2030年', 'text', null]]],
    ]);
  });
});

describe('the plan’s two tables', () => {
  const rows = extractIndicators(plan);
  const t1 = rows.filter((r) => r.table === 'table-1');
  const t2 = rows.filter((r) => r.table === 'table-2');

  it('专栏1: 26 indicators with 2020 base, targets and outcomes', () => {
    expect(t1).toHaveLength(26);
    const gdp = t1[0]!;
    expect(gdp.name).toBe('地区生产总值增长（%）');
    expect(gdp.values.map((v) => [v.role, v.year, v.kind, v.value, v.comparator, v.annual])).toEqual([
      ['base', 2020, 'number', 3.8, null, false],
      ['target', 2025, 'none', null, null, false],
      ['target', null, 'number', 6, '＞', true],
      ['outcome', 2025, 'none', null, null, false],
      ['outcome', null, 'number', 5.2, null, true],
    ]);
    const forest = t1.find((r) => r.name.startsWith('森林覆盖率'))!;
    expect(forest.values.find((v) => v.role === 'outcome')).toMatchObject({ value: 54.11, provisional: true });
    const energy = t1.find((r) => r.name.startsWith('单位地区生产总值能源消耗'))!;
    expect(energy.values.filter((v) => v.kind === 'text').map((v) => v.text)).toEqual(['完成国家下达任务', '完成“十四五”任务']);
  });

  it('专栏2: 22 numbered indicators (23 rows: 11 has two parts), attributes 约束性/预期性', () => {
    expect(t2).toHaveLength(23);
    expect(new Set(t2.map((r) => r.seq)).size).toBe(22);
    expect(t2.filter((r) => r.attribute === '约束性').length + t2.filter((r) => r.attribute === '预期性').length).toBe(23);
    expect(t2[0]!.values.find((v) => v.role === 'target')).toMatchObject({ kind: 'range', value: 5, valueMax: 5.5, annual: true });
    expect(t2.find((r) => r.name.includes('注册护士'))!.name).toBe('每千人口拥有医护人员数 · 注册护士数（人）');
  });

  it('charts compare outcome with target (专栏1) and base with target (专栏2), like with like', () => {
    const c1 = chartRows(t1);
    expect([c1.fromLabel, c1.toLabel]).toEqual(['规划目标', '实现情况']);
    expect(c1.rows[0]).toMatchObject({ from: { value: 6 }, to: { value: 5.2 } });
    const c2 = chartRows(t2);
    expect(c2.rows.every((r) => !/\[/.test(r.to.text))).toBe(true);
    expect(c2.rows.find((r) => r.name.startsWith('地区生产总值'))).toMatchObject({ from: { value: 4.8 }, to: { value: 5, valueMax: 5.5 } });
  });
});
