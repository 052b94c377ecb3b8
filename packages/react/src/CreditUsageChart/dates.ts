import type { UsageGranularity } from './types';

const formats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

// An hour bucket is the same instant everywhere, so it reads best in the viewer's own clock. Days,
// weeks and months are cut at UTC midnight by the engine; shown in a local zone west of UTC they
// would carry the previous day's date, so they are written in UTC.
const zone = (granularity: UsageGranularity) => (granularity === 'hour' ? {} : { timeZone: 'UTC' });

/** Short bucket label for an axis tick: "3 PM", "Nov 5", "Nov 2026". */
export function formatTick(iso: string, granularity: UsageGranularity, locale: string): string {
  const options: Intl.DateTimeFormatOptions =
    granularity === 'hour'
      ? { hour: 'numeric' }
      : granularity === 'month'
        ? { month: 'short', year: 'numeric' }
        : { month: 'short', day: 'numeric' };
  return dateFormat(locale, { ...options, ...zone(granularity) }).format(new Date(iso));
}

/** Full bucket label for the tooltip and the table: "Nov 5, 2026, 3:00 PM", "Nov 5, 2026", "November 2026". */
export function formatBucket(iso: string, granularity: UsageGranularity, locale: string): string {
  const options: Intl.DateTimeFormatOptions =
    granularity === 'hour'
      ? { dateStyle: 'medium', timeStyle: 'short' }
      : granularity === 'month'
        ? { month: 'long', year: 'numeric' }
        : { dateStyle: 'medium' };
  return dateFormat(locale, { ...options, ...zone(granularity) }).format(new Date(iso));
}

/** A `YYYY-MM-DD` day as the locale writes it ("Nov 5, 2026"). */
export function formatDay(day: string, locale: string): string {
  return dateFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}
