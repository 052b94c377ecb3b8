import { memo, useMemo } from 'react';
import { Bar } from 'recharts';
import type { SeriesConfig } from './config';
import type { ChartRow } from './model';
import { stackPaths } from './stackPaths';
import type { PlotFrame } from './plotFrame';

/** Space on each side of a bar, as a share of its bucket (recharts' `barCategoryGap`). */
export const BAR_GAP = 0.18;
const RADIUS = 3;

export interface StackedBarsProps {
  frame: PlotFrame;
  rows: readonly ChartRow[];
  /** The visible series, bottom of the stack first. */
  series: readonly SeriesConfig[];
}

/**
 * The stacked bars, one `<path>` per series, placed on the chart's bucket bands. recharts' `<Bar>`
 * renders each rectangle as its own component with events, labels and animation state: ~900 of
 * them made a 90-day chart take most of a second to appear.
 */
export const StackedBars = memo(function StackedBars({ frame, rows, series }: StackedBarsProps) {
  const paths = useMemo(() => {
    // The same geometry recharts gives one stack of bars: a gap each side, whole pixels when wide.
    const gap = frame.bandWidth * BAR_GAP;
    const inner = frame.bandWidth - 2 * gap;
    const width = inner > 1 ? Math.round(inner) : inner;
    return stackPaths(
      rows,
      series.map((s) => s.dataKey),
      { left: (index) => frame.band(index) + gap, width, y: frame.y, radius: RADIUS },
    );
  }, [frame, rows, series]);
  return (
    <g className="ck-usage-chart__bars" data-part="bars">
      {series.map((s, index) => (
        <path key={s.key} className="ck-usage-chart__series" data-series={s.key} d={paths[index]} fill={s.color} />
      ))}
    </g>
  );
});

const nothing = () => 0;

/**
 * An invisible bar that gives recharts' tooltip something to show: the tooltip only opens when
 * some chart item has a value for the active bucket. Hidden, it draws nothing and takes no room.
 */
export function TooltipAnchor() {
  return <Bar dataKey={nothing} hide isAnimationActive={false} legendType="none" tooltipType="none" />;
}
