import type { CreditsClient, Quote } from '@creditkit/client';
import { queryOptions } from '@tanstack/react-query';
import { poolKey, type PoolScope } from '../queries';

/** Milliseconds before a quote's expiry at which it is treated as expired (clock skew, time to pay). */
export const QUOTE_MARGIN_MS = 5_000;

export function quoteExpiresIn(quote: Quote, now = Date.now()): number {
  return Date.parse(quote.expiresAt) - QUOTE_MARGIN_MS - now;
}

/** Query-options factories of the checkout, under the pool's key so success invalidates them with it. */
export const checkoutQueries = {
  packs: (client: CreditsClient, scope: PoolScope) =>
    queryOptions({
      queryKey: [...poolKey(scope), 'checkout', 'packs'] as const,
      queryFn: ({ signal }) => client.listPacks({ currencyId: scope.currencyId }, { signal }),
      staleTime: 60_000,
    }),
  /** A server quote for `credits`; refetched by itself when it expires, so an expired price is never shown. */
  quote: (client: CreditsClient, scope: PoolScope, credits: string | null, packId: string | null) =>
    queryOptions({
      queryKey: [...poolKey(scope), 'checkout', 'quote', credits, packId] as const,
      queryFn: ({ signal }) =>
        client.createQuote(
          {
            customerId: scope.customerId,
            currencyId: scope.currencyId,
            ...(scope.resourceId ? { resourceId: scope.resourceId } : {}),
            // A pack is quoted by id (its price is the server's); a custom amount by its credits.
            ...(packId ? { packId } : { credits: credits ?? '0' }),
          },
          { signal },
        ),
      enabled: credits !== null,
      staleTime: (query) => (query.state.data ? Math.max(0, quoteExpiresIn(query.state.data)) : 0),
      refetchInterval: (query) => (query.state.data ? Math.max(1_000, quoteExpiresIn(query.state.data)) : false),
      gcTime: 0,
      retry: 1,
      retryDelay: 300,
    }),
};
