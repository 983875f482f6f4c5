/**
 * Dot plot layout (src/charts/dots.ts) on today's data: the /targets/ ledger chart and the plan's two
 * indicator charts, laid out at the chart widths of a 375 px and a 1280 px window (the page pads 16 px
 * each side and stops at 72rem) and at the window widths themselves: no two markers overlap, no label
 * overlaps a marker or another label, everything stays inside the box, the height does not depend on the
 * width, and text is at least 12 px.
 */
import { describe, expect, it } from 'vitest';
import { parseSeeds } from '../../src/parser/index.ts';
import { extractTargets } from '../../src/lib/targets.ts';
import { pairTargetsWithOutcomes } from '../../src/lib/outcomes.ts';
import { extractIndicators } from '../../src/lib/indicators.ts';
import { buildLedger } from '../../src/lib/ledger/ledger.ts';
import { ledgerChart, planChart, planLines } from '../../src/lib/ledger/charts.ts';
import {
  DOTS,
  dotsHeight,
  labelBox,
  layoutDots,
  markerBox,
  overlaps,
  panelDomain,
  textWidth,
  type DotChart,
} from '../../src/charts/dots.ts';

const { documents } = parseSeeds('seeds');
const reports = documents.filter((d) => d.kind === 'report');
const targets = reports.flatMap(extractTargets);
const ledger = buildLedger(reports, targets, pairTargetsWithOutcomes(documents));
const plan = documents.find((d) => d.kind === 'plan')!;
const planRows = extractIndicators(plan);
const charts: [string, DotChart][] = [
  ['targets', ledgerChart(ledger)],
  ['plan outcomes', planChart(planLines(planRows.filter((r) => r.table === 'table-1')).lines, ['规划目标', '实现情况'], '/x/')],
  ['plan targets', planChart(planLines(planRows.filter((r) => r.table === 'table-2')).lines, ['基期值', '目标值'], '/x/')],
];
// Chart widths measured in Chromium: 311 (/targets/ at 375 px), 343 (a plan chapter at 375 px), 680 (a plan
// chapter at 1280 px), 1120 (/targets/ at 1280 px); and the window widths themselves.
const WIDTHS = [311, 343, 375, 680, 1120, 1280];

describe("dot plot layout on today's data", () => {
  for (const [name, chart] of charts) {
    it(`${name}: has markers`, () => {
      expect(chart.panels.flatMap((p) => p.rows.flatMap((r) => r.points)).length).toBeGreaterThan(3);
    });
    for (const width of WIDTHS) {
      it(`${name} at ${width} px: no marker overlaps another marker or a label; labels apart; all inside the box`, () => {
        const layout = layoutDots(chart, width);
        const markers = layout.panels.flatMap((p) => p.rows.flatMap((r) => r.markers));
        const boxes = markers.map(markerBox);
        const labels = markers.map(labelBox);
        const clashes: string[] = [];
        for (let i = 0; i < markers.length; i++) {
          for (let j = i + 1; j < markers.length; j++) {
            if (overlaps(boxes[i]!, boxes[j]!)) clashes.push(`markers ${markers[i]!.title} / ${markers[j]!.title}`);
            if (overlaps(labels[i]!, labels[j]!)) clashes.push(`labels ${markers[i]!.label.text} / ${markers[j]!.label.text}`);
          }
          for (let j = 0; j < markers.length; j++)
            if (overlaps(labels[i]!, boxes[j]!)) clashes.push(`label ${markers[i]!.label.text} on marker ${markers[j]!.title}`);
        }
        expect(clashes).toEqual([]);
        for (const b of [...boxes, ...labels]) {
          expect(b.x).toBeGreaterThanOrEqual(0);
          expect(b.x + b.w).toBeLessThanOrEqual(width);
          expect(b.y).toBeGreaterThanOrEqual(0);
          expect(b.y + b.h).toBeLessThanOrEqual(layout.height);
        }
        // Row labels fit the width on their lines (no truncation: every character is drawn).
        for (const row of layout.panels.flatMap((p) => p.rows)) {
          for (const line of row.lines) expect(DOTS.pad + textWidth(line, DOTS.labelFont)).toBeLessThanOrEqual(width);
        }
        expect(layout.panels.flatMap((p) => p.rows.map((r) => r.lines.join('')))).toEqual(
          chart.panels.flatMap((p) => p.rows.map((r) => r.label)),
        );
        expect(layout.height).toBe(dotsHeight(chart));
      });
    }
  }

  it('the ledger chart keeps the nation and the provinces on separate axes for levels, one axis for rates', () => {
    const axes = charts[0]![1].panels.map((p) => p.axis);
    expect(axes).toEqual(['单位：%', '单位：万人（全国）', '单位：万人（各省）', '单位：亿斤（全国）', '单位：亿斤（各省）']);
  });

  it('every axis is labelled with ticks inside the box', () => {
    for (const [, chart] of charts) {
      const layout = layoutDots(chart, 311);
      for (const p of layout.panels) {
        expect(p.axis.title).toMatch(/\S/);
        expect(p.axis.ticks.length).toBeGreaterThanOrEqual(2);
        for (const t of p.axis.ticks) expect(t.x).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('fonts are at least 12 px', () => {
    expect(Math.min(DOTS.font, DOTS.labelFont)).toBeGreaterThanOrEqual(12);
    expect(DOTS.lane).toBeGreaterThan(DOTS.marker);
  });

  it('domains: from zero when zero is near, padded otherwise, a single value is not a point', () => {
    expect(panelDomain([2.5, 7])[0]).toBe(0);
    const [lo, hi] = panelDomain([500, 616]);
    expect(lo).toBeGreaterThan(0);
    expect(lo).toBeLessThanOrEqual(500);
    expect(hi).toBeGreaterThanOrEqual(616);
    const single = panelDomain([70]);
    expect(single[1]).toBeGreaterThan(single[0]);
  });
});
