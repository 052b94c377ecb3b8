import { memo, useMemo } from 'react';
import { Bar, DefaultZIndexes, useXAxisScale, useYAxisScale, ZIndexLayer } from 'recharts';
import type { SeriesConfig } from './config';
import type { ChartRow } from './model';
import { stackPaths } from './stackPaths';

/** Space on each side of a bar, as a share of its bucket (recharts' `barCategoryGap`). */
export const BAR_GAP = 0.18;
const RADIUS = 3;

export interface StackedBarsProps {
  rows: readonly ChartRow[];
  /** The visible series, bottom of the stack first. */
  series: readonly SeriesConfig[];
}

/**
 * The stacked bars drawn inside a recharts chart from its own scales, one `<path>` per series.
 * recharts' `<Bar>` renders each rectangle as its own component with events, labels and
 * animation state: ~900 of them made a 90-day chart take most of a second to appear.
 */
export const StackedBars = memo(function StackedBars({ rows, series }: StackedBarsProps) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const paths = useMemo(() => {
    const first = rows[0]?.bucket;
    const start = x?.(first);
    const end = x?.(first, { position: 'end' });
    if (!x || !y || start === undefined || end === undefined) return undefined;
    // The same geometry recharts gives one stack of bars: a gap each side, whole pixels when wide.
    const band = end - start;
    const gap = band * BAR_GAP;
    const width = band - 2 * gap > 1 ? Math.round(band - 2 * gap) : band - 2 * gap;
    return stackPaths(
      rows,
      series.map((s) => s.dataKey),
      { left: (index) => (x(rows[index]!.bucket) ?? 0) + gap, width, y: (value) => y(value) ?? 0, radius: RADIUS },
    );
  }, [rows, series, x, y]);
  if (!paths) return null;
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.bar}>
      <g className="ck-usage-chart__bars" data-part="bars">
        {series.map((s, index) => (
          <path key={s.key} className="ck-usage-chart__series" data-series={s.key} d={paths[index]} fill={s.color} />
        ))}
      </g>
    </ZIndexLayer>
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
