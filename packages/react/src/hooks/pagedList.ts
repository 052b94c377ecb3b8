import type { CursorPages } from './useCursorPages';

/** What a cursor-paginated read of the contract answers. */
export interface CursorPage<T> {
  data: T[];
  nextCursor: string | null;
}

/** The state of a list widget, written to its `data-state`. */
export type ListState = 'loading' | 'error' | 'empty' | 'ok';

/** Previous / next over the pages read so far: the prop bundle of a list's pagination footer. */
export interface Paging {
  /** 1-based. */
  page: number;
  hasPrevious: boolean;
  hasNext: boolean;
  previous: () => void;
  next: () => void;
}

/** The parts of a `useQuery` result a list needs. */
interface PageQuery<T> {
  data: CursorPage<T> | undefined;
  isPending: boolean;
  isError: boolean;
  isFetching: boolean;
  error: Error | null;
  refetch: () => unknown;
}

/**
 * One page of a cursor-paginated list query (`useCursorPages` + `useQuery` with
 * `keepPreviousData`), as a list widget shows it: its rows, its state and its paging. At most
 * `pageSize` rows, even from a backend that ignores `limit`: thousands of table rows take seconds
 * to lay out, and a reader sees one page at a time.
 */
export function pagedList<T>(query: PageQuery<T>, pages: CursorPages, pageSize: number) {
  const items = (query.data?.data ?? []).slice(0, pageSize);
  const nextCursor = query.data?.nextCursor ?? null;
  const state: ListState = query.isPending ? 'loading' : query.isError ? 'error' : items.length === 0 ? 'empty' : 'ok';
  const paging: Paging = {
    page: pages.page,
    hasPrevious: pages.hasPrevious,
    hasNext: nextCursor !== null,
    previous: pages.previous,
    next: () => {
      if (nextCursor !== null) pages.next(nextCursor);
    },
  };
  return {
    items,
    state,
    paging,
    // Also flat, as the list hooks have always returned them.
    ...paging,
    isFetching: query.isFetching,
    error: query.error,
    retry: () => void query.refetch(),
  };
}
