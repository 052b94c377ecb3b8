/** Where the plot sits in the chart's SVG, in pixels. */
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

export interface PlotMargin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * The plot area and bucket bands of a chart `width` × `height` with `margin` around the plot, laid
 * out as recharts lays out a bar chart's implicit category axis (buckets by index, bands edge to
 * edge, no padding), so the tooltip's cursor and keyboard layer sit on the same bands; the value
 * axis is the straight line from 0 to `max` it is. Known before anything is drawn, so the first
 * paint needs no layout pass of the chart's own.
 */
export function plotFrame(width: number, height: number, margin: PlotMargin, buckets: number, max: number): PlotFrame {
  const left = margin.left;
  const right = width - margin.right;
  const top = margin.top;
  const bottom = height - margin.bottom;
  const step = (right - left) / Math.max(1, buckets);
  return {
    left,
    right,
    top,
    bottom,
    band: (index) => left + index * step,
    bandWidth: step,
    // Interpolated from the bottom up, as a linear scale over [0, max] does.
    y: (value) => {
      const t = max > 0 ? value / max : 0;
      return bottom * (1 - t) + top * t;
    },
  };
}
