import type { CreditsClient } from '@creditkit/client';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { ALL_POOLS, type UsageGranularity, type UsagePool } from './types';

export interface UsageScope {
  customerId: string;
  currencyId: string;
  pool: UsagePool;
  from: string;
  to: string;
}

export interface UsageQuery extends UsageScope {
  granularity: UsageGranularity;
  /** The IANA zone the engine cuts buckets in. */
  timeZone: string;
  groupBy: string;
  filters: Record<string, string[]>;
  maxSeries: number;
}

/**
 * Sorted keys and values, empty keys dropped: `{b:[y,x],a:[]}` and `{b:[x,y]}` are the same filter
 * and must share one cache entry.
 */
export function normalizeFilters(filters: Record<string, string[]>): Record<string, string[]> {
  const normal: Record<string, string[]> = {};
  for (const key of Object.keys(filters).sort()) {
    const values = [...new Set(filters[key])].sort();
    if (values.length > 0) normal[key] = values;
  }
  return normal;
}

/** The contract's `key:value` filter strings. */
export const filterParams = (filters: Record<string, string[]>) =>
  Object.entries(normalizeFilters(filters)).flatMap(([key, values]) => values.map((value) => `${key}:${value}`));

// Going back to a filter seen a moment ago is served from the cache, not asked again; new usage
// reaches the chart by invalidation of the customer's keys, not by polling.
const USAGE_STALE_TIME = 60_000;

const poolKey = (pool: UsagePool) => (pool === null ? '@global' : pool === ALL_POOLS ? '@all' : pool);

const poolParams = (pool: UsagePool) => (pool === ALL_POOLS ? { allPools: true } : { resourceId: pool });

/** Query options for the chart, keyed under the pool like every creditkit query. */
export const usageQueries = {
  usage: (client: CreditsClient, query: UsageQuery) => {
    const filters = normalizeFilters(query.filters);
    const { from, to, granularity, timeZone, groupBy, maxSeries } = query;
    return queryOptions({
      queryKey: [
        'creditkit',
        query.customerId,
        query.currencyId,
        poolKey(query.pool),
        'usage',
        { from, to, granularity, timeZone, groupBy, filters, maxSeries },
      ] as const,
      queryFn: ({ signal }) =>
        client.queryUsage(
          {
            customerId: query.customerId,
            currencyId: query.currencyId,
            ...poolParams(query.pool),
            from,
            to,
            granularity,
            timeZone,
            groupBy,
            filter: filterParams(filters),
            maxSeries,
          },
          { signal },
        ),
      // A filter change keeps the last chart on screen until the new one arrives: no flash.
      placeholderData: keepPreviousData,
      staleTime: USAGE_STALE_TIME,
    });
  },
  dimensions: (client: CreditsClient, scope: UsageScope) =>
    queryOptions({
      queryKey: [
        'creditkit',
        scope.customerId,
        scope.currencyId,
        poolKey(scope.pool),
        'usage-dimensions',
        { from: scope.from, to: scope.to },
      ] as const,
      queryFn: ({ signal }) =>
        client.listUsageDimensions(
          {
            customerId: scope.customerId,
            currencyId: scope.currencyId,
            ...poolParams(scope.pool),
            from: scope.from,
            to: scope.to,
          },
          { signal },
        ),
      placeholderData: keepPreviousData,
      staleTime: USAGE_STALE_TIME,
    }),
  resources: (client: CreditsClient, customerId: string) =>
    queryOptions({
      queryKey: ['creditkit', customerId, 'resources'] as const,
      queryFn: ({ signal }) => client.listResources({ customerId }, { signal }),
      staleTime: 60_000,
    }),
};
