import type { Grant, GrantSortField, GrantStatus } from '@creditkit/client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { daysUntil } from '../format/date';
import { formatAmount, type NumberOptions } from '../format/format';
import { useControllableState } from '../hooks/useControllableState';
import { pagedList, type ListState } from '../hooks/pagedList';
import { useCursorPages } from '../hooks/useCursorPages';
import { usePoolScope } from '../provider/context';
import { creditQueries } from '../queries';
import type { SortDirection } from '../ui';

export type GrantStatusFilter = GrantStatus | 'all';
export type GrantSortKey = 'received' | 'remaining' | 'expires';

/** A column and its direction. */
export interface GrantSort {
  key: GrantSortKey;
  direction: SortDirection;
}

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
  /** The sort, controlled. */
  sort?: GrantSort;
  /** The sort to start with, uncontrolled. Default: `{ key: 'received', direction: 'descending' }`. */
  defaultSort?: GrantSort;
  /** Called when the reader sorts by another column or flips the direction. */
  onSortChange?: (sort: GrantSort) => void;
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

export type CreditGrantsState = ListState;

/** The contract's sort field behind each column: the server sorts every grant, not one page. */
const sortField: Record<GrantSortKey, GrantSortField> = {
  received: 'effectiveAt',
  remaining: 'remaining',
  expires: 'expiresAt',
};

/** Headless grants table: rows with derived fields, a status filter, server-side sorting and cursor pages. */
export function useCreditGrants({
  currencyId,
  resourceId,
  status: statusProp,
  defaultStatus = 'all',
  onStatusChange,
  sort: sortProp,
  defaultSort = { key: 'received', direction: 'descending' },
  onSortChange,
  pageSize = 10,
  expiringSoonDays = 7,
  ...numberOptions
}: UseCreditGrantsOptions) {
  const { context, scope } = usePoolScope(currencyId, resourceId);
  const [status, setStatus] = useControllableState(statusProp, defaultStatus, onStatusChange);
  const [sort, setSort] = useControllableState(sortProp, defaultSort, onSortChange);
  const filters = {
    status: status === 'all' ? undefined : status,
    sort: sortField[sort.key],
    direction: sort.direction === 'ascending' ? ('asc' as const) : ('desc' as const),
  };
  const pages = useCursorPages(`${scope.resourceId}|${currencyId}|${status}|${filters.sort}|${filters.direction}`);
  const query = useQuery({
    ...creditQueries.grants(context.client, scope, { ...filters, cursor: pages.cursor, limit: pageSize }),
    placeholderData: keepPreviousData,
  });
  const { items, ...list } = pagedList(query, pages, pageSize);
  const balance = useQuery(creditQueries.balance(context.client, scope));
  const currency = balance.data?.currency;
  // When the rows were fetched is the "now" of "expiring soon": stable across re-renders.
  const now = query.dataUpdatedAt;
  const format = (value: string) => (currency ? formatAmount(value, context.locale, currency, numberOptions) : value);
  const rows: GrantRow[] = items.map((grant) => ({
    grant,
    remaining: format(grant.remaining),
    amount: format(grant.amount),
    expiringSoon:
      grant.status === 'active' &&
      grant.expiresAt !== null &&
      daysUntil(grant.expiresAt, now, context.timeZone) < expiringSoonDays,
  }));

  return {
    ...list,
    scope,
    locale: context.locale,
    /** The provider's time zone: dates are shown on its calendar. */
    timeZone: context.timeZone,
    rows,
    status,
    setStatus,
    sort,
    setSort,
    /** Sorts by `key`, newest / largest first; a second call on the same key flips the direction. */
    toggleSort: (key: GrantSortKey) =>
      setSort({
        key,
        direction: sort.key === key && sort.direction === 'descending' ? 'ascending' : 'descending',
      }),
  };
}
