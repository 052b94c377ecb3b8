import type { Resource } from '@creditkit/client';
import { useQuery } from '@tanstack/react-query';
import { formatAmount, type NumberOptions } from '../format/format';
import { useCreditsContext } from '../provider/context';
import { creditQueries } from '../queries';

export interface UseResourceSelectorOptions extends NumberOptions {
  /** When given, each choice shows that currency's balance of its pool. */
  currencyId?: string;
  /**
   * The chosen pool, controlled: a resource id or `null` for the global pool. Without it the
   * selector drives the provider's `resourceId`, so every widget in the provider re-scopes.
   */
  value?: string | null;
  /** Called with the chosen resource id (`null` for the global pool). */
  onChange?: (resourceId: string | null) => void;
}

export interface ResourceChoice {
  /** `null` is the global pool. */
  resourceId: string | null;
  resource: Resource | null;
  /** The pool's formatted balance when `currencyId` is given and known. */
  balance: string | undefined;
}

export type ResourceSelectorState = 'loading' | 'error' | 'ok';

/** Headless resource picker: the global pool and each resource, with what is chosen. */
export function useResourceSelector({ currencyId, value, onChange, ...numberOptions }: UseResourceSelectorOptions) {
  const context = useCreditsContext();
  const query = useQuery(creditQueries.resources(context.client, context.customerId));
  const summary = useQuery({
    ...creditQueries.balanceSummary(context.client, context.customerId, currencyId ?? ''),
    enabled: currencyId !== undefined,
    retry: false,
  });
  const balanceOf = (resourceId: string | null) => {
    const pool = summary.data?.pools.find((b) => b.resourceId === resourceId);
    return pool ? formatAmount(pool.balance, context.locale, pool.currency, numberOptions) : undefined;
  };
  const choices: ResourceChoice[] = [
    { resourceId: null, resource: null, balance: balanceOf(null) },
    ...(query.data?.data ?? []).map((resource) => ({
      resourceId: resource.id,
      resource,
      balance: balanceOf(resource.id),
    })),
  ];
  const selected = value === undefined ? context.resourceId : value;
  const state: ResourceSelectorState = query.isPending ? 'loading' : query.isError ? 'error' : 'ok';
  return {
    state,
    choices,
    selected,
    locale: context.locale,
    select: (resourceId: string | null) => {
      if (value === undefined) context.setResourceId(resourceId);
      onChange?.(resourceId);
    },
    error: query.error,
    retry: () => void query.refetch(),
  };
}
