import { memo, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import type { SeriesConfig } from './config';
import type { ChartRow } from './model';
import { sumDecimals } from './sum';
import { useWidth } from './useWidth';

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
}

const PLOT_HEIGHT = 280;

/** Round axis steps (1, 2, 2.5 or 5 × 10ⁿ) up to the tallest stack, so ticks read 0, 100, 200… */
export function niceTicks(max: number, count = 4): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * magnitude >= raw) ?? 10) * magnitude;
  const top = Math.ceil(max / step - 1e-9);
  return Array.from({ length: top + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}

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
 * The stacked bars. Memoized and never animated: a filter change or a legend toggle repaints in
 * one frame instead of tweening ~900 rectangles through recharts' animation loop.
 */
export const UsageBars = memo(function UsageBars(props: UsageBarsProps) {
  const { rows, series, label, formatTick, formatAxisNumber } = props;
  const top = series.length - 1;
  const [ref, width] = useWidth<HTMLDivElement>(640);
  const ticks = useMemo(() => {
    let max = 0;
    for (const row of rows) {
      let stack = 0;
      for (const s of series) stack += row[s.dataKey] as number;
      max = Math.max(max, stack);
    }
    return niceTicks(max);
  }, [rows, series]);
  return (
    <div className="ck-usage-chart__plot" data-part="plot" ref={ref}>
      <BarChart
        width={width}
        height={PLOT_HEIGHT}
        data={rows}
        accessibilityLayer
        title={label}
        margin={{ top: 8, right: 12, bottom: 0, left: 0 }}
        barCategoryGap="18%"
      >
        <CartesianGrid vertical={false} stroke="var(--ck-color-border)" strokeDasharray="3 3" />
        <XAxis
          dataKey="bucket"
          tickFormatter={formatTick}
          tickLine={false}
          axisLine={{ stroke: 'var(--ck-color-border)' }}
          tick={{ fill: 'var(--ck-color-text-muted)', fontSize: 12 }}
          minTickGap={20}
        />
        <YAxis
          ticks={ticks}
          domain={[0, ticks.at(-1)!]}
          tickFormatter={formatAxisNumber}
          tickLine={false}
          axisLine={false}
          tick={{ fill: 'var(--ck-color-text-muted)', fontSize: 12 }}
          width={52}
        />
        <Tooltip
          isAnimationActive={false}
          cursor={{ fill: 'var(--ck-color-surface)' }}
          content={(tooltip: TooltipContentProps) =>
            tooltip.active && typeof tooltip.activeIndex === 'string' ? (
              <UsageTooltipBody bucketIndex={Number(tooltip.activeIndex)} props={props} />
            ) : null
          }
        />
        {series.map((s, index) => (
          <Bar
            key={s.key}
            dataKey={s.dataKey}
            name={s.label}
            stackId="usage"
            fill={s.color}
            isAnimationActive={false}
            radius={index === top ? [3, 3, 0, 0] : 0}
          />
        ))}
      </BarChart>
    </div>
  );
});
