import { useQuery } from '@tanstack/react-query';
import { compareDecimal, percentOf } from '../format/decimal';
import { formatAmount, type NumberOptions } from '../format/format';
import { usePoolScope, type TopUpRequest } from '../provider/context';
import { creditQueries } from '../queries';

/** Percentages of the period's credits used at which the meter changes state. */
export interface UtilizationThresholds {
  /** Default: `75`. */
  warning: number;
  /** Default: `90`. */
  critical: number;
}

export interface UseCreditUtilizationOptions extends NumberOptions {
  /** The credit currency to show, e.g. `cred-type-ai-tokens`. */
  currencyId: string;
  /** The pool to show; overrides the provider's. `null` is the global pool. */
  resourceId?: string | null;
  /** Where the state turns `warning` and `critical`. Default: `{ warning: 75, critical: 90 }`. */
  thresholds?: Partial<UtilizationThresholds>;
  /** Called by "Add credits" instead of opening the provider's `TopUpCheckout`. */
  onAddCredits?: (request: TopUpRequest) => void;
}

export type CreditUtilizationState = 'loading' | 'error' | 'empty' | 'ok' | 'warning' | 'critical';

/** Headless state of a pool's use in the current period, with the props of an accessible meter. */
export function useCreditUtilization({
  currencyId,
  resourceId,
  thresholds,
  onAddCredits,
  ...numberOptions
}: UseCreditUtilizationOptions) {
  const { context, scope } = usePoolScope(currencyId, resourceId);
  const query = useQuery(creditQueries.utilization(context.client, scope));
  // The utilization answer carries no unit; the balance query (shared with CreditBalance) does.
  const balance = useQuery(creditQueries.balance(context.client, scope));
  const { warning = 75, critical = 90 } = thresholds ?? {};
  const data = query.data;
  const currency = balance.data?.currency;
  const percent = data ? percentOf(data.used, data.total) : 0;

  const state: CreditUtilizationState =
    query.isPending || balance.isPending
      ? 'loading'
      : query.isError || balance.isError
        ? 'error'
        : compareDecimal(query.data.total, '0') <= 0
          ? 'empty'
          : percent >= critical
            ? 'critical'
            : percent >= warning
              ? 'warning'
              : 'ok';

  const format = (value: string) => (currency ? formatAmount(value, context.locale, currency, numberOptions) : value);
  const request: TopUpRequest = { currencyId, resourceId: scope.resourceId };
  return {
    state,
    scope,
    locale: context.locale,
    /** The provider's time zone: the period's end is shown on its calendar. */
    timeZone: context.timeZone,
    utilization: data,
    /** Share of the period's credits used, 0–100 with two decimals. */
    percent,
    used: data ? format(data.used) : undefined,
    total: data ? format(data.total) : undefined,
    remaining: data ? format(data.remaining) : undefined,
    /** Credits used beyond the balance under a soft limit (the balance is negative), else undefined. */
    overage: data && compareDecimal(data.remaining, '0') < 0 ? format(data.remaining.slice(1)) : undefined,
    /** Props for the element with `role="meter"`; add an `aria-valuetext` in your words. */
    meterProps: { role: 'meter', 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': percent } as const,
    error: query.error ?? balance.error,
    retry: () => {
      void query.refetch();
      void balance.refetch();
    },
    addCredits: onAddCredits
      ? () => onAddCredits(request)
      : context.topUp.available
        ? () => context.topUp.open(request)
        : undefined,
  };
}
