/**
 * The chart series colours (data.css, light and dark) stay apart for readers with colour-vision
 * deficiencies: simulated protanopia, deuteranopia and tritanopia (Machado et al. 2009), CIELAB ΔE*ab
 * between every pair; and each colour stands out from the page background (WCAG 1.4.11, 3:1).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrast, deltaE, DEFICIENCIES, parseHex, simulate } from '../../src/charts/colour-vision.ts';

const css = readFileSync('src/styles/data.css', 'utf8');
const global = readFileSync('src/styles/global.css', 'utf8');
const block = (text: string, dark: boolean) => {
  const at = text.indexOf('@media (prefers-color-scheme: dark)');
  return dark ? text.slice(at, text.indexOf('}\n}', at)) : text.slice(0, at);
};
const series = (dark: boolean) => [...block(css, dark).matchAll(/--s(\d): (#[0-9a-f]{6})/gi)].map((m) => m[2]!);
const background = (dark: boolean) => /--bg: (#[0-9a-f]{6})/i.exec(block(global, dark))![1]!;

describe('series colours', () => {
  for (const dark of [false, true]) {
    const scheme = dark ? 'dark' : 'light';
    const colours = series(dark);
    it(`${scheme}: seven colours, each at least 3:1 against the background`, () => {
      expect(colours).toHaveLength(7);
      for (const c of colours) expect(contrast(parseHex(c), parseHex(background(dark))), c).toBeGreaterThanOrEqual(3);
    });
    for (const deficiency of ['normal', ...Object.keys(DEFICIENCIES)]) {
      it(`${scheme}, ${deficiency}: the first five series (the most a chart of today's data shows) ΔE ≥ 10, all seven ≥ 8`, () => {
        const seen = colours.map((c) => simulate(parseHex(c), deficiency));
        const close: string[] = [];
        for (let i = 0; i < seen.length; i++)
          for (let j = i + 1; j < seen.length; j++) {
            const e = deltaE(seen[i]!, seen[j]!);
            if (e < (i < 5 && j < 5 ? 10 : 8)) close.push(`s${i}/s${j} ΔE ${e.toFixed(1)}`);
          }
        expect(close).toEqual([]);
      });
    }
  }

  it('the simulation is not the identity: red and green come together for deuteranopia', () => {
    const [red, green] = [parseHex('#d00000'), parseHex('#00a000')];
    expect(deltaE(simulate(red, 'deuteranopia'), simulate(green, 'deuteranopia'))).toBeLessThan(deltaE(red, green) / 2);
  });
});
