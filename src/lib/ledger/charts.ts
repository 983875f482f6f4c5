/**
 * What the data views' dot plots show (src/charts/dots.ts), built from the ledger and from a plan's
 * indicator tables: panels by unit (rates in one panel; a level such as 万人 or 亿斤 split into the
 * nation and the regions, whose sizes differ twentyfold), rows by indicator, one series per column.
 */
import type { DotChart, DotPanel, DotPoint } from '../../charts/dots.ts';
import type { IndicatorRow, TypedValue } from '../indicators.ts';
import { directionOf, type DirectionOf } from './direction.ts';
import { quantityText, type Ledger } from './ledger.ts';
import { formatNumber } from './units.ts';
import { boundOf, judge, type Verdict } from './verdict.ts';

const NATION = '全国';

/** Series names of the ledger chart: one per target or outcome column. */
export const ledgerSeries = (ledger: Ledger): string[] =>
  ledger.columns.filter((c) => c.kind !== 'change').map((c) => `${c.region}${c.header}`);

export function ledgerChart(ledger: Ledger): DotChart {
  const cols = ledger.columns.map((c, k) => ({ c, k })).filter(({ c }) => c.kind !== 'change');
  const panels = new Map<string, DotPanel>();
  for (const row of ledger.groups.flatMap((g) => g.rows)) {
    if (row.unit === null) continue;
    // Rates compare across scopes; levels do not (1200万人 nationally, 70万人 in a province).
    const scopes = row.unit === '%' ? [null] : [NATION, 'regions'];
    for (const scope of scopes) {
      const points: DotPoint[] = [];
      cols.forEach(({ c, k }, series) => {
        if (scope !== null && (scope === NATION) !== (c.region === NATION)) return;
        const cell = row.cells[k]!;
        if (cell.kind === 'target' && cell.normalised) {
          const t = cell.targets.find((x) => x.value !== null)!;
          points.push({
            series,
            value: cell.normalised.value,
            valueMax: cell.normalised.valueMax,
            label: `${quantityText(cell.normalised)}${t.qualifier ?? ''}`,
            href: t.anchor,
          });
        }
        if (cell.kind === 'outcome' && cell.normalised && cell.outcome) {
          points.push({
            series,
            value: cell.normalised.value,
            valueMax: null,
            label: `${quantityText(cell.normalised)} ${cell.verdict?.word ?? ''}`.trim(),
            href: cell.outcome.anchor,
          });
        }
      });
      if (points.length === 0) continue;
      const key = scope === null ? row.unit : `${row.unit}|${scope}`;
      const axis = scope === null ? `单位：${row.unit}` : `单位：${row.unit}（${scope === NATION ? '全国' : '各省'}）`;
      const panel = panels.get(key) ?? { axis, rows: [] };
      panel.rows.push({ label: row.label, points });
      panels.set(key, panel);
    }
  }
  return { series: cols.map(({ c }) => `${c.region}${c.header}`), panels: [...panels.values()] };
}

/** One row of a plan table as the plan chart and its table show it. */
export interface PlanLine {
  row: IndicatorRow;
  direction: DirectionOf;
  from: (TypedValue & { column: string }) | undefined;
  to: (TypedValue & { column: string }) | undefined;
  /** For a table of outcomes (实现情况): the target met or not. */
  verdict: Verdict | null;
}

const given = (v: TypedValue) => v.kind !== 'none' && v.kind !== 'empty';
const numeric = (v: TypedValue | undefined) => !!v && (v.kind === 'number' || v.kind === 'range');
const subLabel = (label: string) => label.split(' ').slice(1).join(' ') || label;

/**
 * A plan table read for its chart: outcome against target where the table reports outcomes (matched by
 * the sub-header: 2025年 with 2025年), else base value → target.
 */
export function planLines(rows: IndicatorRow[]): { outcomes: boolean; lines: PlanLine[] } {
  const outcomes = rows.some((r) => r.values.some((v) => v.role === 'outcome'));
  const lines = rows.map((row): PlanLine => {
    const direction = directionOf(row.name);
    if (!outcomes) {
      return {
        row,
        direction,
        from: row.values.find((v) => v.role === 'base'),
        to: row.values.find((v) => v.role === 'target'),
        verdict: null,
      };
    }
    const target = row.values.find((v) => v.role === 'target' && given(v)) ?? row.values.find((v) => v.role === 'target');
    const outcome = target && row.values.find((v) => v.role === 'outcome' && subLabel(v.column) === subLabel(target.column));
    const verdict = target
      ? judge(
          {
            value: numeric(target) ? target.value : null,
            valueMax: target.valueMax,
            bound: boundOf(target.comparator ?? target.qualifier),
            text: target.text,
          },
          outcome && given(outcome) ? { value: numeric(outcome) ? outcome.value : null, text: outcome.text } : undefined,
          direction.direction,
        )
      : null;
    return { row, direction, from: target, to: outcome, verdict };
  });
  return { outcomes, lines };
}

/** The panel a plan figure goes to: its unit, and whether it is an annual rate, a cumulative change or a level. */
function planPanel(line: PlanLine): string {
  const v = line.to!;
  const unit = v.unit ?? line.row.unit ?? '';
  if (line.from!.cumulative || v.cumulative) return `累计变化（${unit}）`;
  if (line.from!.annual || v.annual) return `年均增速（${unit}）`;
  return `单位：${unit}`;
}

export function planChart(lines: PlanLine[], series: [string, string], href: string): DotChart {
  const panels = new Map<string, DotPanel>();
  for (const line of lines) {
    const { from, to } = line;
    if (!numeric(from) || !numeric(to) || from!.cumulative !== to!.cumulative) continue;
    const key = planPanel(line);
    const panel = panels.get(key) ?? { axis: key, rows: [] };
    const point = (v: TypedValue, k: number, extra = ''): DotPoint => ({
      series: k,
      value: v.value!,
      valueMax: v.valueMax,
      label: `${formatNumber(v.value!)}${v.valueMax !== null ? `—${formatNumber(v.valueMax)}` : ''}${extra}`,
      href,
    });
    panel.rows.push({ label: line.row.name, points: [point(from!, 0), point(to!, 1, line.verdict ? ` ${line.verdict.word}` : '')] });
    panels.set(key, panel);
  }
  return { series: [...series], panels: [...panels.values()] };
}
