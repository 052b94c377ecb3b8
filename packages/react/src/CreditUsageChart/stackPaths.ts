import type { ChartRow } from './model';

/** Where the bars go in pixels: what the chart's scales say about one plot. */
export interface BarFrame {
  /** Left edge of bucket `index`'s bar. */
  left: (index: number) => number;
  /** Width of every bar. */
  width: number;
  /** Vertical pixel of a stacked credit value. */
  y: (value: number) => number;
  /** Corner radius at the top of each stack. */
  radius: number;
}

// Two decimals are sub-pixel and keep a 90-bucket path short to parse.
const px = (n: number) => Math.round(n * 100) / 100;

/**
 * The stacked bars as one SVG path per series (bottom of the stack first): every bucket's segment
 * is a sub-path of its series' path, so 10 series × 90 buckets is 10 DOM nodes, not 900. The
 * topmost segment with credits in each bucket gets rounded top corners; empty segments draw nothing.
 */
export function stackPaths(rows: readonly ChartRow[], dataKeys: readonly string[], frame: BarFrame): string[] {
  const paths = dataKeys.map(() => [] as string[]);
  const w = px(frame.width);
  rows.forEach((row, index) => {
    const x = px(frame.left(index));
    let top = -1;
    dataKeys.forEach((key, s) => {
      if ((row[key] as number) > 0) top = s;
    });
    let base = 0;
    for (let s = 0; s <= top; s++) {
      const value = row[dataKeys[s]!] as number;
      if (!(value > 0)) continue;
      const bottom = px(frame.y(base));
      base += value;
      const y = px(frame.y(base));
      const height = px(bottom - y);
      if (!(height > 0)) continue;
      const r = s === top ? px(Math.min(frame.radius, height, w / 2)) : 0;
      paths[s]!.push(
        r > 0
          ? `M${x},${bottom}V${px(y + r)}a${r},${r} 0 0 1 ${r},${-r}h${px(w - 2 * r)}a${r},${r} 0 0 1 ${r},${r}V${bottom}Z`
          : `M${x},${bottom}V${y}h${w}V${bottom}Z`,
      );
    }
  });
  return paths.map((parts) => parts.join(''));
}
