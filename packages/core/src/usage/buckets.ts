/**
 * Time buckets in a time zone (UTC unless asked otherwise). In UTC, hours and days are fixed widths
 * from the epoch, weeks start on Monday 00:00 (ISO 8601) and months on the 1st at 00:00. In any
 * other IANA zone the same rules hold on that zone's wall clock: a day runs from local midnight to
 * local midnight (23 or 25 hours across a daylight-saving change), so a chart drawn in Berlin
 * counts Berlin's days. Hours stay one real hour long everywhere (a repeated hour is two buckets).
 *
 * Offsets come from `@date-fns/tz`; asking it per bucket costs tens of microseconds, so each
 * zone's offset changes are found once per stretch of time and kept (see `offsetAt`).
 */
import { tzOffset } from '@date-fns/tz';
import { CreditError } from '../errors';
import type { Instant, UsageGranularity } from './types';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const MINUTE = 60_000;
/** 1970-01-01 was a Thursday, so the first Monday is four days later. */
const FIRST_MONDAY = 4 * DAY;
/** More buckets than a chart can show usually means the wrong granularity was picked. */
export const MAX_BUCKETS = 10_000;
export const UTC = 'UTC';

const knownZones = new Map<string, boolean>();

/** Whether `zone` is an IANA time zone this runtime knows (`Europe/Berlin`, `UTC`, …). */
export function isTimeZone(zone: string): boolean {
  let known = knownZones.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      known = zone.length > 0;
    } catch {
      known = false;
    }
    knownZones.set(zone, known);
  }
  return known;
}

/* ---------------------------------------------------------------- offsets, cached per stretch */

/** About 52 weeks: offsets are looked up once per zone and stretch, then served from memory. */
const STRETCH = 52 * WEEK;
/** Each stretch's offset changes: `starts[i]` is when `offsets[i]` (ms east of UTC) begins. */
const stretches = new Map<string, Map<number, { starts: number[]; offsets: number[] }>>();

const offsetFromLibrary = (zone: string, at: number) => tzOffset(zone, new Date(at)) * MINUTE;

/**
 * The zone's offset from UTC at `at`, in ms. Offsets are sampled weekly over the stretch and each
 * change is narrowed to the minute by bisection; a zone changing twice within one week (none does)
 * would be missed.
 */
function offsetAt(zone: string, at: number): number {
  const stretch = Math.floor(at / STRETCH);
  let ofZone = stretches.get(zone);
  if (!ofZone) stretches.set(zone, (ofZone = new Map()));
  let table = ofZone.get(stretch);
  if (!table) {
    const start = stretch * STRETCH;
    table = { starts: [start], offsets: [offsetFromLibrary(zone, start)] };
    let before = table.offsets[0]!;
    for (let t = start; t < start + STRETCH; t += WEEK) {
      const after = offsetFromLibrary(zone, t + WEEK);
      if (after !== before) {
        let [lo, hi] = [t, t + WEEK];
        while (hi - lo > MINUTE) {
          const mid = Math.max(lo + MINUTE, Math.floor((lo + hi) / 2 / MINUTE) * MINUTE);
          if (offsetFromLibrary(zone, mid) === before) lo = mid;
          else hi = mid;
        }
        table.starts.push(hi);
        table.offsets.push(offsetFromLibrary(zone, hi));
      }
      before = after;
    }
    ofZone.set(stretch, table);
  }
  let i = table.starts.length - 1;
  while (table.starts[i]! > at) i--;
  return table.offsets[i]!;
}

/** The zone's wall-clock reading at `at`, written as if it were a UTC instant. */
const toWall = (zone: string, at: number) => at + offsetAt(zone, at);

/** The instant a wall-clock reading names; a reading skipped by a change forward gives the change. */
function fromWall(zone: string, wall: number): number {
  const guess = wall - offsetAt(zone, wall);
  return wall - offsetAt(zone, guess);
}

/* ---------------------------------------------------------------- buckets */

function utcBucketStart(at: number, granularity: UsageGranularity): number {
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

function utcAddBuckets(start: number, count: number, granularity: UsageGranularity): number {
  if (granularity !== 'month')
    return start + count * (granularity === 'hour' ? HOUR : granularity === 'day' ? DAY : WEEK);
  const date = new Date(start);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + count, 1);
}

/** Start of the bucket containing `at`. */
export function bucketStart(at: number, granularity: UsageGranularity, timeZone: string = UTC): number {
  if (timeZone === UTC) return utcBucketStart(at, granularity);
  if (granularity === 'hour') return at - (((toWall(timeZone, at) % HOUR) + HOUR) % HOUR);
  return fromWall(timeZone, utcBucketStart(toWall(timeZone, at), granularity));
}

/**
 * Start of the bucket `count` buckets after (or, negative, before) the one starting at `start`.
 * Days, weeks and months move on the zone's calendar, so "7 days back" lands on a local midnight
 * even across a daylight-saving change.
 */
export function addBuckets(
  start: number,
  count: number,
  granularity: UsageGranularity,
  timeZone: string = UTC,
): number {
  if (timeZone === UTC) return utcAddBuckets(start, count, granularity);
  // Hours are real hours, re-aligned for the rare zone whose clock moves by half an hour.
  if (granularity === 'hour') return bucketStart(start + count * HOUR, 'hour', timeZone);
  return fromWall(timeZone, utcAddBuckets(toWall(timeZone, start), count, granularity));
}

/** Start of the bucket after the one starting at `start`. */
export function nextBucket(start: number, granularity: UsageGranularity, timeZone: string = UTC): number {
  const next = addBuckets(start, 1, granularity, timeZone);
  return next > start ? next : start + HOUR;
}

/** Starts of every bucket overlapping `[from, to)`, plus the end of the last one (so `length` = buckets + 1). */
export function bucketEdges(from: number, to: number, granularity: UsageGranularity, timeZone: string = UTC): number[] {
  const edges: number[] = [];
  if (to <= from) return edges;
  for (
    let start = bucketStart(from, granularity, timeZone);
    start < to;
    start = nextBucket(start, granularity, timeZone)
  ) {
    edges.push(start);
    if (edges.length > MAX_BUCKETS) {
      throw new CreditError(
        'invalid_request',
        `The window holds more than ${MAX_BUCKETS} ${granularity} buckets; pick a coarser granularity or a shorter window.`,
        { granularity, max: MAX_BUCKETS },
      );
    }
  }
  edges.push(nextBucket(edges.at(-1)!, granularity, timeZone));
  return edges;
}

/**
 * How to find an instant's bucket in O(1). Buckets of one width (UTC hours, days and weeks; hours
 * anywhere) divide by `width`. Uneven buckets (months; days and weeks across a daylight-saving
 * change) look the instant up in `bySlot`: slots are the largest width that divides every bucket
 * (a day for UTC months, usually an hour in a zone), so each slot lies in exactly one bucket.
 * `width: Infinity` puts everything in bucket 0.
 */
export interface BucketIndex {
  first: number;
  width: number;
  bySlot: Int32Array | null;
}

/** Everything in one bucket: for totals and dimension listings. */
export const SINGLE_BUCKET: BucketIndex = { first: 0, width: Infinity, bySlot: null };

/** Past this many slots a lookup table costs more memory than any chart is worth. */
const MAX_SLOTS = 1 << 21;

const gcd = (a: number, b: number): number => {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
};

/** The lookup for the buckets between `edges` (as `bucketEdges` returns them). */
export function bucketIndex(edges: readonly number[]): BucketIndex {
  const first = edges[0] ?? 0;
  if (edges.length < 2) return SINGLE_BUCKET;
  const width = edges[1]! - first;
  let slot = 0;
  let even = true;
  for (let b = 1; b < edges.length; b++) {
    if (edges[b]! - edges[b - 1]! !== width) even = false;
    slot = gcd(edges[b]! - first, slot);
  }
  if (even) return { first, width, bySlot: null };
  const slots = (edges.at(-1)! - first) / slot;
  if (slots > MAX_SLOTS) {
    throw new CreditError(
      'invalid_request',
      'The window is too long to cut into buckets in this time zone; pick a shorter window or a coarser granularity.',
      { slots },
    );
  }
  const bySlot = new Int32Array(slots);
  for (let b = 0, s = 0; s < slots; s++) {
    if (first + s * slot >= edges[b + 1]!) b++;
    bySlot[s] = b;
  }
  return { first, width: slot, bySlot };
}

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
