import type {
  CreditsClient,
  GrantSortDirection,
  GrantSortField,
  GrantStatus,
  LedgerEntryType,
} from '@creditkit/client';
import { queryOptions } from '@tanstack/react-query';

export interface PoolScope {
  customerId: string;
  currencyId: string;
  resourceId: string | null;
}

export interface GrantFilters {
  status?: GrantStatus | undefined;
  /** The server sorts every grant of the pool by this field. Default (server): `createdAt`. */
  sort?: GrantSortField | undefined;
  /** Default (server): `desc`. */
  direction?: GrantSortDirection | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
}

export interface LedgerFilters {
  type?: LedgerEntryType | undefined;
  /** ISO instant: entries at or after it. */
  from?: string | undefined;
  /** ISO instant: entries before it. */
  to?: string | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
}

// The keys and the balance stand alone too, so an entry that needs only them (the checkout) can
// leave the other factories out of its bundle: an object's unused members are never tree-shaken.
/** Everything of a customer: `creditQueries.all`. */
export const customerKey = (customerId: string) => ['creditkit', customerId] as const;
/** Everything of one pool: `creditQueries.pool`. */
export const poolKey = (scope: PoolScope) =>
  ['creditkit', scope.customerId, scope.currencyId, scope.resourceId ?? '@global'] as const;
/** A pool's balance: `creditQueries.balance`. */
export const balanceQuery = (client: CreditsClient, scope: PoolScope) =>
  queryOptions({
    queryKey: [...poolKey(scope), 'balance'] as const,
    queryFn: ({ signal }) => client.getBalance(scope, { signal }),
  });

/**
 * Query-options factories with hierarchical keys: `['creditkit', customerId, currencyId,
 * resourceId | '@global', …]`, so a mutation or a live event can invalidate everything of a
 * customer, a currency or a pool by prefix. What belongs to the customer rather than to a currency
 * (its resources) lives under `['creditkit', customerId, '@customer', …]`, the catalogue (feature
 * names) under `['creditkit', customerId, '@catalog', …]`, out of the way of live refreshes; what belongs to a
 * currency across its pools (the auto-recharge policy) under `[…, currencyId, '@policy', …]`.
 */
export const creditQueries = {
  all: customerKey,
  customer: (customerId: string) => ['creditkit', customerId, '@customer'] as const,
  catalog: (customerId: string) => ['creditkit', customerId, '@catalog'] as const,
  currency: (customerId: string, currencyId: string) => ['creditkit', customerId, currencyId] as const,
  pool: poolKey,
  balance: balanceQuery,
  forecast: (client: CreditsClient, scope: PoolScope) =>
    queryOptions({
      queryKey: [...creditQueries.pool(scope), 'forecast'] as const,
      queryFn: ({ signal }) => client.getForecast(scope, { signal }),
    }),
  utilization: (client: CreditsClient, scope: PoolScope) =>
    queryOptions({
      queryKey: [...creditQueries.pool(scope), 'utilization'] as const,
      queryFn: ({ signal }) => client.getUtilization(scope, { signal }),
    }),
  grants: (client: CreditsClient, scope: PoolScope, filters: GrantFilters = {}) =>
    queryOptions({
      queryKey: [...creditQueries.pool(scope), 'grants', filters] as const,
      queryFn: ({ signal }) => client.listGrants({ ...scope, ...filters }, { signal }),
    }),
  ledger: (client: CreditsClient, scope: PoolScope, filters: LedgerFilters = {}) =>
    queryOptions({
      queryKey: [...creditQueries.pool(scope), 'ledger', filters] as const,
      queryFn: ({ signal }) => client.listLedger({ ...scope, ...filters }, { signal }),
    }),
  autoRechargeStatus: (client: CreditsClient, customerId: string, currencyId: string) =>
    queryOptions({
      queryKey: [...creditQueries.currency(customerId, currencyId), '@policy', 'auto-recharge-status'] as const,
      queryFn: ({ signal }) => client.getAutoRechargeStatus({ customerId, currencyId }, { signal }),
    }),
  balanceSummary: (client: CreditsClient, customerId: string, currencyId: string) =>
    queryOptions({
      queryKey: [...creditQueries.currency(customerId, currencyId), '@all', 'balance-summary'] as const,
      queryFn: ({ signal }) => client.getBalanceSummary({ customerId, currencyId }, { signal }),
    }),
  /** A currency's features with their display names; the catalogue changes rarely, so it stays fresh a while. */
  features: (client: CreditsClient, customerId: string, currencyId: string) =>
    queryOptions({
      queryKey: [...creditQueries.catalog(customerId), currencyId, 'features'] as const,
      queryFn: ({ signal }) => client.listFeatures({ currencyId }, { signal }),
      staleTime: 5 * 60_000,
    }),
  resources: (client: CreditsClient, customerId: string) =>
    queryOptions({
      queryKey: [...creditQueries.customer(customerId), 'resources'] as const,
      queryFn: ({ signal }) => client.listResources({ customerId }, { signal }),
      staleTime: 60_000,
    }),
};
