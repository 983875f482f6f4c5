/**
 * The /terms/ charts' layouts (src/charts/bars.ts, src/charts/strip.ts) on today's corpus, for the default
 * terms and 以旧换新, at the chart widths of a 375 px and a 1280 px window (311 and 1120 px, measured in
 * Chromium) and the window widths: no value label on a bar or another label, titles never cut and inside
 * the box, marks of different terms never on one another, text at least 12 px, both measures.
 */
import { describe, expect, it } from 'vitest';
import { parseSeeds } from '../../src/parser/index.ts';
import { documentText } from '../../src/lib/document-text.ts';
// The default terms as /terms/ shows them (src/lib/terms.ts, which needs Astro's content layer to import).
const DEFAULT_TERMS = ['新质生产力', '低空经济', '以旧换新'];
import { concordance } from '../../src/terms/concordance.ts';
import { frequencyRows } from '../../src/terms/tables.ts';
import { BARS, barBox, barsHeight, layoutBars, valueBox, type BarData } from '../../src/charts/bars.ts';
import { layoutStrips, STRIP, stripsHeight, type StripData } from '../../src/charts/strip.ts';
import { overlaps, textWidth, type Box } from '../../src/charts/dots.ts';

const { documents } = parseSeeds('seeds');
const docs = documents.map((d) => documentText(d, []));
const WIDTHS = [311, 375, 1120, 1280];

for (const terms of [DEFAULT_TERMS, ['以旧换新']]) {
  const lines = terms.map((t) => docs.map((d) => concordance(d, t)));
  const freq = frequencyRows(terms, docs, lines);
  const bars: BarData = {
    series: terms,
    rows: freq.map((r) => ({ label: r.title, cells: r.counts.map((count, k) => ({ count, rate: r.rates[k]!, href: r.hrefs[k]! })) })),
  };
  const strips: StripData = {
    series: terms,
    rows: docs.map((d, k) => ({ label: d.title, hits: lines.map((l) => l[k]!.map((x) => ({ position: x.position, anchor: x.href }))) })),
  };

  describe(`terms ${terms.join('、')}`, () => {
    it('has occurrences to draw', () => {
      expect(lines.flat(2).length).toBeGreaterThan(3);
    });
    for (const width of WIDTHS) {
      for (const measure of ['count', 'rate'] as const) {
        it(`bars at ${width} px (${measure}): values beside their bars, never on a bar or another value; inside the box`, () => {
          const layout = layoutBars(bars, width, measure);
          const placed = layout.rows.flatMap((r) => r.bars);
          const clashes: string[] = [];
          for (const a of placed) {
            const v = valueBox(a);
            expect(v.x + v.w).toBeLessThanOrEqual(width);
            for (const b of placed) {
              if (overlaps(v, barBox(b))) clashes.push(`${a.value.text} on a bar`);
              if (a !== b && overlaps(v, valueBox(b))) clashes.push(`${a.value.text} on ${b.value.text}`);
            }
          }
          expect(clashes).toEqual([]);
          for (const row of layout.rows)
            for (const line of row.lines) expect(BARS.pad + textWidth(line, BARS.labelFont)).toBeLessThanOrEqual(width);
          expect(layout.rows.map((r) => r.lines.join(''))).toEqual(bars.rows.map((r) => r.label));
          expect(layout.height).toBe(barsHeight(bars));
          // Counts are whole numbers of 次; rates the table's two decimals.
          expect(placed.every((b) => (measure === 'count' ? /^\d+次$/ : /^\d+\.\d\d$/).test(b.value.text))).toBe(true);
        });
      }
      it(`strips at ${width} px: each term its own lane, titles with their counts never cut, no mark on a title`, () => {
        const layout = layoutStrips(strips, width);
        const titles: Box[] = layout.rows.flatMap((r) =>
          r.lines.map((line, k) => ({ x: STRIP.pad, y: r.y + k * STRIP.labelLine + 2, w: textWidth(line, 13), h: 13 })),
        );
        for (const t of titles) expect(t.x + t.w).toBeLessThanOrEqual(width);
        const marks = layout.rows.flatMap((r) => r.marks);
        const box = (m: (typeof marks)[number]): Box => ({
          x: m.cx - STRIP.marker / 2,
          y: m.cy - STRIP.marker / 2,
          w: STRIP.marker,
          h: STRIP.marker,
        });
        for (const m of marks) for (const t of titles) expect(overlaps(box(m), t)).toBe(false);
        for (const a of marks) for (const b of marks) if (a.series !== b.series) expect(overlaps(box(a), box(b))).toBe(false);
        expect(layout.rows.map((r) => r.lines.join(''))).toEqual(strips.rows.map((r) => `${r.label}（${r.hits.flat().length}处）`));
        expect(layout.height).toBe(stripsHeight(strips));
      });
    }
  });
}

it('text sizes are at least 12 px', () => {
  expect(Math.min(BARS.font, BARS.labelFont)).toBeGreaterThanOrEqual(12);
});
