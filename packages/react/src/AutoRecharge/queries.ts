import type { CreditsClient } from '@creditkit/client';
import { queryOptions } from '@tanstack/react-query';
import { creditQueries } from '../queries';

export interface PolicyScope {
  customerId: string;
  currencyId: string;
}

/** One policy per customer × currency covers every pool, so its keys sit under the global pool's. */
const base = (scope: PolicyScope) => [...creditQueries.pool({ ...scope, resourceId: null }), 'auto-recharge'] as const;

export const autoRechargeQueries = {
  all: base,
  status: (client: CreditsClient, scope: PolicyScope) =>
    queryOptions({
      queryKey: [...base(scope), 'status'] as const,
      queryFn: ({ signal }) => client.getAutoRechargeStatus(scope, { signal }),
    }),
};
