import { describe, expect, it } from 'vitest';
import { addBuckets, bucketEdges, bucketStart, isTimeZone, nextBucket } from './buckets';

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

describe('buckets in a time zone', () => {
  it('cuts days at local midnight, 23 hours long on the day clocks go forward', () => {
    // Berlin moves from +01:00 to +02:00 at 01:00 UTC on 2026-03-29.
    const edges = bucketEdges(at('2026-03-28T12:00:00Z'), at('2026-03-30T12:00:00Z'), 'day', 'Europe/Berlin');
    expect(edges.map(iso)).toEqual([
      '2026-03-27T23:00:00.000Z',
      '2026-03-28T23:00:00.000Z',
      '2026-03-29T22:00:00.000Z',
      '2026-03-30T22:00:00.000Z',
    ]);
  });

  it('starts weeks on the local Monday and months on the local 1st', () => {
    expect(iso(bucketStart(at('2026-01-05T03:00:00Z'), 'week', 'America/New_York'))).toBe('2025-12-29T05:00:00.000Z');
    expect(iso(bucketStart(at('2026-01-05T06:00:00Z'), 'week', 'America/New_York'))).toBe('2026-01-05T05:00:00.000Z');
    expect(iso(bucketStart(at('2026-03-31T23:30:00Z'), 'month', 'Asia/Tokyo'))).toBe('2026-03-31T15:00:00.000Z');
    expect(iso(nextBucket(at('2026-10-31T23:00:00Z'), 'month', 'Europe/Berlin'))).toBe('2026-11-30T23:00:00.000Z');
  });

  it('keeps hours one real hour long, on the half hour where the zone is', () => {
    expect(iso(bucketStart(at('2026-01-01T10:10:00Z'), 'hour', 'Asia/Kolkata'))).toBe('2026-01-01T09:30:00.000Z');
    // Sydney repeats 02:00-03:00 on 2026-04-05: two buckets, not one of two hours.
    const edges = bucketEdges(at('2026-04-04T15:00:00Z'), at('2026-04-04T18:00:00Z'), 'hour', 'Australia/Sydney');
    expect(edges.map(iso)).toEqual([
      '2026-04-04T15:00:00.000Z',
      '2026-04-04T16:00:00.000Z',
      '2026-04-04T17:00:00.000Z',
      '2026-04-04T18:00:00.000Z',
    ]);
  });

  it('puts the repeated quarter hour of a :45 zone in the hour it falls in, never an earlier one', () => {
    // Chatham goes back from 03:45 (+13:45) to 02:45 (+12:45) at 14:00 UTC on 2026-04-04. Its hours
    // start at :15 UTC on both sides, so 14:05 UTC (02:50 on the clock, again) lies in the hour that
    // began at 13:15 UTC (03:00 before the change), not in the one that began at 12:15 UTC (02:00).
    expect(iso(bucketStart(at('2026-04-04T14:05:00Z'), 'hour', 'Pacific/Chatham'))).toBe('2026-04-04T13:15:00.000Z');
    const edges = bucketEdges(at('2026-04-04T12:15:00Z'), at('2026-04-04T15:15:00Z'), 'hour', 'Pacific/Chatham');
    expect(edges.map(iso)).toEqual([
      '2026-04-04T12:15:00.000Z',
      '2026-04-04T13:15:00.000Z',
      '2026-04-04T14:15:00.000Z',
      '2026-04-04T15:15:00.000Z',
    ]);
  });

  it('moves presets back on the local calendar', () => {
    const today = bucketStart(at('2026-03-30T10:00:00Z'), 'day', 'Europe/Berlin');
    expect(iso(addBuckets(today, -6, 'day', 'Europe/Berlin'))).toBe('2026-03-23T23:00:00.000Z');
    const month = bucketStart(today, 'month', 'Europe/Berlin');
    expect(iso(month)).toBe('2026-02-28T23:00:00.000Z');
    expect(iso(addBuckets(month, -1, 'month', 'Europe/Berlin'))).toBe('2026-01-31T23:00:00.000Z');
  });

  it('knows IANA zones and nothing else', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
});
