// Every function takes the IANA `timeZone` whose calendar the reader lives in (the provider's
// `timeZone`); without one, the runtime's own zone.

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A cached formatter; `timeZone: undefined` in `options` is Intl's default, the runtime's zone. */
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/** A date such as "Nov 15, 2026" / "15.11.2026" in the locale, on the calendar of `timeZone`. */
export function formatDate(iso: string, locale: string, timeZone?: string): string {
  return dateFormat(locale, { dateStyle: 'medium', timeZone }).format(new Date(iso));
}

/** A date and time such as "Nov 15, 2026, 12:00 PM" in the locale, on the clock of `timeZone`. */
export function formatDateTime(iso: string, locale: string, timeZone?: string): string {
  return dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));
}

/** The calendar day an instant falls on in `timeZone`, as a whole number of days since 1970-01-01. */
function calendarDay(instant: number, timeZone: string | undefined): number {
  const parts = dateFormat('en-US', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone }).formatToParts(
    instant,
  );
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(part('year'), part('month') - 1, part('day')) / 86_400_000;
}

/**
 * Calendar days from `now` until `iso` in `timeZone`: `0` when both fall on the same date there, `1`
 * when `iso` is tomorrow (even one minute after midnight), negative when past.
 */
export function daysUntil(iso: string, now: number = Date.now(), timeZone?: string): number {
  return calendarDay(new Date(iso).getTime(), timeZone) - calendarDay(now, timeZone);
}

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/**
 * "in 3 days" / "vor 2 Stunden": the largest whole unit between `now` and `iso`. Days are calendar
 * days in `timeZone`, so "tomorrow" is the next date on the reader's calendar, not 24 hours on.
 */
export function formatRelativeTime(iso: string, locale: string, now: number = Date.now(), timeZone?: string): string {
  const diff = new Date(iso).getTime() - now;
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, ms] of units) {
    if (Math.abs(diff) < ms) continue;
    return unit === 'day'
      ? format.format(daysUntil(iso, now, timeZone), 'day')
      : format.format(Math.round(diff / ms), unit);
  }
  return format.format(0, 'minute');
}
