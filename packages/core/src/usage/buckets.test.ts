import { describe, expect, it } from 'vitest';
import { bucketEdges, bucketStart, nextBucket } from './buckets';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();

describe('UTC buckets', () => {
  it('starts hours and days on the UTC clock, whatever the instant', () => {
    expect(iso(bucketStart(at('2026-03-29T01:59:59.999Z'), 'hour'))).toBe('2026-03-29T01:00:00.000Z');
    expect(iso(bucketStart(at('2026-03-29T23:59:59.999Z'), 'day'))).toBe('2026-03-29T00:00:00.000Z');
    expect(iso(bucketStart(at('2026-03-30T00:00:00.000Z'), 'day'))).toBe('2026-03-30T00:00:00.000Z');
  });

  it('starts weeks on Monday 00:00 UTC', () => {
    // 2026-01-04 is a Sunday, 2026-01-05 a Monday.
    expect(iso(bucketStart(at('2026-01-04T23:59:59.999Z'), 'week'))).toBe('2025-12-29T00:00:00.000Z');
    expect(iso(bucketStart(at('2026-01-05T00:00:00.000Z'), 'week'))).toBe('2026-01-05T00:00:00.000Z');
    expect(iso(bucketStart(at('2026-01-11T12:00:00.000Z'), 'week'))).toBe('2026-01-05T00:00:00.000Z');
    // Before the epoch too (1970-01-01 was a Thursday).
    expect(iso(bucketStart(at('1969-12-31T00:00:00.000Z'), 'week'))).toBe('1969-12-29T00:00:00.000Z');
  });

  it('starts months on the 1st, with months of every length and leap years', () => {
    expect(iso(bucketStart(at('2028-02-29T23:00:00Z'), 'month'))).toBe('2028-02-01T00:00:00.000Z');
    expect(iso(nextBucket(at('2028-02-01T00:00:00Z'), 'month'))).toBe('2028-03-01T00:00:00.000Z');
    expect(iso(nextBucket(at('2026-12-01T00:00:00Z'), 'month'))).toBe('2027-01-01T00:00:00.000Z');
  });

  it('lists every bucket overlapping a half-open window, plus the end of the last', () => {
    const edges = bucketEdges(at('2026-01-30T10:00:00Z'), at('2026-03-01T00:00:00Z'), 'month');
    expect(edges.map(iso)).toEqual([
      '2026-01-01T00:00:00.000Z',
      '2026-02-01T00:00:00.000Z',
      '2026-03-01T00:00:00.000Z',
    ]);
    expect(bucketEdges(at('2026-01-01T00:00:00Z'), at('2026-01-01T00:00:00Z'), 'day')).toEqual([]);
  });

  it('refuses windows with more buckets than a chart can show, saying what to change', () => {
    expect(() => bucketEdges(0, at('2026-01-01T00:00:00Z'), 'hour')).toThrow(/coarser granularity/);
  });
});
