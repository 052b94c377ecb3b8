import type { UsageDimensions, UsageQueryResult } from '@creditkit/client';
import type { UsageDimensionsResult, UsageQueryResult as EngineUsageQuery } from '@creditkit/core';

/*
 * The HTTP contract reshapes the engine's usage analytics: points carry their bucket, every series
 * has a label, and dimensions list their values by name.
 */

export function toUsageQueryResult(
  result: EngineUsageQuery,
  request: { groupBy: string; allPools: boolean; labelOf: (key: string) => string | undefined },
): UsageQueryResult {
  return {
    currencyId: result.currencyId,
    resourceId: request.allPools ? null : result.resourceId,
    allPools: request.allPools,
    from: result.from,
    to: result.to,
    granularity: result.granularity,
    timeZone: result.timeZone,
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

export function toUsageDimensions(result: UsageDimensionsResult): UsageDimensions {
  return {
    from: result.from,
    to: result.to,
    dimensions: result.keys.map((k) => ({ key: k.key, values: k.values.map((v) => v.value) })),
  };
}
