import type { CreditsClient } from '@creditkit/client';
import { queryOptions } from '@tanstack/react-query';

export interface PoolScope {
  customerId: string;
  currencyId: string;
  resourceId: string | null;
}

/**
 * Query-options factories with hierarchical keys: `['creditkit', customerId, currencyId,
 * resourceId | '@global', …]`, so a mutation or a live event can invalidate everything of a
 * customer, a currency or a pool by prefix. What belongs to the customer rather than to a currency
 * (its resources) lives under `['creditkit', customerId, '@customer', …]`.
 */
export const creditQueries = {
  all: (customerId: string) => ['creditkit', customerId] as const,
  customer: (customerId: string) => ['creditkit', customerId, '@customer'] as const,
  currency: (customerId: string, currencyId: string) => ['creditkit', customerId, currencyId] as const,
  pool: (scope: PoolScope) => ['creditkit', scope.customerId, scope.currencyId, scope.resourceId ?? '@global'] as const,
  balance: (client: CreditsClient, scope: PoolScope) =>
    queryOptions({
      queryKey: [...creditQueries.pool(scope), 'balance'] as const,
      queryFn: ({ signal }) => client.getBalance(scope, { signal }),
    }),
};
