import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bucketTicks } from './axisTicks';
import type { ChartRow } from './model';
import { stackPaths, type BarFrame } from './stackPaths';

// 1 credit = 1 pixel upwards from a baseline at y = 100; buckets 20 px apart, bars 10 px wide.
const frame: BarFrame = { left: (index) => index * 20, width: 10, y: (value) => 100 - value, radius: 3 };
const row = (bucket: string, ...values: number[]): ChartRow =>
  Object.fromEntries([['bucket', bucket], ...values.map((v, i) => [`s${i}`, v])]) as ChartRow;

/** Every rectangle of a path, read back from its SVG commands (a rounded top starts `r` lower). */
function rects(d: string) {
  return [...d.matchAll(/M([-\d.]+),([-\d.]+)V([-\d.]+)(?:a([\d.]+))?/g)].map(([, x, bottom, up, r]) => ({
    x: Number(x),
    bottom: Number(bottom),
    top: Number(up) - Number(r ?? 0),
  }));
}

describe('stackPaths', () => {
  it('stacks each bucket from the baseline and rounds only the top segment', () => {
    const [below, above] = stackPaths([row('a', 10, 5), row('b', 4, 0)], ['s0', 's1'], frame);
    // Bucket a: s0 from 100 up to 90, s1 from 90 up to 85 with rounded corners (starts 3 px lower).
    // Bucket b: s1 is empty, so s0 is the top and gets the corners.
    expect(below).toBe('M0,100V90h10V100ZM20,100V99a3,3 0 0 1 3,-3h4a3,3 0 0 1 3,3V100Z');
    expect(above).toBe('M0,90V88a3,3 0 0 1 3,-3h4a3,3 0 0 1 3,3V90Z');
  });

  it('draws a series left out of the keys nowhere and lets the others close the gap', () => {
    const [first, third] = stackPaths([row('a', 10, 5, 7)], ['s0', 's2'], frame);
    expect(rects(first!)).toEqual([{ x: 0, bottom: 100, top: 90 }]);
    expect(rects(third!)).toEqual([{ x: 0, bottom: 90, top: 83 }]);
  });

  it('draws one segment per positive value, touching end to end from the baseline to the bucket total', () => {
    const values = fc.array(fc.array(fc.nat({ max: 40 }), { minLength: 3, maxLength: 3 }), { maxLength: 12 });
    fc.assert(
      fc.property(values, (table) => {
        const paths = stackPaths(
          table.map((vs, i) => row(`b${i}`, ...vs)),
          ['s0', 's1', 's2'],
          frame,
        );
        table.forEach((vs, bucket) => {
          const drawn = paths.flatMap((d) => rects(d).filter((r) => r.x === bucket * 20));
          expect(drawn).toHaveLength(vs.filter((v) => v > 0).length);
          let edge = 100;
          for (const segment of drawn) {
            expect(segment.bottom).toBe(edge);
            edge = segment.top;
          }
          expect(edge).toBe(100 - vs.reduce((a, b) => a + b, 0));
        });
      }),
    );
  });
});

describe('bucketTicks', () => {
  const days = Array.from({ length: 90 }, (_, i) => `d${i}`);

  it('names the last bucket and spaces the others so labels never touch', () => {
    // 900 px for 90 buckets = 10 px each; a 40 px label with 16 px between needs every 6th bucket.
    const ticks = bucketTicks(days, { plotWidth: 900, labelWidth: 40, gap: 16, leftRoom: 0 });
    expect(ticks.at(-1)).toBe('d89');
    expect(ticks.slice(0, 3)).toEqual(['d5', 'd11', 'd17']);
    expect(ticks).toHaveLength(15);
  });

  it('leaves out a first label that would hang past the left edge', () => {
    const ticks = bucketTicks(['a', 'b', 'c', 'd'], { plotWidth: 40, labelWidth: 20, gap: 0, leftRoom: 0 });
    // Buckets are 10 px; every 2nd from the end: d, b. b is centred at 15 px, room for a 20 px label.
    expect(ticks).toEqual(['b', 'd']);
    expect(bucketTicks(['a', 'b', 'c'], { plotWidth: 30, labelWidth: 20, gap: 0, leftRoom: 0 })).toEqual(['c']);
    expect(bucketTicks(['a', 'b', 'c'], { plotWidth: 30, labelWidth: 20, gap: 0, leftRoom: 10 })).toEqual(['a', 'c']);
  });

  it('labels every bucket when there is room', () => {
    expect(bucketTicks(['a', 'b', 'c'], { plotWidth: 600, labelWidth: 40, gap: 16, leftRoom: 52 })).toEqual([
      'a',
      'b',
      'c',
    ]);
  });
});
