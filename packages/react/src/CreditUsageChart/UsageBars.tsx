import { memo, useCallback, useMemo, useState } from 'react';
import { BarChart, DefaultZIndexes, Tooltip, ZIndexLayer, type TooltipContentProps } from 'recharts';
import { bucketTicks, niceTicks } from './axisTicks';
import type { SeriesConfig } from './config';
import type { ChartRow } from './model';
import { PlotAxes, ValueGrid } from './PlotGuides';
import { BAR_GAP, StackedBars, TooltipAnchor } from './StackedBars';
import { sumDecimals } from './sum';
import { usePlotFrame } from './usePlotFrame';

export interface UsageBarsProps {
  rows: ChartRow[];
  /** The visible series, bottom of the stack first. */
  series: SeriesConfig[];
  /** Exact credits per bucket and series index of `allSeries`, for the tooltip. */
  cells: string[][];
  allSeries: SeriesConfig[];
  label: string;
  formatTick: (bucket: string) => string;
  formatBucket: (bucket: string) => string;
  formatAxisNumber: (value: number) => string;
  formatCredits: (amount: string) => string;
  totalLabel: string;
  /**
   * The plot's width in pixels, measured by the card while it still showed the skeleton, so the
   * answer's arrival draws at the right width in one pass; `undefined` until measured.
   */
  width: number | undefined;
}

// A phone-width card gets a shorter plot, so the legend stays in view beside it. Measured on the
// card, not the viewport: a narrow card can sit in a wide page.
const plotHeight = (width: number) => (width < 440 ? 240 : 280);

const Y_AXIS_WIDTH = 52;
const X_AXIS_HEIGHT = 30;
const RIGHT = 12;
// A little over the mean glyph width of the UI font at the ticks' 12px, so labels never touch.
const CHAR_WIDTH = 7;
const TICK_GAP = 16;

/** Buckets (by index) that get a date label, and the right margin the last one needs to be read whole. */
function bucketAxis(rows: readonly ChartRow[], width: number, formatTick: (bucket: string) => string) {
  const buckets = rows.map((row) => row.bucket);
  // A dozen labels spread over the window find the longest form ("Sep 30", "12 PM") without
  // formatting all 90.
  const every = Math.max(1, Math.floor(buckets.length / 12));
  let chars = 0;
  for (let i = buckets.length - 1; i >= 0; i -= every) chars = Math.max(chars, formatTick(buckets[i]!).length);
  const labelWidth = chars * CHAR_WIDTH;
  const pitch = (width - Y_AXIS_WIDTH - RIGHT) / Math.max(1, buckets.length);
  const right = Math.max(RIGHT, Math.ceil(labelWidth / 2 - pitch / 2));
  const labelled = new Set(
    bucketTicks(buckets, {
      plotWidth: width - Y_AXIS_WIDTH - right,
      labelWidth,
      gap: TICK_GAP,
      leftRoom: Y_AXIS_WIDTH,
    }),
  );
  const ticks = buckets.flatMap((bucket, index) => (labelled.has(bucket) ? [index] : []));
  return { buckets, ticks, right };
}

interface PlotProps {
  rows: readonly ChartRow[];
  series: readonly SeriesConfig[];
  buckets: readonly string[];
  bucketTicks: readonly number[];
  valueTicks: readonly number[];
  formatTick: (bucket: string) => string;
  formatAxisNumber: (value: number) => string;
}

/** Grid, bars and axes, each on its layer of the chart, all placed by one frame. */
const UsagePlot = memo(function UsagePlot({ rows, series, valueTicks, ...axes }: PlotProps) {
  const frame = usePlotFrame(rows.length, valueTicks.at(-1) ?? 0);
  if (!frame) return null;
  return (
    <>
      <ZIndexLayer zIndex={DefaultZIndexes.grid}>
        <ValueGrid frame={frame} valueTicks={valueTicks} />
      </ZIndexLayer>
      <ZIndexLayer zIndex={DefaultZIndexes.bar}>
        <StackedBars frame={frame} rows={rows} series={series} />
      </ZIndexLayer>
      <ZIndexLayer zIndex={DefaultZIndexes.axis}>
        <PlotAxes frame={frame} valueTicks={valueTicks} {...axes} />
      </ZIndexLayer>
    </>
  );
});

interface TooltipBodyProps {
  bucketIndex: number;
  props: UsageBarsProps;
}

/** Every visible series of one bucket with its exact credits, and the bucket's total. */
export function UsageTooltipBody({ bucketIndex, props }: TooltipBodyProps) {
  const row = props.cells[bucketIndex];
  const bucket = props.rows[bucketIndex]?.bucket;
  if (!row || bucket === undefined) return null;
  const shown = new Set(props.series.map((s) => s.key));
  const entries = props.allSeries.map((s, index) => ({ s, credits: row[index]! })).filter(({ s }) => shown.has(s.key));
  return (
    <div className="ck-usage-chart__tooltip" data-part="tooltip">
      <p className="ck-usage-chart__tooltip-title">{props.formatBucket(bucket)}</p>
      <dl>
        {[...entries].reverse().map(({ s, credits }) => (
          <div key={s.key} className="ck-usage-chart__tooltip-row">
            <dt>
              <span className="ck-usage-chart__swatch" style={{ background: s.color }} aria-hidden="true" />
              {s.label}
            </dt>
            <dd>{props.formatCredits(credits)}</dd>
          </div>
        ))}
        <div className="ck-usage-chart__tooltip-row" data-part="tooltip-total">
          <dt>{props.totalLabel}</dt>
          <dd>{props.formatCredits(sumDecimals(entries.map((e) => e.credits)))}</dd>
        </div>
      </dl>
    </div>
  );
}

/**
 * The chart: recharts lays out the plot and holds the tooltip and keyboard layer; grid, bars and
 * axes are drawn from its layout. Memoized and never animated, so a legend toggle repaints in one
 * frame. The tooltip joins the chart on the first pointer or focus that could open it: it has
 * nothing to show before then, and registering it would cost the first paint several passes.
 */
export const UsageBars = memo(function UsageBars(props: UsageBarsProps) {
  const { rows, series, label, formatTick, formatAxisNumber, width } = props;
  const [tooltipOn, setTooltipOn] = useState(false);
  const armTooltip = useCallback(() => setTooltipOn(true), []);
  const valueTicks = useMemo(() => {
    let max = 0;
    for (const row of rows) {
      let stack = 0;
      for (const s of series) stack += row[s.dataKey] as number;
      max = Math.max(max, stack);
    }
    return niceTicks(max);
  }, [rows, series]);
  const xAxis = useMemo(
    () => (width === undefined ? undefined : bucketAxis(rows, width, formatTick)),
    [rows, width, formatTick],
  );
  const arm = tooltipOn ? undefined : armTooltip;
  return (
    <div className="ck-usage-chart__plot" data-part="plot" onPointerEnter={arm} onFocus={arm}>
      {/* Drawn once the width is known: a first pass at a guessed width would be thrown away. */}
      {width !== undefined && xAxis && (
        <BarChart
          width={width}
          height={plotHeight(width)}
          data={rows}
          accessibilityLayer
          title={label}
          // recharts' implicit axes (hidden, buckets by index) leave the axes' room to the margin.
          margin={{ top: 8, right: xAxis.right, bottom: X_AXIS_HEIGHT, left: Y_AXIS_WIDTH }}
          barCategoryGap={`${BAR_GAP * 100}%`}
        >
          <UsagePlot
            rows={rows}
            series={series}
            buckets={xAxis.buckets}
            bucketTicks={xAxis.ticks}
            valueTicks={valueTicks}
            formatTick={formatTick}
            formatAxisNumber={formatAxisNumber}
          />
          {tooltipOn && (
            <>
              <Tooltip
                isAnimationActive={false}
                includeHidden
                cursor={{ fill: 'var(--ck-color-surface)' }}
                content={(tooltip: TooltipContentProps) =>
                  tooltip.active && typeof tooltip.activeIndex === 'string' ? (
                    <UsageTooltipBody bucketIndex={Number(tooltip.activeIndex)} props={props} />
                  ) : null
                }
              />
              <TooltipAnchor />
            </>
          )}
        </BarChart>
      )}
    </div>
  );
});
