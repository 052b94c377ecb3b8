import type { CreditsClient } from '@creditkit/client';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import {
  ALL_POOLS,
  type UsageData,
  type UsageDimensionsData,
  type UsageGranularity,
  type UsagePool,
  type UsageResource,
} from './types';

export interface UsageScope {
  customerId: string;
  currencyId: string;
  pool: UsagePool;
  from: string;
  to: string;
}

export interface UsageQuery extends UsageScope {
  granularity: UsageGranularity;
  groupBy: string;
  filters: Record<string, string[]>;
  maxSeries: number;
}

interface RequestInit {
  signal?: AbortSignal;
}

/** The part of the client the chart needs; any backend's client that has these three works. */
export interface UsageClient {
  queryUsage(params: Record<string, unknown>, init?: RequestInit): Promise<UsageData>;
  listUsageDimensions(params: Record<string, unknown>, init?: RequestInit): Promise<UsageDimensionsData>;
  listResources(params: { customerId: string }, init?: RequestInit): Promise<{ data: UsageResource[] }>;
}

const missing = (method: string) => () =>
  Promise.reject(
    new Error(
      `creditkit: CreditUsageChart needs a client with ${method}. Give <CreditsProvider> a baseUrl (the ` +
        'reference client has it) or add it to the client you pass in.',
    ),
  );

/**
 * The chart's view of the provider's client. A client without the usage methods still renders:
 * its queries fail with a sentence that says what is missing, shown in the error state.
 */
export function usageClient(client: CreditsClient): UsageClient {
  const source = client as Partial<UsageClient>;
  return {
    queryUsage: source.queryUsage?.bind(client) ?? missing('queryUsage'),
    listUsageDimensions: source.listUsageDimensions?.bind(client) ?? missing('listUsageDimensions'),
    // Without resources the pool choice is the global pool or all pools.
    listResources: source.listResources?.bind(client) ?? (() => Promise.resolve({ data: [] })),
  };
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

const USAGE_STALE_TIME = 60_000;

const poolKey = (pool: UsagePool) => (pool === null ? '@global' : pool === ALL_POOLS ? '@all' : pool);

function poolParams(pool: UsagePool) {
  return pool === ALL_POOLS ? { allPools: 'true' } : { resourceId: pool ?? undefined };
}

/** Query options for the chart, keyed under the pool like every creditkit query. */
export const usageQueries = {
  usage: (client: UsageClient, query: UsageQuery) => {
    const filters = normalizeFilters(query.filters);
    const { from, to, granularity, groupBy, maxSeries } = query;
    return queryOptions({
      queryKey: [
        'creditkit',
        query.customerId,
        query.currencyId,
        poolKey(query.pool),
        'usage',
        { from, to, granularity, groupBy, filters, maxSeries },
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
            groupBy,
            filter: Object.entries(filters).flatMap(([key, values]) => values.map((value) => `${key}:${value}`)),
            maxSeries,
          },
          { signal },
        ),
      // A filter change keeps the last chart on screen until the new one arrives: no flash.
      placeholderData: keepPreviousData,
      // Going back to a filter seen a moment ago is served from the cache, not asked again; new
      // usage reaches the chart by invalidation of the customer's keys, not by polling.
      staleTime: USAGE_STALE_TIME,
    });
  },
  dimensions: (client: UsageClient, scope: UsageScope) =>
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
  resources: (client: UsageClient, customerId: string) =>
    queryOptions({
      queryKey: ['creditkit', customerId, 'resources'] as const,
      queryFn: ({ signal }) => client.listResources({ customerId }, { signal }),
      staleTime: 60_000,
    }),
};
