/**
 * The target ledger: one row per indicator (figures in one unit per row, ./units.ts), grouped and ordered
 * as the reports order them (growth first); columns by region (全国 first, then the regions in
 * collation order), then year: each report's targets, the outcome column (with met / not met, ./verdict.ts)
 * where a later report states results, and for a region with two years the change between the last two.
 * Built from the extracted records (src/lib/targets.ts, src/lib/outcomes.ts); no text is rewritten: every
 * target and outcome keeps its phrase as written and its anchor.
 */
import type { ParsedDocument } from '../../parser/model.ts';
import { indicatorByKey, type TargetRecord } from '../targets.ts';
import type { OutcomeRecord, TargetOutcome } from '../outcomes.ts';
import { convert, displayUnit, formatNumber, type Quantity } from './units.ts';
import { directionOf, type DirectionOf } from './direction.ts';
import { boundOf, judge, type Verdict } from './verdict.ts';

/** Groups of the report indicators; a group's place follows its first member in the reports' order. */
export const LEDGER_GROUPS: readonly { name: string; keys: readonly string[] }[] = [
  { name: '经济增长', keys: ['gdp', 'revenue', 'industry', 'investment', 'retail', 'trade', 'balance-of-payments'] },
  { name: '就业', keys: ['jobs', 'unemployment'] },
  { name: '物价与收入', keys: ['cpi', 'income'] },
  { name: '安全与绿色', keys: ['grain', 'energy-intensity', 'environment'] },
  { name: '创新与城镇化', keys: ['rd', 'urbanization'] },
];
export const OTHER_GROUP = '其他';
export const groupOf = (key: string): string => LEDGER_GROUPS.find((g) => g.keys.includes(key))?.name ?? OTHER_GROUP;

export type LedgerColumn =
  | { kind: 'target'; key: string; region: string; year: number; document: string; header: string }
  | { kind: 'outcome'; key: string; region: string; year: number; document: string; header: string }
  | { kind: 'change'; key: string; region: string; year: number; from: number; header: string };

export interface TargetCell {
  kind: 'target';
  targets: TargetRecord[];
  /** The first numeric target in the row's unit (null: none, or not convertible). */
  normalised: Quantity | null;
}
export interface OutcomeCell {
  kind: 'outcome';
  target: TargetRecord | undefined;
  outcome: OutcomeRecord | undefined;
  normalised: Quantity | null;
  verdict: Verdict | null;
}
export interface ChangeCell {
  kind: 'change';
  text: string;
  /** Difference of the figures in the row's unit (percentage points for %), or null. */
  delta: number | null;
}
export type LedgerCell = TargetCell | OutcomeCell | ChangeCell;

export interface LedgerRow {
  indicator: string;
  label: string;
  group: string;
  direction: DirectionOf;
  /** The unit the row's figures are shown in. */
  unit: string | null;
  cells: LedgerCell[];
}

export interface Ledger {
  /** Regions with their columns, in order. */
  regions: { region: string; columns: LedgerColumn[] }[];
  columns: LedgerColumn[];
  groups: { name: string; rows: LedgerRow[] }[];
}

const NATION = '全国';
const byRegion = (a: string, b: string) => (a === NATION ? -1 : b === NATION ? 1 : a.localeCompare(b, 'zh-Hans-CN'));

/** The figure of a target in `unit` (its lower end and upper end), when it has one and converts. */
export function normalise(
  t: { value: number | null; valueMax?: number | null; unit: string | null },
  unit: string | null,
): Quantity | null {
  if (t.value === null) return null;
  return convert({ value: t.value, valueMax: t.valueMax ?? null, unit: t.unit ?? '%' }, unit) ?? null;
}

/** A figure for display: 13000亿斤, 5—5.5%. */
export const quantityText = (q: Quantity): string =>
  `${formatNumber(q.value)}${q.valueMax !== null ? `—${formatNumber(q.valueMax)}` : ''}${q.unit ?? ''}`;

/**
 * Indicator keys in the order the reports state them: a key comes before another when more reports
 * state it first (jobs before unemployment); keys no report states together follow their mean relative
 * position in the reports naming them.
 */
export function consensusOrder(targets: readonly TargetRecord[]): string[] {
  const byDoc = new Map<string, string[]>();
  for (const t of targets) {
    const keys = byDoc.get(t.document) ?? [];
    if (!keys.includes(t.indicator)) keys.push(t.indicator);
    byDoc.set(t.document, keys);
  }
  const lists = [...byDoc.values()];
  const positions = new Map<string, number[]>();
  for (const keys of lists)
    keys.forEach((k, i) => positions.set(k, [...(positions.get(k) ?? []), keys.length > 1 ? i / (keys.length - 1) : 0]));
  const mean = (k: string) => positions.get(k)!.reduce((s, x) => s + x, 0) / positions.get(k)!.length;
  const before = (a: string, b: string) => lists.filter((l) => l.includes(a) && l.includes(b) && l.indexOf(a) < l.indexOf(b)).length;
  // Merge the reports' lists: take next a key no remaining key precedes in most reports (the earliest by
  // mean position when several can go, or when the lists disagree in a cycle).
  const left = [...positions.keys()].sort((a, b) => mean(a) - mean(b) || a.localeCompare(b));
  const out: string[] = [];
  while (left.length > 0) {
    const free = left.find((a) => left.every((b) => before(b, a) <= before(a, b))) ?? left[0]!;
    out.push(free);
    left.splice(left.indexOf(free), 1);
  }
  return out;
}

/** What changed in a region's target from one year to the next, in the row's unit. */
export function changeBetween(a: TargetRecord | undefined, b: TargetRecord | undefined, unit: string | null): ChangeCell {
  const cell = (text: string, delta: number | null = null): ChangeCell => ({ kind: 'change', text, delta });
  if (!a && !b) return cell('—');
  if (!a) return cell('新增');
  if (!b) return cell('未再列出');
  if (a.text === b.text) return cell('表述相同');
  const qa = normalise(a, unit);
  const qb = normalise(b, unit);
  const qualifier = a.qualifier !== b.qualifier ? `（${a.qualifier ?? '无限定'}→${b.qualifier ?? '无限定'}）` : '';
  if (qa && qb) {
    const delta = Number((qb.value - qa.value).toFixed(4));
    const size = unit === '%' ? `${formatNumber(Math.abs(delta))}个百分点` : `${formatNumber(Math.abs(delta))}${unit ?? ''}`;
    return cell(`${delta === 0 ? '持平' : `${delta > 0 ? '提高' : '降低'}${size}`}${qualifier}`, delta);
  }
  if (qa) return cell(`改为定性：${b.qualifier ?? b.text}`);
  if (qb) return cell(`改为定量：${quantityText(qb)}${b.qualifier ?? ''}`);
  return cell(`${a.qualifier ?? a.text} → ${b.qualifier ?? b.text}`);
}

/** The ledger of every report's targets. `reports`: the reports with targets; `pairs`: targets with outcomes. */
export function buildLedger(reports: readonly ParsedDocument[], targets: readonly TargetRecord[], pairs: readonly TargetOutcome[]): Ledger {
  const withTargets = reports.filter((d) => targets.some((t) => t.document === d.id));
  const regionNames = [...new Set(withTargets.map((d) => d.region))].sort(byRegion);
  const regions = regionNames.map((region) => {
    const docs = withTargets.filter((d) => d.region === region).sort((a, b) => a.year - b.year);
    const columns: LedgerColumn[] = [];
    const years = [...new Set(docs.map((d) => d.year))];
    for (const year of years) {
      const doc = docs.find((d) => d.year === year)!;
      columns.push({ kind: 'target', key: `${region}-${year}-target`, region, year, document: doc.id, header: `${year}年目标` });
      const paired = pairs.filter((p) => p.region === region && p.year === year && p.target.document === doc.id);
      const stated = paired.find((p) => p.outcome)?.outcome;
      if (stated)
        columns.push({
          kind: 'outcome',
          key: `${region}-${year}-outcome`,
          region,
          year,
          document: stated.document,
          header: `${year}年实际`,
        });
    }
    if (years.length >= 2) {
      const [from, year] = years.slice(-2) as [number, number];
      columns.push({ kind: 'change', key: `${region}-${year}-change`, region, year, from, header: `${year}较${from}年` });
    }
    return { region, columns };
  });
  const columns = regions.flatMap((r) => r.columns);
  const docOf = (region: string, year: number) => withTargets.find((d) => d.region === region && d.year === year)?.id;
  const order = consensusOrder(targets);
  const rows: LedgerRow[] = order.map((key) => {
    const mine = targets.filter((t) => t.indicator === key);
    const units = [...mine, ...pairs.filter((p) => p.indicator === key && p.outcome).map((p) => p.outcome!)]
      .filter((t) => t.value !== null)
      .map((t) => t.unit ?? '%');
    const unit = displayUnit(units);
    const first = (doc: string | undefined) =>
      mine.find((t) => t.document === doc && t.value !== null) ?? mine.find((t) => t.document === doc);
    const label = indicatorByKey(key).label;
    const cells = columns.map((c): LedgerCell => {
      if (c.kind === 'target') {
        const ts = mine.filter((t) => t.document === c.document);
        const numeric = ts.find((t) => t.value !== null);
        return { kind: 'target', targets: ts, normalised: numeric ? normalise(numeric, unit) : null };
      }
      if (c.kind === 'change') return changeBetween(first(docOf(c.region, c.from)), first(docOf(c.region, c.year)), unit);
      const pair = pairs.find((p) => p.region === c.region && p.year === c.year && p.indicator === key);
      const target = pair?.target ?? first(docOf(c.region, c.year));
      const reference = pairs.find((p) => p.region === c.region && p.year === c.year && p.indicator === 'gdp' && p.outcome?.unit === '%')
        ?.outcome?.value;
      const verdict = target
        ? judge(
            { value: target.value, valueMax: target.valueMax, bound: boundOf(target.qualifier), text: target.text },
            pair?.outcome ? { value: pair.outcome.value, text: pair.outcome.text } : undefined,
            directionOf(label).direction,
            reference,
          )
        : null;
      return {
        kind: 'outcome',
        target,
        outcome: pair?.outcome,
        normalised: pair?.outcome ? normalise(pair.outcome, unit) : null,
        verdict,
      };
    });
    return { indicator: key, label, group: groupOf(key), direction: directionOf(label), unit, cells };
  });
  // Groups in the order their first member comes; inside a group, the order of the group's own members.
  const groupNames = [...new Set(rows.map((r) => r.group))];
  const groups = groupNames.map((name) => {
    const inner = consensusOrder(targets.filter((t) => groupOf(t.indicator) === name));
    return { name, rows: inner.map((k) => rows.find((r) => r.indicator === k)!) };
  });
  return { regions, columns, groups };
}

/** One CSV line per target (per report and indicator): the ledger in long form. */
export const LEDGER_FIELDS = [
  'group',
  'indicator',
  'label',
  'direction',
  'region',
  'year',
  'document',
  'text',
  'value',
  'valueMax',
  'unit',
  'qualifier',
  'normalisedValue',
  'normalisedValueMax',
  'normalisedUnit',
  'outcome',
  'outcomeValue',
  'outcomeUnit',
  'outcomeDocument',
  'verdict',
  'gap',
  'change',
  'anchor',
  'outcomeAnchor',
] as const;
export type LedgerLine = Record<(typeof LEDGER_FIELDS)[number], string | number | null>;

export function ledgerLines(ledger: Ledger): LedgerLine[] {
  const lines: LedgerLine[] = [];
  for (const row of ledger.groups.flatMap((g) => g.rows)) {
    ledger.columns.forEach((col, k) => {
      const cell = row.cells[k]!;
      if (col.kind !== 'target' || cell.kind !== 'target') return;
      const outcomeAt = ledger.columns.findIndex((c) => c.kind === 'outcome' && c.region === col.region && c.year === col.year);
      const out = outcomeAt >= 0 ? (row.cells[outcomeAt] as OutcomeCell) : undefined;
      const changeAt = ledger.columns.findIndex((c) => c.kind === 'change' && c.region === col.region && c.year === col.year);
      const change = changeAt >= 0 ? (row.cells[changeAt] as ChangeCell).text : null;
      for (const t of cell.targets) {
        const q = normalise(t, row.unit);
        lines.push({
          group: row.group,
          indicator: row.indicator,
          label: row.label,
          direction: row.direction.word,
          region: col.region,
          year: col.year,
          document: t.document,
          text: t.text,
          value: t.value,
          valueMax: t.valueMax,
          unit: t.unit,
          qualifier: t.qualifier,
          normalisedValue: q?.value ?? null,
          normalisedValueMax: q?.valueMax ?? null,
          normalisedUnit: q ? q.unit : null,
          outcome: out?.outcome?.text ?? null,
          outcomeValue: out?.outcome?.value ?? null,
          outcomeUnit: out?.outcome?.unit ?? null,
          outcomeDocument: out?.outcome?.document ?? null,
          verdict: out?.verdict?.word ?? null,
          gap: out?.verdict?.gap ?? null,
          change,
          anchor: t.anchor,
          outcomeAnchor: out?.outcome?.anchor ?? null,
        });
      }
    });
  }
  return lines;
}
