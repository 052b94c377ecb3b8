import { useMemo } from 'react';
import { usePlotArea, useXAxisScale } from 'recharts';

/** Where the plot sits in the chart's SVG, in pixels, as recharts laid it out. */
export interface PlotFrame {
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** Left edge of bucket `index`'s band. */
  band: (index: number) => number;
  /** Width of one bucket's band. */
  bandWidth: number;
  /** Vertical pixel of a credit value on the value axis, 0 at the bottom, `max` at the top. */
  y: (value: number) => number;
}

/**
 * The chart's plot area and bucket bands from recharts' own layout and category scale (the
 * tooltip's cursor and keyboard layer use the same), and the value axis as the straight line
 * from 0 to `max` it is. Buckets are addressed by index: recharts' implicit category axis.
 * Kept as plain numbers, so a re-render with the same layout hands back the same frame and the
 * bars' paths are not built again. `undefined` until recharts has laid the chart out.
 */
export function usePlotFrame(buckets: number, max: number): PlotFrame | undefined {
  const x = useXAxisScale();
  const area = usePlotArea();
  const start = x?.(0);
  const end = x?.(0, { position: 'end' });
  // A band scale puts bucket i at start + i × step, the step counting the gap between bands.
  const next = buckets > 1 ? x?.(1) : end;
  const { x: left, y: top, width, height } = area ?? {};
  return useMemo(() => {
    if (start === undefined || end === undefined || next === undefined || left === undefined) return undefined;
    if (top === undefined || width === undefined || height === undefined) return undefined;
    const step = next - start;
    const bottom = top + height;
    return {
      left,
      right: left + width,
      top,
      bottom,
      band: (index) => start + index * step,
      bandWidth: end - start,
      // Interpolated from the bottom up, as a linear scale over [0, max] does.
      y: (value) => {
        const t = max > 0 ? value / max : 0;
        return bottom * (1 - t) + top * t;
      },
    };
  }, [start, end, next, left, top, width, height, max]);
}
