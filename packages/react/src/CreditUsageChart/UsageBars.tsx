import { memo } from 'react';
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
  return (
    <div className="ck-usage-chart__plot" data-part="plot" ref={ref}>
      <BarChart
        width={width}
        height={PLOT_HEIGHT}
        data={rows}
        accessibilityLayer
        title={label}
        margin={{ top: 8, right: 4, bottom: 0, left: 0 }}
        barCategoryGap="18%"
      >
        <CartesianGrid vertical={false} stroke="var(--ck-color-border)" strokeDasharray="3 3" />
        <XAxis
          dataKey="bucket"
          tickFormatter={formatTick}
          tickLine={false}
          axisLine={{ stroke: 'var(--ck-color-border)' }}
          tick={{ fill: 'var(--ck-color-text-muted)', fontSize: 12 }}
          minTickGap={12}
        />
        <YAxis
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
