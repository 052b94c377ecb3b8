/**
 * Period arithmetic in UTC, so periods do not depend on the machine's time zone. Month and year
 * periods count from the anchor (not from the previous boundary), so a subscription started on
 * the 31st renews on the last day of shorter months and on the 31st again after them.
 */
import type { Cadence } from './types';

const DAY = 86_400_000;

export function addCadence(anchor: number, cadence: Cadence, periods: number): number {
  switch (cadence) {
    case 'day':
      return anchor + periods * DAY;
    case 'week':
      return anchor + periods * 7 * DAY;
    case 'month':
      return addMonths(anchor, periods);
    case 'year':
      return addMonths(anchor, periods * 12);
  }
}

function addMonths(anchor: number, months: number): number {
  const d = new Date(anchor);
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(d.getUTCDate(), lastDay);
  return Date.UTC(year, month, day) + (anchor - Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

/** Start of the UTC calendar month containing `ms`. */
export function monthStart(ms: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

export function nextMonthStart(ms: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

/** `YYYY-MM` of the UTC month containing `ms`: the key monthly spend limits count under. */
export function monthKey(ms: number): string {
  return new Date(ms).toISOString().slice(0, 7);
}

export const HOUR = 3_600_000;
export { DAY };
