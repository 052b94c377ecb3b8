import { render } from '@testing-library/react';
import { BarChart, usePlotArea, useXAxisScale } from 'recharts';
import { describe, expect, it } from 'vitest';
import { plotFrame, type PlotMargin } from './plotFrame';

interface Laid {
  left: number;
  right: number;
  top: number;
  bottom: number;
  starts: number[];
  bandWidth: number;
}

/** recharts' own layout of the same chart: the plot area and each bucket's band on its category scale. */
function rechartsLayout(width: number, height: number, margin: PlotMargin, buckets: number): Laid {
  let laid: Laid | undefined;
  function Probe() {
    const x = useXAxisScale();
    const area = usePlotArea();
    if (x && area) {
      laid = {
        left: area.x,
        right: area.x + area.width,
        top: area.y,
        bottom: area.y + area.height,
        starts: Array.from({ length: buckets }, (_, index) => x(index)!),
        bandWidth: x(0, { position: 'end' })! - x(0)!,
      };
    }
    return null;
  }
  const data = Array.from({ length: buckets }, (_, index) => ({ bucket: String(index), s0: index }));
  render(
    <BarChart width={width} height={height} data={data} margin={margin} barCategoryGap="18%">
      <Probe />
    </BarChart>,
  );
  if (!laid) throw new Error('recharts did not lay the chart out');
  return laid;
}

describe('plotFrame', () => {
  it.each([
    [1076, 280, 90],
    [1076, 280, 7],
    [343, 240, 30],
    [640, 280, 1],
    [500, 280, 24],
  ])('puts the plot and every bucket where recharts does (%i × %i, %i buckets)', (width, height, buckets) => {
    const margin = { top: 8, right: 17, bottom: 30, left: 52 };
    const laid = rechartsLayout(width, height, margin, buckets);
    const frame = plotFrame(width, height, margin, buckets, 100);
    expect({ left: frame.left, right: frame.right, top: frame.top, bottom: frame.bottom }).toEqual({
      left: laid.left,
      right: laid.right,
      top: laid.top,
      bottom: laid.bottom,
    });
    expect(frame.bandWidth).toBeCloseTo(laid.bandWidth, 9);
    laid.starts.forEach((start, index) => expect(frame.band(index)).toBeCloseTo(start, 9));
  });

  it('maps 0 to the bottom and the top tick to the top', () => {
    const frame = plotFrame(600, 280, { top: 8, right: 12, bottom: 30, left: 52 }, 10, 400);
    expect(frame.y(0)).toBe(250);
    expect(frame.y(400)).toBe(8);
    expect(frame.y(200)).toBe(129);
  });
});
