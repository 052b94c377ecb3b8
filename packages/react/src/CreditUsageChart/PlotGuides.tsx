import { memo } from 'react';
import type { PlotFrame } from './plotFrame';

// Where an axis label sits from its tick, as recharts' axes place theirs: a 6 px tick plus 2 px.
const LABEL_OFFSET = 8;
const label = { fill: 'var(--ck-color-text-muted)', fontSize: 12 } as const;
const stroke = 'var(--ck-color-border)';

export interface PlotGuidesProps {
  frame: PlotFrame;
  /** Bucket indexes that get a date label. */
  bucketTicks: readonly number[];
  /** Bucket start of each index, for its label. */
  buckets: readonly string[];
  /** Credit values that get a line and a label, 0 first. */
  valueTicks: readonly number[];
  formatTick: (bucket: string) => string;
  formatAxisNumber: (value: number) => string;
}

/** Dashed lines across the plot at each value tick, under the bars. */
export const ValueGrid = memo(function ValueGrid({ frame, valueTicks }: Pick<PlotGuidesProps, 'frame' | 'valueTicks'>) {
  return (
    <g className="ck-usage-chart__grid" data-part="grid" stroke={stroke} strokeDasharray="3 3">
      {valueTicks.map((value) => {
        const y = frame.y(value);
        return <line key={value} x1={frame.left} x2={frame.right} y1={y} y2={y} />;
      })}
    </g>
  );
});

/**
 * The date axis (a baseline and labels under their buckets) and the value axis's labels, drawn
 * from the same frame as the bars. recharts' axis components would compute and report ticks for
 * every bucket and re-render the chart to place them; these labels are known before it draws.
 */
export const PlotAxes = memo(function PlotAxes({
  frame,
  bucketTicks,
  buckets,
  valueTicks,
  formatTick,
  formatAxisNumber,
}: PlotGuidesProps) {
  const labelTop = frame.bottom + LABEL_OFFSET;
  return (
    <g className="ck-usage-chart__axis" data-part="axes">
      <line x1={frame.left} x2={frame.right} y1={frame.bottom} y2={frame.bottom} stroke={stroke} />
      {bucketTicks.map((index) => (
        <text
          key={index}
          x={frame.band(index) + frame.bandWidth / 2}
          y={labelTop}
          dy="0.71em"
          textAnchor="middle"
          {...label}
        >
          {formatTick(buckets[index]!)}
        </text>
      ))}
      {valueTicks.map((value) => (
        <text key={value} x={frame.left - LABEL_OFFSET} y={frame.y(value)} dy="0.355em" textAnchor="end" {...label}>
          {formatAxisNumber(value)}
        </text>
      ))}
    </g>
  );
});
