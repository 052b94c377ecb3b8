import type { CreditsClient, Quote } from '@creditkit/client';
import { queryOptions } from '@tanstack/react-query';
import { poolKey, type PoolScope } from '../queries';

/** Milliseconds before a quote's expiry at which it is treated as expired (clock skew, time to pay). */
export const QUOTE_MARGIN_MS = 5_000;

/**
 * Milliseconds a quote has left on this device's clock: its lifetime counted from when it arrived
 * (`receivedAt`), so a device clock that disagrees with the server's neither pays a stale price nor
 * re-quotes in a loop.
 */
export function quoteExpiresIn(quote: Quote, receivedAt: number, now = Date.now()): number {
  return receivedAt + Date.parse(quote.expiresAt) - Date.parse(quote.createdAt) - QUOTE_MARGIN_MS - now;
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
      staleTime: ({ state }) => (state.data ? Math.max(0, quoteExpiresIn(state.data, state.dataUpdatedAt)) : 0),
      refetchInterval: ({ state }) =>
        state.data ? Math.max(1_000, quoteExpiresIn(state.data, state.dataUpdatedAt)) : false,
      gcTime: 0,
      retry: 1,
      retryDelay: 300,
    }),
};
