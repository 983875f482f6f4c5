/**
 * Checking series colours as readers with colour-vision deficiencies see them: the Machado, Oliveira &
 * Fernandes (2009) simulation matrices at full severity (protanopia, deuteranopia, tritanopia) applied in
 * linear RGB, and the CIE ΔE*ab distance in CIELAB between the simulated colours. Used by the tests of
 * the chart palette (data.css), never at run time.
 */
export type Rgb = [number, number, number];

export const DEFICIENCIES: Record<string, readonly number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

export const parseHex = (hex: string): Rgb => {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16) / 255) as Rgb;
};
const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const clamp = (c: number) => Math.min(1, Math.max(0, c));

/** The colour as seen with a deficiency (sRGB in 0..1), or unchanged for 'normal'. */
export function simulate(rgb: Rgb, deficiency: string): Rgb {
  const m = DEFICIENCIES[deficiency];
  if (!m) return rgb;
  const lin = rgb.map(toLinear);
  const out = m.map((row) => clamp(row[0]! * lin[0]! + row[1]! * lin[1]! + row[2]! * lin[2]!));
  return out.map((c) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055)) as Rgb;
}

/** sRGB (0..1) → CIELAB (D65). */
export function lab(rgb: Rgb): Rgb {
  const [r, g, b] = rgb.map(toLinear) as Rgb;
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

export const deltaE = (a: Rgb, b: Rgb): number => {
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
};

/** WCAG contrast ratio of two sRGB colours. */
export function contrast(a: Rgb, b: Rgb): number {
  const lum = (c: Rgb) => 0.2126 * toLinear(c[0]) + 0.7152 * toLinear(c[1]) + 0.0722 * toLinear(c[2]);
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
