import type { CreditsClient } from '@creditkit/client';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { creditQueries } from '../queries';

/** Coalesce a burst of events (a batch of usage) into one refetch per prefix. */
const COALESCE_MS = 100;

/**
 * Subscribes once per provider to the customer's event stream and invalidates what an event can
 * have changed. An event names a currency, so every pool of that currency refetches: one usage or
 * top-up moves a pool's balance, the summary across pools, the forecast and the chart together, and
 * only the queries on screen refetch (react-query's default), so this stays cheap.
 */
export function useLiveUpdates(client: CreditsClient, customerId: string, enabled: boolean): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    // A client for another backend may not stream; widgets then refresh on their own schedule.
    if (!enabled || typeof client.subscribeEvents !== 'function') return;
    const pending = new Set<string>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      timer = undefined;
      for (const currencyId of pending) {
        const queryKey =
          currencyId === '*' ? creditQueries.all(customerId) : [...creditQueries.all(customerId), currencyId];
        void queryClient.invalidateQueries({ queryKey });
      }
      void queryClient.invalidateQueries({ queryKey: creditQueries.customer(customerId) });
      pending.clear();
    };
    const unsubscribe = client.subscribeEvents({
      customerId,
      onEvent(event) {
        pending.add(event.currencyId ?? '*');
        timer ??= setTimeout(flush, COALESCE_MS);
      },
    });
    return () => {
      if (timer) clearTimeout(timer);
      unsubscribe();
    };
  }, [client, customerId, enabled, queryClient]);
}
