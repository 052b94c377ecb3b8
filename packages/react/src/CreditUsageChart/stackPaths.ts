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
 *
 * Runs once per answer, cold, on the way to the first paint: each number is rounded and written
 * out once (a bucket's left edge, each segment's top, which is the next one's bottom) and the
 * common corner is written once, rather than per segment.
 */
export function stackPaths(rows: readonly ChartRow[], dataKeys: readonly string[], frame: BarFrame): string[] {
  const count = dataKeys.length;
  const paths: string[] = Array.from({ length: count }, () => '');
  const values: number[] = Array.from({ length: count }, () => 0);
  const w = px(frame.width);
  const flat = `h${w}V`;
  const corners = (r: number) => `a${r},${r} 0 0 1 ${r},${-r}h${px(w - 2 * r)}a${r},${r} 0 0 1 ${r},${r}V`;
  const fullRadius = px(Math.min(frame.radius, w / 2));
  const roundTop = corners(fullRadius);
  const baseline = px(frame.y(0));
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index]!;
    let top = -1;
    for (let s = 0; s < count; s++) {
      const value = row[dataKeys[s]!] as number;
      values[s] = value;
      if (value > 0) top = s;
    }
    if (top < 0) continue;
    const x = `M${px(frame.left(index))},`;
    let base = 0;
    let bottom = baseline;
    for (let s = 0; s <= top; s++) {
      const value = values[s]!;
      if (!(value > 0)) continue;
      base += value;
      const y = px(frame.y(base));
      const height = px(bottom - y);
      if (height > 0) {
        const r = s === top ? px(Math.min(frame.radius, height, w / 2)) : 0;
        paths[s] +=
          r > 0
            ? `${x}${bottom}V${px(y + r)}${r === fullRadius ? roundTop : corners(r)}${bottom}Z`
            : `${x}${bottom}V${y}${flat}${bottom}Z`;
      }
      bottom = y;
    }
  }
  return paths;
}
