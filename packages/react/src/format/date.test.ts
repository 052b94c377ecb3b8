import { describe, expect, it } from 'vitest';
import { daysUntil, formatDate, formatDateTime, formatRelativeTime } from './date';

// 23:30 on Nov 14 in UTC is 18:30 the same day in New York and 13:30 on Nov 15 in Kiritimati (UTC+14).
const lateEvening = '2026-11-14T23:30:00Z';

describe('dates in a time zone', () => {
  it("shows the date and time of the zone's calendar and clock", () => {
    expect(formatDate(lateEvening, 'en-US', 'UTC')).toBe('Nov 14, 2026');
    expect(formatDate(lateEvening, 'en-US', 'Pacific/Kiritimati')).toBe('Nov 15, 2026');
    expect(formatDate('2026-11-15T03:00:00Z', 'en-US', 'America/New_York')).toBe('Nov 14, 2026');
    // The space before "PM" differs between ICU versions.
    expect(formatDateTime(lateEvening, 'en-US', 'UTC')).toMatch(/^Nov 14, 2026, 11:30\sPM$/);
    expect(formatDateTime(lateEvening, 'de-DE', 'America/New_York')).toBe('14.11.2026, 18:30');
  });

  it('counts calendar days in the zone, not 24-hour spans', () => {
    const now = Date.parse('2026-11-14T20:00:00Z');
    // Half past midnight UTC is tomorrow in UTC but still today (19:30) in New York.
    expect(daysUntil(lateEvening, now, 'UTC')).toBe(0);
    expect(daysUntil('2026-11-15T00:30:00Z', now, 'UTC')).toBe(1);
    expect(daysUntil('2026-11-15T00:30:00Z', now, 'America/New_York')).toBe(0);
    // 20:00 UTC is already Nov 15 in Kiritimati, so its Nov 15 is today there.
    expect(daysUntil(lateEvening, now, 'Pacific/Kiritimati')).toBe(0);
    expect(daysUntil('2026-11-10T12:00:00Z', now, 'UTC')).toBe(-4);
  });

  it('says "tomorrow" for the next date in the zone, however few hours away', () => {
    const now = Date.parse('2026-11-14T22:00:00Z');
    // 26 hours on: Nov 16 in UTC (two calendar days), Nov 15 in New York (17:00 → 19:00 next day).
    expect(formatRelativeTime('2026-11-16T00:00:00Z', 'en-US', now, 'UTC')).toBe('in 2 days');
    expect(formatRelativeTime('2026-11-16T00:00:00Z', 'en-US', now, 'America/New_York')).toBe('tomorrow');
    expect(formatRelativeTime('2026-11-14T20:00:00Z', 'en-US', now, 'UTC')).toBe('2 hours ago');
  });
});
