import type { UsageGranularity, UsagePreset, UsageRange } from './types';

import { TZDate } from '@date-fns/tz';
import { addDays, addHours, addMonths, startOfDay, startOfHour, startOfMonth } from 'date-fns';

// Windows are cut on the calendar of the provider's time zone, and the engine is asked to bucket
// in the same zone, so "last 7 days" and each bar's day are the viewer's own days. TZDate comes
// with the date picker already, so the zone arithmetic costs no extra bytes.

export const usagePresets: readonly UsagePreset[] = [
  'last_24_hours',
  'last_7_days',
  'last_30_days',
  'last_90_days',
  'this_month',
  'last_month',
  'last_12_months',
];

export const granularities: readonly UsageGranularity[] = ['hour', 'day', 'week', 'month'];

export interface UsageWindow {
  /** ISO start, included. */
  from: string;
  /** ISO end, excluded. */
  to: string;
}

const DAY = 86_400_000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` of an instant on the calendar of `timeZone`. */
export function toDay(ms: number, timeZone: string): string {
  const date = new TZDate(ms, timeZone);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Start of a `YYYY-MM-DD` day in `timeZone`; throws a sentence naming the bad value otherwise. */
export function parseDay(day: string, timeZone: string): number {
  const match = DAY_PATTERN.exec(day);
  const ms = match ? new TZDate(Number(match[1]), Number(match[2]) - 1, Number(match[3]), timeZone).getTime() : NaN;
  if (Number.isNaN(ms) || toDay(ms, timeZone) !== day) {
    throw new RangeError(`creditkit: the chart's custom range needs days written YYYY-MM-DD, got "${day}".`);
  }
  return ms;
}

/**
 * The window a range covers at `now`, in `timeZone`. Ends are rounded up to the next hour (hourly
 * charts) or the next local midnight, so that the same filter asked twice within that time gives
 * the same query key and is served from the cache instead of being fetched again.
 */
export function resolveWindow(
  range: UsageRange,
  granularity: UsageGranularity,
  now: number,
  timeZone: string,
): UsageWindow {
  const window = (from: Date | number, to: Date | number) => ({
    from: new Date(from).toISOString(),
    to: new Date(to).toISOString(),
  });
  const zoned = new TZDate(now, timeZone);
  if (!('preset' in range)) {
    const [first, last] = [range.from, range.to].sort();
    return window(parseDay(first!, timeZone), startOfDay(addDays(new TZDate(parseDay(last!, timeZone), timeZone), 1)));
  }
  const nextHour = addHours(startOfHour(zoned), 1);
  const tomorrow = startOfDay(addDays(zoned, 1));
  const end = granularity === 'hour' ? nextHour : tomorrow;
  const daysBack = (days: number) =>
    granularity === 'hour'
      ? window(addHours(nextHour, -24 * days), nextHour)
      : window(startOfDay(addDays(tomorrow, -days)), tomorrow);
  switch (range.preset) {
    case 'last_24_hours':
      return window(addHours(nextHour, -24), nextHour);
    case 'last_7_days':
      return daysBack(7);
    case 'last_30_days':
      return daysBack(30);
    case 'last_90_days':
      return daysBack(90);
    case 'this_month':
      return window(startOfMonth(zoned), end);
    case 'last_month':
      return window(startOfMonth(addMonths(zoned, -1)), startOfMonth(zoned));
    case 'last_12_months':
      return window(startOfMonth(addMonths(zoned, -11)), end);
  }
}

/**
 * Length of a window in days, to the nearest eighth: a week across a daylight-saving change
 * (6 days 23 hours) still counts as 7 days.
 */
export function windowDays({ from, to }: UsageWindow): number {
  return Math.round(((Date.parse(to) - Date.parse(from)) / DAY) * 8) / 8;
}

/**
 * Granularities that make sense for a window: hours up to a week (168 bars), days from two days to
 * a year, weeks from two weeks, months from two months. Fewer than two bars or more than a few
 * hundred say nothing a person can read.
 */
export function allowedGranularities(window: UsageWindow): UsageGranularity[] {
  const days = windowDays(window);
  return granularities.filter((granularity) => {
    switch (granularity) {
      case 'hour':
        return days <= 7;
      case 'day':
        return days >= 2 && days <= 366;
      case 'week':
        return days >= 14;
      case 'month':
        return days >= 59;
    }
  });
}

/** The granularity a window opens with: about 24 to 120 bars where possible. */
export function defaultGranularity(window: UsageWindow): UsageGranularity {
  const days = windowDays(window);
  if (days < 2) return 'hour';
  if (days <= 92) return 'day';
  if (days <= 200) return 'week';
  return 'month';
}

/** `granularity` when the window allows it, else the window's default. */
export function fitGranularity(
  range: UsageRange,
  granularity: UsageGranularity,
  now: number,
  timeZone: string,
): UsageGranularity {
  // The window of an hourly preset ends at the next hour, of a daily one at midnight; judging
  // its length by the daily window keeps the answer stable through the day.
  const window = resolveWindow(range, 'day', now, timeZone);
  return allowedGranularities(window).includes(granularity) ? granularity : defaultGranularity(window);
}
