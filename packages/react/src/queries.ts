import type { CreditsClient } from '@creditkit/client';
import { queryOptions } from '@tanstack/react-query';

export interface PoolScope {
  customerId: string;
  currencyId: string;
  resourceId: string | null;
}

/**
 * Query-options factories with hierarchical keys: `['creditkit', customerId, …]`, so a mutation or a
 * live event can invalidate everything of a customer, a currency or a pool by prefix.
 */
export const creditQueries = {
  all: (customerId: string) => ['creditkit', customerId] as const,
  pool: (scope: PoolScope) => ['creditkit', scope.customerId, scope.currencyId, scope.resourceId ?? '@global'] as const,
  balance: (client: CreditsClient, scope: PoolScope) =>
    queryOptions({
      queryKey: [...creditQueries.pool(scope), 'balance'] as const,
      queryFn: ({ signal }) => client.getBalance(scope, { signal }),
    }),
};
