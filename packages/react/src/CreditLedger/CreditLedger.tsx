import type { LedgerEntryType } from '@creditkit/client';
import { formatDateTime } from '../format/date';
import { template } from '../format/format';
import {
  Badge,
  Button,
  Card,
  EmptyState,
  ErrorState,
  LoadingState,
  Pagination,
  Select,
  Table,
  type BadgeTone,
} from '../ui';
import {
  useCreditLedger,
  type LedgerPeriod,
  type LedgerTypeFilter,
  type UseCreditLedgerOptions,
} from './useCreditLedger';
import './CreditLedger.css';

export interface CreditLedgerLocalization {
  /** Default: `Transaction history`. */
  title: string;
  /** Default: `Loading history…`. */
  loading: string;
  /** Default: `Couldn't load your history.` */
  error: string;
  /** Default: `Retry`. */
  retry: string;
  /** Default: `No transactions match these filters.` */
  empty: string;
  /** Column headers. */
  date: string;
  type: string;
  description: string;
  amount: string;
  balance: string;
  /** `{actor}` is who made the change. Default: `by {actor}`. */
  by: string;
  /** Filter labels. */
  typeFilter: string;
  periodFilter: string;
  allTypes: string;
  periods: Record<LedgerPeriod, string>;
  /** Labels of entry types. */
  types: Record<LedgerEntryType, string>;
  /** Default: `Export CSV`. */
  export: string;
  /** Default: `Exporting…`. */
  exporting: string;
  /** Default: `Couldn't export the history. Try again.` */
  exportError: string;
  /** Default: `Page {page}`. */
  page: string;
  previous: string;
  next: string;
  /** Default: `History pages`. */
  pagination: string;
}

export const defaultCreditLedgerLocalization: CreditLedgerLocalization = {
  title: 'Transaction history',
  loading: 'Loading history…',
  error: "Couldn't load your history.",
  retry: 'Retry',
  empty: 'No transactions match these filters.',
  date: 'Date',
  type: 'Type',
  description: 'Description',
  amount: 'Amount',
  balance: 'Balance',
  by: 'by {actor}',
  typeFilter: 'Type',
  periodFilter: 'Period',
  allTypes: 'All types',
  periods: { all: 'All time', '7d': 'Last 7 days', '30d': 'Last 30 days', '90d': 'Last 90 days' },
  types: {
    grant: 'Grant',
    consumption: 'Usage',
    expiration: 'Expiration',
    void: 'Void',
    adjustment: 'Adjustment',
    auto_recharge: 'Auto-recharge',
  },
  export: 'Export CSV',
  exporting: 'Exporting…',
  exportError: "Couldn't export the history. Try again.",
  page: 'Page {page}',
  previous: 'Previous',
  next: 'Next',
  pagination: 'History pages',
};

export const ledgerTypeTone: Record<LedgerEntryType, BadgeTone> = {
  grant: 'ok',
  consumption: 'neutral',
  expiration: 'warning',
  void: 'danger',
  adjustment: 'accent',
  auto_recharge: 'info',
};

const entryTypes: LedgerEntryType[] = ['grant', 'consumption', 'expiration', 'void', 'adjustment', 'auto_recharge'];
const periods: LedgerPeriod[] = ['all', '7d', '30d', '90d'];

export interface CreditLedgerProps extends UseCreditLedgerOptions {
  /** Every visible string; missing keys fall back to English. */
  localization?: Partial<CreditLedgerLocalization>;
  /** Extra class on the root, beside the stable `ck-credit-ledger`. */
  className?: string;
}

/** A pool's transaction history with type and period filters, pages and a CSV export. */
export function CreditLedger({ localization, className, ...options }: CreditLedgerProps) {
  const text = { ...defaultCreditLedgerLocalization, ...localization };
  const l = useCreditLedger(options);
  const typeOptions = [
    { value: 'all' as LedgerTypeFilter, label: text.allTypes },
    ...entryTypes.map((type) => ({ value: type as LedgerTypeFilter, label: text.types[type] })),
  ];
  const periodOptions = periods.map((period) => ({ value: period, label: text.periods[period] }));

  return (
    <Card
      name="ck-credit-ledger"
      state={l.state}
      title={text.title}
      className={className}
      compact={options.compact}
      busy={l.state === 'loading' || l.isFetching}
      actions={
        <>
          <Select
            label={text.typeFilter}
            value={l.filters.type}
            options={typeOptions}
            onChange={(type) => l.setFilters({ ...l.filters, type })}
            part="type-filter"
          />
          <Select
            label={text.periodFilter}
            value={l.filters.period}
            options={periodOptions}
            onChange={(period) => l.setFilters({ ...l.filters, period })}
            part="period-filter"
          />
          <Button size="sm" onClick={() => void l.exportCsv()} disabled={l.exporting} data-part="export">
            {l.exporting ? text.exporting : text.export}
          </Button>
        </>
      }
    >
      {l.exportError !== null && (
        <p className="ck-credit-ledger__export-error" role="alert" data-part="export-error">
          {text.exportError}
        </p>
      )}
      {l.state === 'loading' && <LoadingState label={text.loading} lines={4} />}
      {l.state === 'error' && <ErrorState message={text.error} retryLabel={text.retry} onRetry={l.retry} />}
      {l.state === 'empty' && <EmptyState title={text.empty} />}
      {l.state === 'ok' && (
        <Table caption={text.title}>
          <thead>
            <tr>
              <th scope="col">{text.date}</th>
              <th scope="col">{text.type}</th>
              <th scope="col">{text.description}</th>
              <th scope="col" data-align="end">
                {text.amount}
              </th>
              <th scope="col" data-align="end">
                {text.balance}
              </th>
            </tr>
          </thead>
          <tbody>
            {l.rows.map(({ entry, amount, balanceAfter, direction }) => (
              <tr key={entry.id} data-part="row" data-type={entry.type} data-state={direction}>
                <td className="ck-credit-ledger__date">
                  <time dateTime={entry.at}>{formatDateTime(entry.at, l.locale)}</time>
                </td>
                <td>
                  <Badge tone={ledgerTypeTone[entry.type]} part="type">
                    {text.types[entry.type]}
                  </Badge>
                </td>
                <td data-part="description">
                  {entry.reason ?? entry.featureId ?? text.types[entry.type]}
                  {entry.actor.type !== 'system' && (
                    <span className="ck-credit-ledger__actor" data-part="actor">
                      {template(text.by, { actor: entry.actor.id })}
                    </span>
                  )}
                </td>
                <td data-align="end" className="ck-credit-ledger__amount" data-part="amount">
                  {amount}
                </td>
                <td data-align="end" className="ck-muted" data-part="balance-after">
                  {balanceAfter}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {(l.hasNext || l.hasPrevious) && (
        <Pagination
          label={text.pagination}
          status={template(text.page, { page: l.page })}
          previousLabel={text.previous}
          nextLabel={text.next}
          hasPrevious={l.hasPrevious}
          hasNext={l.hasNext}
          onPrevious={l.previous}
          onNext={l.next}
        />
      )}
    </Card>
  );
}
