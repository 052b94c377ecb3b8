import type { ReactNode } from 'react';
import { template } from '../format/format';
import type { ListState, Paging } from '../hooks/pagedList';
import { LoadingState } from './Skeleton';
import { EmptyState, ErrorState } from './States';
import { Pagination } from './Table';

/** The strings every paged list shows around its rows. */
export interface PagedListText {
  loading: string;
  error: string;
  retry: string;
  empty: string;
  /** `{page}` is the page number, e.g. `Page {page}`. */
  page: string;
  previous: string;
  next: string;
  /** Names the pages navigation, e.g. `Grant pages`. */
  pagination: string;
}

/**
 * The body of a paged list widget: its loading, error or empty state, or else its rows
 * (`children`), and the pages footer once there is more than one page.
 */
export function PagedList({
  state,
  text,
  paging,
  onRetry,
  children,
}: {
  state: ListState;
  text: PagedListText;
  paging: Paging;
  onRetry: () => void;
  children: ReactNode;
}) {
  return (
    <>
      {state === 'loading' && <LoadingState label={text.loading} lines={4} />}
      {state === 'error' && <ErrorState message={text.error} retryLabel={text.retry} onRetry={onRetry} />}
      {state === 'empty' && <EmptyState title={text.empty} />}
      {state === 'ok' && children}
      {(paging.hasNext || paging.hasPrevious) && (
        <Pagination
          label={text.pagination}
          status={template(text.page, { page: paging.page })}
          previousLabel={text.previous}
          nextLabel={text.next}
          hasPrevious={paging.hasPrevious}
          hasNext={paging.hasNext}
          onPrevious={paging.previous}
          onNext={paging.next}
        />
      )}
    </>
  );
}
