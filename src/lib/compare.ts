/**
 * Two documents side by side: top-level parts aligned by their numbering (or position when unnumbered),
 * the divisions inside aligned the same way; targets diffed by indicator. Pure TS.
 */
import type { Division, ParsedDocument } from '../parser/model.ts';
import { divisionTitle, navigationOf } from './navigation.ts';
import { indicatorByKey, INDICATORS, type TargetRecord } from './targets.ts';

export interface OutlineEntry {
  id: string;
  title: string;
  href: string;
  children: OutlineEntry[];
}
export interface AlignedRow {
  key: number;
  a: OutlineEntry | undefined;
  b: OutlineEntry | undefined;
  children: AlignedRow[];
}

function outline(doc: ParsedDocument): { divisions: Division[]; entry: (d: Division) => OutlineEntry } {
  const { hrefOf } = navigationOf(doc);
  const href = (d: Division) => hrefOf(d.id);
  const entry = (d: Division): OutlineEntry => ({
    id: d.id,
    title: divisionTitle(d),
    href: href(d),
    children: subdivisions(d).map(entry),
  });
  return { divisions: doc.children.filter((n): n is Division => n.type === 'division' && n.level !== 'preface'), entry };
}

const subdivisions = (d: Division) => d.children.filter((n): n is Division => n.type === 'division' && n.level !== 'box' && n.level !== 'subheading');

/** Pairs two lists by ordinal (1-based position when a division has none). */
function align(a: Division[], b: Division[], entryA: (d: Division) => OutlineEntry, entryB: (d: Division) => OutlineEntry, depth: number): AlignedRow[] {
  const key = (d: Division, i: number) => d.ordinal ?? i + 1;
  const keys = [...new Set([...a.map(key), ...b.map(key)])].sort((x, y) => x - y);
  return keys.map((k) => {
    const da = a.find((d, i) => key(d, i) === k);
    const db = b.find((d, i) => key(d, i) === k);
    return {
      key: k,
      a: da && { ...entryA(da), children: [] },
      b: db && { ...entryB(db), children: [] },
      children: depth > 0 ? align(da ? subdivisions(da) : [], db ? subdivisions(db) : [], entryA, entryB, depth - 1) : [],
    };
  });
}

export function alignStructure(a: ParsedDocument, b: ParsedDocument, depth = 1): AlignedRow[] {
  const oa = outline(a);
  const ob = outline(b);
  return align(oa.divisions, ob.divisions, oa.entry, ob.entry, depth);
}

export type DiffStatus = 'same' | 'changed' | 'added' | 'removed';
export interface TargetDiff {
  indicator: string;
  label: string;
  a: TargetRecord[];
  b: TargetRecord[];
  status: DiffStatus;
}

/** Targets by indicator: same (identical value, unit and qualifier), changed, only in b (added), only in a (removed). */
export function diffTargets(a: TargetRecord[], b: TargetRecord[]): TargetDiff[] {
  const keys = [...INDICATORS.map((i) => i.key), 'other'].filter((k) => a.some((t) => t.indicator === k) || b.some((t) => t.indicator === k));
  const sig = (ts: TargetRecord[]) => ts.map((t) => `${t.value}|${t.valueMax}|${t.unit}|${t.qualifier}`).join(';');
  return keys.map((k) => {
    const ta = a.filter((t) => t.indicator === k);
    const tb = b.filter((t) => t.indicator === k);
    const status: DiffStatus = ta.length === 0 ? 'added' : tb.length === 0 ? 'removed' : sig(ta) === sig(tb) ? 'same' : 'changed';
    return { indicator: k, label: indicatorByKey(k).label, a: ta, b: tb, status };
  });
}
