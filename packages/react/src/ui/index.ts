// Shared parts every widget (and a developer's own markup) can reuse; all styled by ui.css.
export { Badge } from './Badge';
export type { BadgeTone } from './Badge';
export { Button } from './Button';
export type { ButtonProps } from './Button';
export { Card } from './Card';
export type { CardProps } from './Card';
export { cx } from './cx';
export { SegmentedControl } from './SegmentedControl';
export type { SegmentedControlProps } from './SegmentedControl';
export { Select } from './Select';
export type { SelectOption, SelectProps } from './Select';
export { LoadingState, Skeleton } from './Skeleton';
export { EmptyState, ErrorState } from './States';
export { PagedList } from './PagedList';
export type { PagedListText } from './PagedList';
export { Pagination, SortHeader, Table } from './Table';
export type { PaginationProps, SortDirection } from './Table';
