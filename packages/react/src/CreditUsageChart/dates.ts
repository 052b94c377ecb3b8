import type { UsageGranularity } from './types';

const formats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

// The engine cuts buckets in the provider's time zone, so every bucket start is written in that
// zone: a day bucket starting at local midnight carries its own date.

/** Short bucket label for an axis tick: "3 PM", "Nov 5", "Nov 2026". */
export function formatTick(iso: string, granularity: UsageGranularity, locale: string, timeZone: string): string {
  const options: Intl.DateTimeFormatOptions =
    granularity === 'hour'
      ? { hour: 'numeric' }
      : granularity === 'month'
        ? { month: 'short', year: 'numeric' }
        : { month: 'short', day: 'numeric' };
  return dateFormat(locale, { ...options, timeZone }).format(new Date(iso));
}

/** Full bucket label for the tooltip and the table: "Nov 5, 2026, 3:00 PM", "Nov 5, 2026", "November 2026". */
export function formatBucket(iso: string, granularity: UsageGranularity, locale: string, timeZone: string): string {
  const options: Intl.DateTimeFormatOptions =
    granularity === 'hour'
      ? { dateStyle: 'medium', timeStyle: 'short' }
      : granularity === 'month'
        ? { month: 'long', year: 'numeric' }
        : { dateStyle: 'medium' };
  return dateFormat(locale, { ...options, timeZone }).format(new Date(iso));
}

/** A `YYYY-MM-DD` calendar day as the locale writes it ("Nov 5, 2026"); a day, not an instant, so no zone. */
export function formatDay(day: string, locale: string): string {
  return dateFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}
