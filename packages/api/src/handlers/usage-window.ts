import type { DatePreset } from '@creditkit/client';
import { addBuckets, bucketStart, UTC } from '@creditkit/core';
import { ApiError } from '../errors';

/**
 * The window a usage read covers: `from`/`to` as given, else a preset, else `30d`. Presets are
 * whole buckets of the time zone (UTC by default) ending with the current one, so the last bar of
 * a chart is "today so far" on the reader's own calendar.
 */
export function resolveWindow(
  now: Date,
  query: {
    from?: string | undefined;
    to?: string | undefined;
    preset?: DatePreset | undefined;
    timeZone?: string | undefined;
  },
): { from: string; to: string } {
  if (query.from !== undefined || query.to !== undefined) {
    if (query.from === undefined || query.to === undefined) {
      throw new ApiError(
        400,
        'invalid_request',
        'A custom window needs both `from` and `to`; or pass a `preset` instead.',
        {
          fields: [
            { field: query.from === undefined ? 'from' : 'to', in: 'query', message: 'is required with the other' },
          ],
        },
      );
    }
    if (Date.parse(query.from) >= Date.parse(query.to)) {
      throw new ApiError(400, 'invalid_request', '`from` must be before `to`; swap them or widen the window.', {
        fields: [{ field: 'from', in: 'query', message: 'must be before `to`' }],
      });
    }
    return { from: new Date(query.from).toISOString(), to: new Date(query.to).toISOString() };
  }
  const zone = query.timeZone ?? UTC;
  const ms = now.getTime();
  const today = bucketStart(ms, 'day', zone);
  const tomorrow = addBuckets(today, 1, 'day', zone);
  const month = bucketStart(ms, 'month', zone);
  const range = (from: number, to: number) => ({ from: new Date(from).toISOString(), to: new Date(to).toISOString() });
  switch (query.preset ?? '30d') {
    case '24h': {
      const hour = bucketStart(ms, 'hour', zone);
      return range(addBuckets(hour, -23, 'hour', zone), addBuckets(hour, 1, 'hour', zone));
    }
    case '7d':
      return range(addBuckets(today, -6, 'day', zone), tomorrow);
    case '30d':
      return range(addBuckets(today, -29, 'day', zone), tomorrow);
    case '90d':
      return range(addBuckets(today, -89, 'day', zone), tomorrow);
    case 'month_to_date':
      return range(month, tomorrow);
    case 'last_month':
      return range(addBuckets(month, -1, 'month', zone), month);
  }
}

/** `["model:a", "model:b", "region:eu"]` → `{ model: ["a", "b"], region: ["eu"] }`. */
export function parseFilters(filters: readonly string[] | undefined): Record<string, string[]> | undefined {
  if (!filters || filters.length === 0) return undefined;
  const out: Record<string, string[]> = {};
  for (const filter of filters) {
    const colon = filter.indexOf(':');
    const key = filter.slice(0, colon);
    (out[key] ??= []).push(filter.slice(colon + 1));
  }
  return out;
}
