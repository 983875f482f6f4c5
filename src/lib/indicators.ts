/**
 * Typed values for a plan's indicator tables (专栏). The Table node is read generally: spans expanded into
 * a grid, columns recognised by their header names (类别, 序号, 指标名称, 属性, and value columns whose
 * labels say base/target/outcome and the year), never by position. Each value cell is typed: number,
 * range (年均5—5.5), comparator (＞6, ≥90.4, ＜5.5), cumulative [4], the * marking 2024 data, a trailing
 * note (31.3（以国家下达任务为准）), or text kept as written (与GDP增长同步).
 * Over 300 lines: reading the grid, recognising columns and typing cells are one rule for one table
 * shape; split apart they would share every intermediate type.
 */
import type { Cell, Node, ParsedDocument, Table, TableRow } from '../parser/model.ts';
import { navigationOf } from './navigation.ts';

export type ValueKind = 'number' | 'range' | 'text' | 'none' | 'empty';
export type ColumnRole = 'base' | 'target' | 'outcome' | 'value';

export interface TypedValue {
  /** The cell as written. */
  text: string;
  kind: ValueKind;
  value: number | null;
  valueMax: number | null;
  unit: string | null;
  /** ＞ ≥ ＜ ≤ as written. */
  comparator: string | null;
  /** 左右, 以上… */
  qualifier: string | null;
  /** Written in brackets: a cumulative change over the period. */
  cumulative: boolean;
  /** 年均…, or a column of annual averages. */
  annual: boolean;
  /** Marked *: the figure is for 2024 (per the table's note). */
  provisional: boolean;
  /** A trailing parenthesised remark. */
  note: string | null;
}

export interface ColumnInfo {
  index: number;
  /** Header texts top to bottom, spaces removed: 规划目标 2025年. */
  label: string;
  role: ColumnRole;
  year: number | null;
  /** The column holds annual rates (年均增速) unless a cell is bracketed. */
  rate: boolean;
}

export interface IndicatorRow {
  document: string;
  table: string;
  caption: string;
  group: string | null;
  seq: string | null;
  /** The indicator's name as written (a two-level name joined with ·). */
  name: string;
  unit: string | null;
  /** 约束性 or 预期性 when the table says. */
  attribute: string | null;
  values: (TypedValue & { column: string; role: ColumnRole; year: number | null })[];
  anchor: string;
}

const squash = (s: string) => s.replace(/\s+/g, '');

/** Expands row/col spans: grid[r][c] is the cell covering that position (the same object across a span). */
export function expandGrid(rows: TableRow[]): (Cell | undefined)[][] {
  const grid: (Cell | undefined)[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row.cells) {
      while (grid[r]![c] !== undefined) c++;
      for (let dr = 0; dr < (cell.rowspan ?? 1) && r + dr < rows.length; dr++) {
        for (let dc = 0; dc < (cell.colspan ?? 1); dc++) grid[r + dr]![c + dc] = cell;
      }
      c += cell.colspan ?? 1;
    }
  });
  return grid;
}

function columnRole(label: string): ColumnRole {
  if (/目标|规划/.test(label)) return 'target';
  if (/实现|完成|实际/.test(label)) return 'outcome';
  // A bare year before the targets (2020年) is the plan's starting point.
  if (/基期|基数|现状/.test(label) || /^\d{4}年$/.test(label)) return 'base';
  return 'value';
}

/** Column meanings from the header rows. */
export function columns(table: Table): { kind: 'group' | 'seq' | 'name' | 'attribute' | 'value'; info: ColumnInfo }[] {
  const head = expandGrid(table.head);
  const width = Math.max(...head.map((r) => r.length), ...expandGrid(table.body).map((r) => r.length));
  return Array.from({ length: width }, (_, index) => {
    const texts: string[] = [];
    for (const row of head) {
      const t = row[index] ? squash(row[index].text) : '';
      if (t && !texts.includes(t)) texts.push(t);
    }
    const label = texts.join(' ');
    const year = /(\d{4})年/.exec(label);
    const info: ColumnInfo = { index, label, role: columnRole(label), year: year ? Number(year[1]) : null, rate: /年均|增速/.test(label) };
    const kind = /类别/.test(label)
      ? 'group'
      : /序号/.test(label)
        ? 'seq'
        : /指标/.test(label)
          ? 'name'
          : /属性/.test(label)
            ? 'attribute'
            : 'value';
    return { kind, info };
  });
}

const NUM = String.raw`[-−]?\d+(?:\.\d+)?`;
const CELL_RE = new RegExp(`^(${NUM})(%|％)?(?:[—–\\-－~～](${NUM})(%|％)?)?(左右|以上|以下|以内)?$`);

/** Types one value cell. `rateColumn`: the column holds annual rates. */
export function parseCell(raw: string, rateColumn = false): TypedValue {
  const text = raw;
  let s = squash(raw);
  const base: TypedValue = {
    text,
    kind: 'empty',
    value: null,
    valueMax: null,
    unit: null,
    comparator: null,
    qualifier: null,
    cumulative: false,
    annual: false,
    provisional: false,
    note: null,
  };
  if (!s) return base;
  if (/^[-—–－]$/.test(s)) return { ...base, kind: 'none' };
  const v = { ...base };
  if (s.endsWith('*')) [v.provisional, s] = [true, s.slice(0, -1)];
  const bracket = /^\[(.*)\]$/.exec(s);
  if (bracket) [v.cumulative, s] = [true, bracket[1]!];
  if (s.startsWith('年均')) [v.annual, s] = [true, s.slice(2)];
  const note = /^(.+?)（([^（）]+)）$/.exec(s);
  if (note) [s, v.note] = [note[1]!, note[2]!];
  const cmp = /^(＞|>|≥|⩾|＜|<|≤|⩽)/.exec(s);
  if (cmp) [v.comparator, s] = [cmp[1]!, s.slice(cmp[1]!.length)];
  const m = CELL_RE.exec(s);
  if (!m) return { ...base, kind: 'text', provisional: v.provisional, annual: false };
  const [, a, ua, b, ub, q] = m;
  const unit = ub ?? ua;
  return {
    ...v,
    kind: b !== undefined ? 'range' : 'number',
    value: Number(a!.replace('−', '-')),
    valueMax: b !== undefined ? Number(b.replace('−', '-')) : null,
    unit: unit ? '%' : null,
    qualifier: q ?? null,
    annual: v.annual || (rateColumn && !v.cumulative),
  };
}

/** The unit in the name's last parentheses: 地区生产总值增长（%） → %. */
export const unitOfName = (name: string) => /（([^（）]+)）$/.exec(name)?.[1] ?? null;

/** Every indicator row of a table. */
export function readIndicatorTable(table: Table, document: string, anchor: string): IndicatorRow[] {
  const cols = columns(table);
  const grid = expandGrid(table.body);
  const rows: IndicatorRow[] = [];
  grid.forEach((cells, r) => {
    const at = (kind: string) => cols.filter((c) => c.kind === kind).map((c) => cells[c.info.index]);
    const nameCells = [...new Set(at('name').filter((c): c is Cell => !!c))];
    const name = nameCells
      .map((c) => squash(c.text))
      .filter(Boolean)
      .join(' · ');
    if (!name) return; // a row holding only a group label
    const seq = at('seq')[0];
    const attribute = at('attribute')[0];
    const group = table.body[r]!.group ?? (at('group')[0] ? squash(at('group')[0]!.text).split('\n')[0]! : null);
    // A cell spanning several value columns (完成国家下达任务 across 2025年 and 年均增速) is one value.
    const seen = new Set<Cell>();
    const valueCols = cols.filter((c) => {
      const cell = c.kind === 'value' ? cells[c.info.index] : undefined;
      if (!cell) return c.kind === 'value';
      if (seen.has(cell)) return false;
      seen.add(cell);
      return true;
    });
    rows.push({
      document,
      table: table.id,
      caption: table.caption,
      group,
      seq: seq ? squash(seq.text) || null : null,
      name,
      unit: unitOfName(squash(nameCells[nameCells.length - 1]!.text)),
      attribute: attribute ? squash(attribute.text) || null : null,
      values: valueCols.map((c) => ({
        ...parseCell(cells[c.info.index]?.text ?? '', c.info.rate),
        column: c.info.label,
        role: c.info.role,
        year: c.info.year,
      })),
      anchor,
    });
  });
  return rows;
}

/** Tables of a document that look like indicator tables (a header naming 指标). */
export function indicatorTables(doc: ParsedDocument): Table[] {
  const out: Table[] = [];
  const visit = (nodes: Node[]) => {
    for (const n of nodes) {
      if (n.type === 'table' && columns(n).some((c) => c.kind === 'name')) out.push(n);
      else if (n.type === 'division') visit(n.children);
    }
  };
  visit(doc.children);
  return out;
}

export function extractIndicators(doc: ParsedDocument): IndicatorRow[] {
  const anchor = navigationOf(doc).hrefOf;
  return indicatorTables(doc).flatMap((t) => readIndicatorTable(t, doc.id, anchor(t.id)));
}

export interface ChartPoint {
  label: string;
  value: number;
  valueMax: number | null;
  /** The cell as written, for labels. */
  text: string;
}
export interface ChartRow {
  name: string;
  group: string | null;
  unit: string | null;
  from: ChartPoint;
  to: ChartPoint;
}

const numeric = (v: TypedValue) => v.kind === 'number' || v.kind === 'range';
const subLabel = (label: string) => label.split(' ').slice(1).join(' ') || label;

/**
 * What a table's chart compares, per row: outcome against target when the table reports outcomes
 * (matched by the sub-header: 2025年 with 2025年), else base value → target. Rows without two numbers
 * are left to the table.
 */
export function chartRows(rows: IndicatorRow[]): { fromLabel: string; toLabel: string; rows: ChartRow[] } {
  const hasOutcome = rows.some((r) => r.values.some((v) => v.role === 'outcome'));
  const out: ChartRow[] = [];
  for (const r of rows) {
    const pick = (a: (typeof r.values)[number], b: (typeof r.values)[number]) => {
      out.push({
        name: r.name,
        group: r.group,
        unit: r.values.find((v) => v.unit)?.unit ?? r.unit,
        from: { label: a.column, value: a.value!, valueMax: a.valueMax, text: a.text },
        to: { label: b.column, value: b.value!, valueMax: b.valueMax, text: b.text },
      });
    };
    if (hasOutcome) {
      const t = r.values.find(
        (v) =>
          v.role === 'target' &&
          numeric(v) &&
          r.values.some((o) => o.role === 'outcome' && numeric(o) && subLabel(o.column) === subLabel(v.column)),
      );
      if (t)
        pick(
          t,
          r.values.find((o) => o.role === 'outcome' && numeric(o) && subLabel(o.column) === subLabel(t.column))!,
        );
    } else {
      const b = r.values.find((v) => v.role === 'base' && numeric(v));
      const t = r.values.find((v) => v.role === 'target' && numeric(v));
      // A level and a cumulative change ([-35%]) are not comparable on one axis.
      if (b && t && b.cumulative === t.cumulative) pick(b, t);
    }
  }
  return hasOutcome ? { fromLabel: '规划目标', toLabel: '实现情况', rows: out } : { fromLabel: '基期值', toLabel: '目标值', rows: out };
}

/** One line per value cell, for the CSV. */
export const INDICATOR_FIELDS = [
  'document',
  'table',
  'group',
  'seq',
  'name',
  'unit',
  'attribute',
  'column',
  'role',
  'year',
  'text',
  'kind',
  'value',
  'valueMax',
  'comparator',
  'qualifier',
  'cumulative',
  'annual',
  'provisional',
  'note',
  'anchor',
] as const;
export type IndicatorLine = Record<(typeof INDICATOR_FIELDS)[number], string | number | boolean | null>;

export function indicatorLines(rows: IndicatorRow[]): IndicatorLine[] {
  return rows.flatMap((r) =>
    r.values.map((v) => ({
      document: r.document,
      table: r.table,
      group: r.group,
      seq: r.seq,
      name: r.name,
      unit: r.unit,
      attribute: r.attribute,
      column: v.column,
      role: v.role,
      year: v.year,
      text: v.text,
      kind: v.kind,
      value: v.value,
      valueMax: v.valueMax,
      comparator: v.comparator,
      qualifier: v.qualifier,
      cumulative: v.cumulative,
      annual: v.annual,
      provisional: v.provisional,
      note: v.note,
      anchor: r.anchor,
    })),
  );
}
