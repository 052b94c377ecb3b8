import { useQuery } from '@tanstack/react-query';
import { formatAmount, type NumberOptions } from '../format/format';
import { useCreditsContext } from '../provider/context';
import { creditQueries } from '../queries';

export interface UseCreditBalanceOptions extends NumberOptions {
  /** The credit currency to show, e.g. `cred-type-ai-tokens`. */
  currencyId: string;
  /** The pool to show; overrides the provider's. `null` is the global pool. */
  resourceId?: string | null;
}

export type CreditBalanceState = 'loading' | 'error' | 'ok';

/** Headless state of a balance: what `CreditBalance` renders, for developers who want their own markup. */
export function useCreditBalance({ currencyId, resourceId, ...numberOptions }: UseCreditBalanceOptions) {
  const context = useCreditsContext();
  const scope = {
    customerId: context.customerId,
    currencyId,
    resourceId: resourceId === undefined ? context.resourceId : resourceId,
  };
  const query = useQuery(creditQueries.balance(context.client, scope));
  const data = query.data;
  const state: CreditBalanceState = query.isPending ? 'loading' : query.isError ? 'error' : 'ok';
  return {
    state,
    scope,
    balance: data?.balance,
    currency: data?.currency,
    formatted: data ? formatAmount(data.balance, context.locale, data.currency, numberOptions) : undefined,
    error: query.error,
    /** Refetches after an error. */
    retry: () => void query.refetch(),
    isFetching: query.isFetching,
  };
}
