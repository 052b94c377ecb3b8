import type { UsageGranularity, UsagePreset, UsageRange } from './types';

// Buckets are aligned in UTC by the engine, so windows are cut in UTC too: a "day" here is the
// same day the server counts, whatever the viewer's time zone.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

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

const startOfUtcDay = (ms: number) => ms - (((ms % DAY) + DAY) % DAY);
const ceilToHour = (ms: number) => Math.ceil(ms / HOUR) * HOUR;
const utcMonth = (ms: number, monthsBack = 0) => {
  const date = new Date(ms);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - monthsBack, 1);
};
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** `YYYY-MM-DD` of an instant, in UTC. */
export function toDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Start of a `YYYY-MM-DD` day in UTC; throws a sentence naming the bad value otherwise. */
export function parseDay(day: string): number {
  const ms = DAY_PATTERN.test(day) ? Date.parse(`${day}T00:00:00Z`) : NaN;
  if (Number.isNaN(ms)) {
    throw new RangeError(`creditkit: the chart's custom range needs days written YYYY-MM-DD, got "${day}".`);
  }
  return ms;
}

/**
 * The window a range covers at `now`. Ends are rounded up to the next hour (hourly charts) or the
 * next UTC midnight, so that the same filter asked twice within that time gives the same query key
 * and is served from the cache instead of being fetched again.
 */
export function resolveWindow(range: UsageRange, granularity: UsageGranularity, now: number): UsageWindow {
  const window = (from: number, to: number) => ({ from: new Date(from).toISOString(), to: new Date(to).toISOString() });
  if (!('preset' in range)) {
    const from = parseDay(range.from);
    const to = parseDay(range.to);
    return window(Math.min(from, to), Math.max(from, to) + DAY);
  }
  const end = granularity === 'hour' ? ceilToHour(now + 1) : startOfUtcDay(now) + DAY;
  switch (range.preset) {
    case 'last_24_hours':
      return window(ceilToHour(now + 1) - DAY, ceilToHour(now + 1));
    case 'last_7_days':
      return window(end - 7 * DAY, end);
    case 'last_30_days':
      return window(end - 30 * DAY, end);
    case 'last_90_days':
      return window(end - 90 * DAY, end);
    case 'this_month':
      return window(utcMonth(now), end);
    case 'last_month':
      return window(utcMonth(now, 1), utcMonth(now));
    case 'last_12_months':
      return window(utcMonth(now, 11), end);
  }
}

/** Length of a window in days (fractional). */
export function windowDays({ from, to }: UsageWindow): number {
  return (Date.parse(to) - Date.parse(from)) / DAY;
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
export function fitGranularity(range: UsageRange, granularity: UsageGranularity, now: number): UsageGranularity {
  // The window of an hourly preset ends at the next hour, of a daily one at midnight; judging
  // its length by the daily window keeps the answer stable through the day.
  const window = resolveWindow(range, 'day', now);
  return allowedGranularities(window).includes(granularity) ? granularity : defaultGranularity(window);
}
