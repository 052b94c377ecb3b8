import type { LedgerEntryType } from '@creditkit/client';
import { formatDateTime } from '../format/date';
import { template } from '../format/format';
import { Badge, Button, Card, PagedList, Select, Table, type BadgeTone } from '../ui';
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
  /** `{actor}` is the person (an admin) who made the change. Default: `by {actor}`. */
  by: string;
  /** A change the customer made (a top-up). Default: `by you`. */
  byCustomer: string;
  /** A change the customer's subscription made (a recurring grant). Default: `by your plan`. */
  bySubscription: string;
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
  byCustomer: 'by you',
  bySubscription: 'by your plan',
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
      <PagedList state={l.state} text={text} paging={l.paging} onRetry={l.retry}>
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
            {l.rows.map(({ entry, amount, balanceAfter, direction, feature }) => (
              <tr key={entry.id} data-part="row" data-type={entry.type} data-state={direction}>
                <td className="ck-credit-ledger__date">
                  <time dateTime={entry.at}>{formatDateTime(entry.at, l.locale, l.timeZone)}</time>
                </td>
                <td>
                  <Badge tone={ledgerTypeTone[entry.type]} part="type">
                    {text.types[entry.type]}
                  </Badge>
                </td>
                <td data-part="description">
                  {entry.reason ?? feature ?? text.types[entry.type]}
                  {entry.actor.type !== 'system' && (
                    <span className="ck-credit-ledger__actor" data-part="actor">
                      {entry.actor.type === 'customer'
                        ? text.byCustomer
                        : entry.actor.type === 'subscription'
                          ? text.bySubscription
                          : template(text.by, { actor: entry.actor.id })}
                    </span>
                  )}
                </td>
                <td data-align="end" className="ck-credit-ledger__amount" data-part="amount">
                  <bdi>{amount}</bdi>
                </td>
                <td data-align="end" className="ck-muted" data-part="balance-after" data-label={text.balance}>
                  <bdi>{balanceAfter}</bdi>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      </PagedList>
    </Card>
  );
}
