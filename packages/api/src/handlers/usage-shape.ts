import type { UsageDimensions, UsageQueryResult } from '@creditkit/client';
import { z } from 'zod';

/**
 * What the engine's usage analytics answer (`usageQuery`/`usageDimensions`), checked at runtime
 * because the adapter reaches those methods structurally. The HTTP contract reshapes it: points
 * carry their bucket, every series has a label, and dimensions list their values by name.
 */
const EngineSeries = z.object({
  key: z.string(),
  kind: z.enum(['value', 'none', 'other', 'total']),
  label: z.string().optional(),
  points: z.array(z.string()),
  total: z.string(),
});
export const EngineUsageQuery = z.object({
  currencyId: z.string(),
  resourceId: z.string().nullable(),
  from: z.string(),
  to: z.string(),
  granularity: z.enum(['hour', 'day', 'week', 'month']),
  buckets: z.array(z.string()),
  series: z.array(EngineSeries),
  total: z.string(),
});
export const EngineUsageDimensions = z.object({
  from: z.string(),
  to: z.string(),
  keys: z.array(z.object({ key: z.string(), values: z.array(z.object({ value: z.string() })) })),
});

export function toUsageQueryResult(
  raw: unknown,
  request: { groupBy: string; allPools: boolean; labelOf: (key: string) => string | undefined },
): UsageQueryResult {
  const result = EngineUsageQuery.parse(raw);
  return {
    currencyId: result.currencyId,
    resourceId: request.allPools ? null : result.resourceId,
    allPools: request.allPools,
    from: result.from,
    to: result.to,
    granularity: result.granularity,
    groupBy: request.groupBy,
    buckets: result.buckets,
    series: result.series.map((s) => ({
      key: s.key,
      label: s.label ?? (s.kind === 'value' ? (request.labelOf(s.key) ?? s.key) : s.key),
      kind: s.kind,
      points: result.buckets.map((bucket, i) => ({ bucket, credits: s.points[i] ?? '0' })),
      total: s.total,
    })),
    total: result.total,
  };
}

export function toUsageDimensions(raw: unknown): UsageDimensions {
  const result = EngineUsageDimensions.parse(raw);
  return {
    from: result.from,
    to: result.to,
    dimensions: result.keys.map((k) => ({ key: k.key, values: k.values.map((v) => v.value) })),
  };
}
