import type { BaseTickContentProps } from 'recharts';

// Where recharts' own labels sit relative to their anchor point, so these line up the same.
const DY = { start: '0.71em', middle: '0.355em', end: '0' } as const;

/**
 * An axis label as one plain `<text>`. recharts' default label measures each word in the DOM to
 * decide line breaks, a forced layout per label on every fresh chart; dates and round numbers
 * never wrap.
 */
export function AxisTick({
  x,
  y,
  textAnchor,
  verticalAnchor,
  payload,
  tickFormatter,
  index,
  className,
}: BaseTickContentProps) {
  const value: unknown = payload.value;
  return (
    <text
      x={x}
      y={y}
      dy={DY[verticalAnchor]}
      textAnchor={textAnchor}
      className={className}
      fill="var(--ck-color-text-muted)"
      fontSize={12}
    >
      {tickFormatter ? tickFormatter(value, index) : String(value)}
    </text>
  );
}
