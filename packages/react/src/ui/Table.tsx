import type { ReactNode } from 'react';
import { Button } from './Button';
import './ui.css';

export type SortDirection = 'ascending' | 'descending';

/** A scrollable table frame; the caption names the table for screen readers. */
export function Table({ caption, children }: { caption: string; children: ReactNode }) {
  return (
    <div className="ck-table-wrap" data-part="table">
      <table className="ck-table">
        <caption className="ck-visually-hidden">{caption}</caption>
        {children}
      </table>
    </div>
  );
}

/** A column header that sorts: a button inside the `th`, with `aria-sort` on the header. */
export function SortHeader({
  label,
  direction,
  onSort,
}: {
  label: string;
  /** The column's current sort, or `undefined` when another column sorts. */
  direction: SortDirection | undefined;
  onSort: () => void;
}) {
  return (
    <th scope="col" aria-sort={direction ?? 'none'}>
      <button type="button" className="ck-sort" onClick={onSort} data-state={direction ?? 'none'}>
        {label}
        <span className="ck-sort__arrow" aria-hidden="true">
          {direction === 'ascending' ? '↑' : direction === 'descending' ? '↓' : '↕'}
        </span>
      </button>
    </th>
  );
}

export interface PaginationProps {
  /** e.g. "Page 2". */
  status: string;
  previousLabel: string;
  nextLabel: string;
  /** Names the navigation landmark, e.g. "Grants pages". */
  label: string;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
}

/** Previous / next paging for cursor-paginated lists. */
export function Pagination(props: PaginationProps) {
  return (
    <nav className="ck-pagination" aria-label={props.label} data-part="pagination">
      <Button size="sm" variant="ghost" onClick={props.onPrevious} disabled={!props.hasPrevious}>
        <span aria-hidden="true" className="ck-flip">
          ←
        </span>{' '}
        {props.previousLabel}
      </Button>
      <span className="ck-pagination__status" aria-live="polite">
        {props.status}
      </span>
      <Button size="sm" variant="ghost" onClick={props.onNext} disabled={!props.hasNext}>
        {props.nextLabel}{' '}
        <span aria-hidden="true" className="ck-flip">
          →
        </span>
      </Button>
    </nav>
  );
}
