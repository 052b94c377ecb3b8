import type { Grant, GrantStatus } from '@creditkit/client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { daysUntil } from '../format/date';
import { compareDecimal } from '../format/decimal';
import { formatAmount, type NumberOptions } from '../format/format';
import { useControllableState } from '../hooks/useControllableState';
import { useCursorPages } from '../hooks/useCursorPages';
import { usePoolScope } from '../provider/context';
import { creditQueries } from '../queries';
import type { SortDirection } from '../ui';

export type GrantStatusFilter = GrantStatus | 'all';
export type GrantSortKey = 'received' | 'remaining' | 'expires';

export interface UseCreditGrantsOptions extends NumberOptions {
  /** The credit currency to show, e.g. `cred-type-ai-tokens`. */
  currencyId: string;
  /** The pool to show; overrides the provider's. `null` is the global pool. */
  resourceId?: string | null;
  /** The status filter, controlled. */
  status?: GrantStatusFilter;
  /** The status filter to start with, uncontrolled. Default: `all`. */
  defaultStatus?: GrantStatusFilter;
  /** Called when the reader picks another status filter. */
  onStatusChange?: (status: GrantStatusFilter) => void;
  /** Rows per page. Default: `10`. */
  pageSize?: number;
  /** An active grant expiring within this many days is marked "expiring soon". Default: `7`. */
  expiringSoonDays?: number;
}

export interface GrantRow {
  grant: Grant;
  /** Formatted remaining and amount. */
  remaining: string;
  amount: string;
  /** An active grant that expires within `expiringSoonDays`. */
  expiringSoon: boolean;
}

export type CreditGrantsState = 'loading' | 'error' | 'empty' | 'ok';

const received = (g: Grant) => g.effectiveAt;
const compare: Record<GrantSortKey, (a: Grant, b: Grant) => number> = {
  received: (a, b) => received(a).localeCompare(received(b)),
  remaining: (a, b) => compareDecimal(a.remaining, b.remaining),
  // Grants that never expire sort after every dated one.
  expires: (a, b) => (a.expiresAt ?? '9999').localeCompare(b.expiresAt ?? '9999'),
};

/** Headless grants table: rows with derived fields, a status filter, sorting and cursor pages. */
export function useCreditGrants({
  currencyId,
  resourceId,
  status: statusProp,
  defaultStatus = 'all',
  onStatusChange,
  pageSize = 10,
  expiringSoonDays = 7,
  ...numberOptions
}: UseCreditGrantsOptions) {
  const { context, scope } = usePoolScope(currencyId, resourceId);
  const [status, setStatus] = useControllableState(statusProp, defaultStatus, onStatusChange);
  const [sort, setSort] = useState<{ key: GrantSortKey; direction: SortDirection }>({
    key: 'received',
    direction: 'descending',
  });
  const pages = useCursorPages(`${scope.resourceId}|${currencyId}|${status}`);
  const query = useQuery({
    ...creditQueries.grants(context.client, scope, {
      status: status === 'all' ? undefined : status,
      cursor: pages.cursor,
      limit: pageSize,
    }),
    placeholderData: keepPreviousData,
  });
  const balance = useQuery(creditQueries.balance(context.client, scope));
  const currency = balance.data?.currency;
  // When the rows were fetched is the "now" of "expiring soon": stable across re-renders.
  const now = query.dataUpdatedAt;

  // One page at most, even from a backend that ignores `limit`: thousands of table rows take
  // seconds to lay out (5,000 took ~3 s in the bench), and the reader sees ~25 at a time anyway.
  const rows: GrantRow[] = (query.data?.data ?? [])
    .slice(0, pageSize)
    .sort((a, b) => compare[sort.key](a, b) * (sort.direction === 'ascending' ? 1 : -1))
    .map((grant) => {
      const format = (value: string) =>
        currency ? formatAmount(value, context.locale, currency, numberOptions) : value;
      return {
        grant,
        remaining: format(grant.remaining),
        amount: format(grant.amount),
        expiringSoon:
          grant.status === 'active' && grant.expiresAt !== null && daysUntil(grant.expiresAt, now) < expiringSoonDays,
      };
    });

  const state: CreditGrantsState = query.isPending
    ? 'loading'
    : query.isError
      ? 'error'
      : rows.length === 0
        ? 'empty'
        : 'ok';
  const nextCursor = query.data?.nextCursor ?? null;

  return {
    state,
    scope,
    locale: context.locale,
    rows,
    status,
    setStatus,
    sort,
    /** Sorts by `key`; a second call on the same key flips the direction. */
    toggleSort: (key: GrantSortKey) =>
      setSort((current) => ({
        key,
        direction: current.key === key && current.direction === 'descending' ? 'ascending' : 'descending',
      })),
    page: pages.page,
    hasPrevious: pages.hasPrevious,
    hasNext: nextCursor !== null,
    previous: pages.previous,
    next: () => nextCursor && pages.next(nextCursor),
    isFetching: query.isFetching,
    error: query.error,
    retry: () => void query.refetch(),
  };
}
