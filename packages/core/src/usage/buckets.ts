/**
 * UTC time buckets. Hours and days are fixed widths from the epoch; weeks start on Monday
 * 00:00 UTC (ISO 8601); months start on the 1st at 00:00 UTC. No local time zone is involved, so
 * a chart reads the same wherever it is drawn.
 */
import { CreditError } from '../errors';
import type { Instant, UsageGranularity } from './types';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
/** 1970-01-01 was a Thursday, so the first Monday is four days later. */
const FIRST_MONDAY = 4 * DAY;
/** More buckets than a chart can show usually means the wrong granularity was picked. */
export const MAX_BUCKETS = 10_000;

/** Start of the bucket containing `at`. */
export function bucketStart(at: number, granularity: UsageGranularity): number {
  switch (granularity) {
    case 'hour':
      return Math.floor(at / HOUR) * HOUR;
    case 'day':
      return Math.floor(at / DAY) * DAY;
    case 'week':
      return Math.floor((at - FIRST_MONDAY) / WEEK) * WEEK + FIRST_MONDAY;
    case 'month': {
      const date = new Date(at);
      return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
    }
  }
}

/** Start of the bucket after the one starting at `start`. */
export function nextBucket(start: number, granularity: UsageGranularity): number {
  switch (granularity) {
    case 'hour':
      return start + HOUR;
    case 'day':
      return start + DAY;
    case 'week':
      return start + WEEK;
    case 'month': {
      const date = new Date(start);
      return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
    }
  }
}

/** Starts of every bucket overlapping `[from, to)`, plus the end of the last one (so `length` = buckets + 1). */
export function bucketEdges(from: number, to: number, granularity: UsageGranularity): number[] {
  const edges: number[] = [];
  if (to <= from) return edges;
  for (let start = bucketStart(from, granularity); start < to; start = nextBucket(start, granularity)) {
    edges.push(start);
    if (edges.length > MAX_BUCKETS) {
      throw new CreditError(
        'invalid_request',
        `The window holds more than ${MAX_BUCKETS} ${granularity} buckets; pick a coarser granularity or a shorter window.`,
        { granularity, max: MAX_BUCKETS },
      );
    }
  }
  edges.push(nextBucket(edges.at(-1)!, granularity));
  return edges;
}

/**
 * How to find an instant's bucket in O(1): fixed widths divide by `width`; months look the day up
 * in `byDay`, since month lengths vary. `width: Infinity` puts everything in bucket 0.
 */
export interface BucketIndex {
  first: number;
  width: number;
  byDay: Int32Array | null;
}

export function bucketIndex(edges: readonly number[], granularity: UsageGranularity): BucketIndex {
  const first = edges[0] ?? 0;
  if (granularity !== 'month') {
    return { first, width: granularity === 'hour' ? HOUR : granularity === 'day' ? DAY : WEEK, byDay: null };
  }
  const days = Math.round(((edges.at(-1) ?? first) - first) / DAY);
  const byDay = new Int32Array(days);
  for (let b = 0, d = 0; d < days; d++) {
    if (first + d * DAY >= edges[b + 1]!) b++;
    byDay[d] = b;
  }
  return { first, width: DAY, byDay };
}

/** Everything in one bucket: for totals and dimension listings. */
export const SINGLE_BUCKET: BucketIndex = { first: 0, width: Infinity, byDay: null };

/** Reads an instant given as epoch milliseconds or an ISO string; refuses anything else. */
export function toEpoch(value: Instant, field: string): number {
  const at = typeof value === 'number' ? value : Date.parse(value);
  if (!Number.isFinite(at)) {
    throw new CreditError(
      'invalid_request',
      `${field} must be an ISO 8601 date-time like "2026-01-01T00:00:00Z" or epoch milliseconds; got ${JSON.stringify(value)}.`,
      { field },
    );
  }
  return at;
}
