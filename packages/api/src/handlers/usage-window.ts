import type { DatePreset } from '@creditkit/client';
import { ApiError } from '../errors';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * The window a usage read covers: `from`/`to` as given, else a preset, else `30d`. Presets are
 * whole UTC buckets ending with the current one, so the last bar of a chart is "today so far".
 */
export function resolveWindow(
  now: Date,
  query: { from?: string | undefined; to?: string | undefined; preset?: DatePreset | undefined },
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
  const ms = now.getTime();
  const today = Math.floor(ms / DAY) * DAY;
  const month = (offset: number) => Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1);
  const range = (from: number, to: number) => ({ from: new Date(from).toISOString(), to: new Date(to).toISOString() });
  switch (query.preset ?? '30d') {
    case '24h': {
      const hour = Math.floor(ms / HOUR) * HOUR;
      return range(hour - 23 * HOUR, hour + HOUR);
    }
    case '7d':
      return range(today - 6 * DAY, today + DAY);
    case '30d':
      return range(today - 29 * DAY, today + DAY);
    case '90d':
      return range(today - 89 * DAY, today + DAY);
    case 'month_to_date':
      return range(month(0), today + DAY);
    case 'last_month':
      return range(month(-1), month(0));
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
