import type { GrantStatus, GrantType } from '@creditkit/client';
import { formatDate } from '../format/date';
import { sentence } from '../format/format';
import { Badge, Card, PagedList, Select, SortHeader, Table, type BadgeTone } from '../ui';
import { useCreditGrants, type GrantStatusFilter, type UseCreditGrantsOptions } from './useCreditGrants';
import './CreditGrants.css';

export interface CreditGrantsLocalization {
  /** Default: `Credit grants`. */
  title: string;
  /** Default: `Loading grants…`. */
  loading: string;
  /** Default: `Couldn't load your grants.` */
  error: string;
  /** Default: `Retry`. */
  retry: string;
  /** Default: `No grants to show.` */
  empty: string;
  /** Column headers. */
  received: string;
  type: string;
  status: string;
  /** Default: `Remaining / amount`. */
  remainingOfAmount: string;
  expires: string;
  reason: string;
  /** `{remaining}` / `{amount}`. Default: `{remaining} / {amount}`. */
  remainingValue: string;
  /** Shown when a grant has no expiry. Default: `Never`. */
  never: string;
  /** Default: `Expiring soon`. */
  expiringSoon: string;
  /** The status filter's label. Default: `Status`. */
  statusFilter: string;
  /** Default: `All`. */
  all: string;
  /** Labels of grant types. */
  types: Record<GrantType, string>;
  /** Labels of grant statuses. */
  statuses: Record<GrantStatus, string>;
  /** Default: `Page {page}`. */
  page: string;
  previous: string;
  next: string;
  /** Names the pages navigation. Default: `Grant pages`. */
  pagination: string;
}

export const defaultCreditGrantsLocalization: CreditGrantsLocalization = {
  title: 'Credit grants',
  loading: 'Loading grants…',
  error: "Couldn't load your grants.",
  retry: 'Retry',
  empty: 'No grants to show.',
  received: 'Received',
  type: 'Type',
  status: 'Status',
  remainingOfAmount: 'Remaining / amount',
  expires: 'Expires',
  reason: 'Reason',
  remainingValue: '{remaining} / {amount}',
  never: 'Never',
  expiringSoon: 'Expiring soon',
  statusFilter: 'Status',
  all: 'All',
  types: {
    paid: 'Paid',
    promotional: 'Promotional',
    recurring: 'Recurring',
    top_up: 'Top-up',
    auto_recharge: 'Auto-recharge',
  },
  statuses: {
    scheduled: 'Scheduled',
    active: 'Active',
    depleted: 'Depleted',
    expired: 'Expired',
    voided: 'Voided',
  },
  page: 'Page {page}',
  previous: 'Previous',
  next: 'Next',
  pagination: 'Grant pages',
};

/** Each type and status has its own tone and mark; the label text always says it too. */
export const grantTypeTone: Record<GrantType, BadgeTone> = {
  paid: 'accent',
  promotional: 'info',
  recurring: 'neutral',
  top_up: 'ok',
  auto_recharge: 'warning',
};
export const grantStatusTone: Record<GrantStatus, BadgeTone> = {
  scheduled: 'info',
  active: 'ok',
  depleted: 'neutral',
  expired: 'warning',
  voided: 'danger',
};

const statusOrder: GrantStatus[] = ['active', 'scheduled', 'depleted', 'expired', 'voided'];

export interface CreditGrantsProps extends UseCreditGrantsOptions {
  /** Every visible string; missing keys fall back to English. */
  localization?: Partial<CreditGrantsLocalization>;
  /** Extra class on the root, beside the stable `ck-credit-grants`. */
  className?: string;
}

/** The grants of a pool as a table: filter by status, sort, page through. */
export function CreditGrants({ localization, className, ...options }: CreditGrantsProps) {
  const text = { ...defaultCreditGrantsLocalization, ...localization };
  const g = useCreditGrants(options);
  const direction = (key: typeof g.sort.key) => (g.sort.key === key ? g.sort.direction : undefined);
  const filterOptions = [
    { value: 'all' as GrantStatusFilter, label: text.all },
    ...statusOrder.map((status) => ({ value: status as GrantStatusFilter, label: text.statuses[status] })),
  ];

  return (
    <Card
      name="ck-credit-grants"
      state={g.state}
      title={text.title}
      className={className}
      compact={options.compact}
      busy={g.state === 'loading' || g.isFetching}
      actions={
        <Select
          label={text.statusFilter}
          value={g.status}
          options={filterOptions}
          onChange={g.setStatus}
          part="status-filter"
        />
      }
    >
      <PagedList state={g.state} text={text} paging={g.paging} onRetry={g.retry}>
        <Table caption={text.title}>
          <thead>
            <tr>
              <SortHeader
                label={text.received}
                direction={direction('received')}
                onSort={() => g.toggleSort('received')}
              />
              <th scope="col">{text.type}</th>
              <th scope="col">{text.status}</th>
              <SortHeader
                label={text.remainingOfAmount}
                direction={direction('remaining')}
                onSort={() => g.toggleSort('remaining')}
              />
              <SortHeader
                label={text.expires}
                direction={direction('expires')}
                onSort={() => g.toggleSort('expires')}
              />
              <th scope="col">{text.reason}</th>
            </tr>
          </thead>
          <tbody>
            {g.rows.map(({ grant, remaining, amount, expiringSoon }) => (
              <tr key={grant.id} data-part="row" data-state={grant.status} data-type={grant.type}>
                <td data-label={text.received}>
                  <time dateTime={grant.effectiveAt}>{formatDate(grant.effectiveAt, g.locale, g.timeZone)}</time>
                </td>
                <td>
                  <Badge tone={grantTypeTone[grant.type]} part="type">
                    {text.types[grant.type]}
                  </Badge>
                </td>
                <td>
                  <Badge tone={grantStatusTone[grant.status]} part="status">
                    {text.statuses[grant.status]}
                  </Badge>
                </td>
                <td className="ck-credit-grants__amount" data-part="amount">
                  {sentence(g.locale, text.remainingValue, { remaining, amount })}
                </td>
                <td data-part="expires" data-label={text.expires}>
                  {grant.expiresAt ? (
                    <span className="ck-credit-grants__expires">
                      <time dateTime={grant.expiresAt}>{formatDate(grant.expiresAt, g.locale, g.timeZone)}</time>
                      {expiringSoon && (
                        <Badge tone="warning" part="expiring-soon">
                          {text.expiringSoon}
                        </Badge>
                      )}
                    </span>
                  ) : (
                    <span className="ck-muted">{text.never}</span>
                  )}
                </td>
                <td className="ck-credit-grants__reason" data-part="reason">
                  {grant.reason ?? ''}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      </PagedList>
    </Card>
  );
}
