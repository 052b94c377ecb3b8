import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The chart's series colours (`--ck-chart-1` … `--ck-chart-10`, the last one also "Other") sit side
 * by side in one stacked bar and in the legend, on the card's background. Each must stand out from
 * the card (WCAG 1.4.11 non-text contrast, 3:1) and from every other series, in both themes.
 */
const tokens = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'tokens.css'), 'utf8');

type Rgb = readonly [number, number, number];

/** The `light-dark(LIGHT, DARK)` pair of a custom property in tokens.css. */
function pair(property: string): { light: string; dark: string } {
  const match = new RegExp(`${property}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\)`, 'i').exec(tokens);
  if (!match) throw new Error(`${property} is not a light-dark() pair of #rrggbb colours in tokens.css`);
  return { light: match[1]!, dark: match[2]! };
}

const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
/** Linear-light sRGB channels of `#rrggbb`. */
const channels = (hex: string): Rgb => {
  const [r, g, b] = [1, 3, 5].map((i) => linear(parseInt(hex.slice(i, i + 2), 16) / 255));
  return [r!, g!, b!];
};

/** WCAG relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = channels(hex);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** OKLab coordinates (L in 0…1); the Euclidean distance between two is the OKLab ΔE. */
function oklab(hex: string): Rgb {
  const [r, g, b] = channels(hex);
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
}
function deltaE(a: string, b: string): number {
  const [p, q] = [oklab(a), oklab(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

/** Below this OKLab distance two small swatches read as one colour (the old amber/yellow pair was 0.03). */
const MIN_DELTA_E = 0.1;
const MIN_CONTRAST = 3;

const series = Array.from({ length: 10 }, (_, i) => ({ name: `--ck-chart-${i + 1}`, ...pair(`--ck-chart-${i + 1}`) }));
const card = pair('--ck-color-bg');

describe('the colour maths', () => {
  it('matches known values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(deltaE('#ffffff', '#000000')).toBeCloseTo(1, 3);
    expect(deltaE('#4f46e5', '#4f46e5')).toBe(0);
  });
});

describe.each(['light', 'dark'] as const)('the %s chart palette', (theme) => {
  const background = card[theme];

  it.each(series)('$name meets 3:1 against the card', (colour) => {
    expect(contrast(colour[theme], background)).toBeGreaterThanOrEqual(MIN_CONTRAST);
  });

  it('has no two series closer than the minimum OKLab distance', () => {
    const tooClose = series.flatMap((a, i) =>
      series
        .slice(i + 1)
        .filter((b) => deltaE(a[theme], b[theme]) < MIN_DELTA_E)
        .map((b) => `${a.name} ${a[theme]} ~ ${b.name} ${b[theme]} (ΔE ${deltaE(a[theme], b[theme]).toFixed(3)})`),
    );
    expect(tooClose).toEqual([]);
  });
});
