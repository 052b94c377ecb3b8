import {
  memo,
  useEffect,
  useMemo,
  useRef,
  useState,
  type PointerEvent as ReactPointerEvent,
  type RefObject,
} from 'react';
import { BarChart, DefaultZIndexes, Tooltip, ZIndexLayer, type TooltipContentProps } from 'recharts';
import { bucketTicks, niceTicks } from './axisTicks';
import type { SeriesConfig } from './config';
import type { ChartRow } from './model';
import { PlotAxes, ValueGrid } from './PlotGuides';
import { BAR_GAP, StackedBars, TooltipAnchor } from './StackedBars';
import { sumDecimals } from './sum';
import { plotFrame, type PlotFrame } from './plotFrame';

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
  frame: PlotFrame;
  rows: readonly ChartRow[];
  series: readonly SeriesConfig[];
  buckets: readonly string[];
  bucketTicks: readonly number[];
  valueTicks: readonly number[];
  formatTick: (bucket: string) => string;
  formatAxisNumber: (value: number) => string;
  /** Inside recharts' chart: each part goes to its layer, so the tooltip's cursor falls between. */
  layered: boolean;
}

/** Grid, bars and axes, all placed by one frame, bottom to top. */
const UsagePlot = memo(function UsagePlot({ frame, rows, series, valueTicks, layered, ...axes }: PlotProps) {
  const grid = <ValueGrid frame={frame} valueTicks={valueTicks} />;
  const bars = <StackedBars frame={frame} rows={rows} series={series} />;
  const guides = <PlotAxes frame={frame} valueTicks={valueTicks} {...axes} />;
  if (!layered) {
    return (
      <>
        {grid}
        {bars}
        {guides}
      </>
    );
  }
  return (
    <>
      <ZIndexLayer zIndex={DefaultZIndexes.grid}>{grid}</ZIndexLayer>
      <ZIndexLayer zIndex={DefaultZIndexes.bar}>{bars}</ZIndexLayer>
      <ZIndexLayer zIndex={DefaultZIndexes.axis}>{guides}</ZIndexLayer>
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

type Point = { clientX: number; clientY: number };

/**
 * Hands recharts' freshly mounted chart what woke it: the focus moves onto its surface, or the
 * pointer, if still over the plot, reaches it as a move where it last was, so the first hover or
 * key press acts at once.
 */
function Awaken({ by, pointer }: { by: 'focus' | 'pointer'; pointer: RefObject<Point | null> }) {
  const ref = useRef<SVGGElement>(null);
  useEffect(() => {
    const surface = ref.current?.ownerSVGElement;
    if (!surface) return;
    if (by === 'focus') surface.focus();
    else if (pointer.current) surface.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, ...pointer.current }));
  }, [by, pointer]);
  return <g ref={ref} />;
}

/**
 * The chart. Its first paint is a plain SVG of grid, bars and axes laid out as recharts lays out a
 * bar chart (`plotFrame`): nothing in it needs recharts' store, events or layout passes, which made
 * most of the time from data to pixels. The first pointer or focus that could open the tooltip
 * hands the plot to recharts' chart, drawn from the same frame at the same pixels, which holds the
 * tooltip and the keyboard layer from then on. Memoized and never animated, so a legend toggle
 * repaints in one frame.
 */
export const UsageBars = memo(function UsageBars(props: UsageBarsProps) {
  const { rows, series, label, formatTick, formatAxisNumber, width } = props;
  const [wake, setWake] = useState<'focus' | 'pointer'>();
  const valueTicks = useMemo(() => {
    let max = 0;
    for (const row of rows) {
      let stack = 0;
      for (const s of series) stack += row[s.dataKey] as number;
      max = Math.max(max, stack);
    }
    return niceTicks(max);
  }, [rows, series]);
  const layout = useMemo(() => {
    if (width === undefined) return undefined;
    const xAxis = bucketAxis(rows, width, formatTick);
    const height = plotHeight(width);
    const margin = { top: 8, right: xAxis.right, bottom: X_AXIS_HEIGHT, left: Y_AXIS_WIDTH };
    return { width, xAxis, height, margin };
  }, [rows, width, formatTick]);
  const frame = useMemo(
    () => layout && plotFrame(layout.width, layout.height, layout.margin, rows.length, valueTicks.at(-1) ?? 0),
    [layout, rows.length, valueTicks],
  );
  const pointer = useRef<Point | null>(null);
  const onPointer = (event: ReactPointerEvent) => {
    pointer.current = { clientX: event.clientX, clientY: event.clientY };
    if (!wake) setWake('pointer');
  };
  const onPointerLeave = () => {
    pointer.current = null;
  };
  const onFocus = wake ? undefined : () => setWake('focus');
  // Drawn once the width is known: a first pass at a guessed width would be thrown away.
  if (width === undefined || !layout || !frame) return <div className="ck-usage-chart__plot" data-part="plot" />;
  const plot = (
    <UsagePlot
      frame={frame}
      rows={rows}
      series={series}
      buckets={layout.xAxis.buckets}
      bucketTicks={layout.xAxis.ticks}
      valueTicks={valueTicks}
      formatTick={formatTick}
      formatAxisNumber={formatAxisNumber}
      layered={wake !== undefined}
    />
  );
  return (
    <div
      className="ck-usage-chart__plot"
      data-part="plot"
      onPointerEnter={onPointer}
      onPointerMove={wake ? undefined : onPointer}
      onPointerLeave={onPointerLeave}
      onFocus={onFocus}
    >
      {wake ? (
        <BarChart
          width={width}
          height={layout.height}
          data={rows}
          accessibilityLayer
          title={label}
          // recharts' implicit axes (hidden, buckets by index) leave the axes' room to the margin.
          margin={layout.margin}
          barCategoryGap={`${BAR_GAP * 100}%`}
        >
          {plot}
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
          <Awaken by={wake} pointer={pointer} />
        </BarChart>
      ) : (
        <div style={{ position: 'relative', width, height: layout.height }}>
          <svg
            role="application"
            tabIndex={0}
            width={width}
            height={layout.height}
            viewBox={`0 0 ${width} ${layout.height}`}
            style={{ width: '100%', height: '100%', display: 'block' }}
          >
            <title>{label}</title>
            {plot}
          </svg>
        </div>
      )}
    </div>
  );
});
