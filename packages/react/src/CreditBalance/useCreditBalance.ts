import { useQuery } from '@tanstack/react-query';
import { compareDecimal } from '../format/decimal';
import { formatAmount, type NumberOptions } from '../format/format';
import { usePoolScope, type TopUpRequest } from '../provider/context';
import { creditQueries } from '../queries';

export interface UseCreditBalanceOptions extends NumberOptions {
  /** The credit currency to show, e.g. `cred-type-ai-tokens`. */
  currencyId: string;
  /** The pool to show; overrides the provider's. `null` is the global pool. */
  resourceId?: string | null;
  /**
   * At or below this balance (a decimal string) the state is `low`. Default: the currency's own
   * low-balance threshold, as the server reports it in the balance's `state`.
   */
  lowThreshold?: string;
  /** Called by "Add credits" instead of opening the provider's `TopUpCheckout`. */
  onAddCredits?: (request: TopUpRequest) => void;
  /** Read the projected run-out date from the recent burn rate. Default: `true`. */
  showForecast?: boolean;
  /** Read whether auto-recharge is on for this currency. Default: `true`. */
  showAutoRecharge?: boolean;
}

export type CreditBalanceState = 'loading' | 'error' | 'ok' | 'low' | 'depleted';

/** Headless state of a balance: what `CreditBalance` renders, for developers who want their own markup. */
export function useCreditBalance({
  currencyId,
  resourceId,
  lowThreshold,
  onAddCredits,
  showForecast = true,
  showAutoRecharge = true,
  ...numberOptions
}: UseCreditBalanceOptions) {
  const { context, scope } = usePoolScope(currencyId, resourceId);
  const query = useQuery(creditQueries.balance(context.client, scope));
  // The forecast and the auto-recharge indicator are extras: when they fail the balance still shows.
  const forecast = useQuery({ ...creditQueries.forecast(context.client, scope), enabled: showForecast, retry: false });
  const autoRecharge = useQuery({
    ...creditQueries.autoRechargeStatus(context.client, context.customerId, currencyId),
    enabled: showAutoRecharge,
    retry: false,
  });
  const data = query.data;
  const state: CreditBalanceState = query.isPending
    ? 'loading'
    : query.isError
      ? 'error'
      : compareDecimal(query.data.balance, '0') <= 0
        ? 'depleted'
        : lowThreshold === undefined
          ? (query.data.state ?? 'ok')
          : compareDecimal(query.data.balance, lowThreshold) <= 0
            ? 'low'
            : 'ok';
  const request: TopUpRequest = { currencyId, resourceId: scope.resourceId };
  const addCredits = onAddCredits
    ? () => onAddCredits(request)
    : context.topUp.available
      ? () => context.topUp.open(request)
      : undefined;
  return {
    state,
    scope,
    balance: data?.balance,
    currency: data?.currency,
    formatted: data ? formatAmount(data.balance, context.locale, data.currency, numberOptions) : undefined,
    error: query.error,
    /**
     * When the pool runs out at the recent burn rate (ISO instant); `null` without recent usage, and
     * once it has run out (a depleted balance shows its state, not "runs out now").
     */
    runOutAt: state === 'depleted' ? null : (forecast.data?.runOutAt ?? null),
    /** Whether auto-recharge tops this pool up; `undefined` until known or without a policy. */
    autoRechargeEnabled: autoRecharge.data?.policy?.enabled,
    /** Refetches after an error. */
    retry: () => void query.refetch(),
    locale: context.locale,
    /** The provider's time zone: the run-out date is shown on its calendar. */
    timeZone: context.timeZone,
    isFetching: query.isFetching,
    /** Opens the top-up checkout (or calls `onAddCredits`); `undefined` when neither exists. */
    addCredits,
  };
}
