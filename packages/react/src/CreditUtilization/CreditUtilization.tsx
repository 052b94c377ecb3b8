import { useId } from 'react';
import { formatDate, formatRelativeTime } from '../format/date';
import { sentence } from '../format/format';
import { Button, Card, EmptyState, ErrorState, LoadingState } from '../ui';
import { useCreditUtilization, type UseCreditUtilizationOptions } from './useCreditUtilization';
import './CreditUtilization.css';

export interface CreditUtilizationLocalization {
  /** Default: `Usage this period`. */
  title: string;
  /** Default: `Loading usage…`. */
  loading: string;
  /** Default: `Couldn't load your usage.` */
  error: string;
  /** Default: `Retry`. */
  retry: string;
  /** Shown when nothing was granted for the period. Default: `No credits in this period yet.` */
  empty: string;
  /** `{used}` and `{total}` are formatted amounts. Default: `{used} of {total}`. */
  usedOfTotal: string;
  /** Read by screen readers as the meter's value. Default: `{used} of {total} used ({percent})`. */
  meterValue: string;
  /** Default: `{remaining} left`. */
  remaining: string;
  /** Under a soft limit, credits used past the balance. Default: `{overage} over your balance`. */
  overage: string;
  /** `{relative}` is e.g. "in 2 weeks", `{date}` the date. Default: `Resets {relative}`. */
  resets: string;
  /** Default: `Add credits`. */
  addCredits: string;
}

export const defaultCreditUtilizationLocalization: CreditUtilizationLocalization = {
  title: 'Usage this period',
  loading: 'Loading usage…',
  error: "Couldn't load your usage.",
  retry: 'Retry',
  empty: 'No credits in this period yet.',
  usedOfTotal: '{used} of {total}',
  meterValue: '{used} of {total} used ({percent})',
  remaining: '{remaining} left',
  overage: '{overage} over your balance',
  resets: 'Resets {relative}',
  addCredits: 'Add credits',
};

export interface CreditUtilizationProps extends UseCreditUtilizationOptions {
  /** Every visible string; missing keys fall back to English. */
  localization?: Partial<CreditUtilizationLocalization>;
  /** Extra class on the root, beside the stable `ck-credit-utilization`. */
  className?: string;
}

/** Used / total credits for the current period as an accessible meter that changes state at thresholds. */
export function CreditUtilization({ localization, className, ...options }: CreditUtilizationProps) {
  const text = { ...defaultCreditUtilizationLocalization, ...localization };
  const u = useCreditUtilization(options);
  const labelId = useId();
  const percentText = new Intl.NumberFormat(u.locale, { style: 'percent', maximumFractionDigits: 0 }).format(
    u.percent / 100,
  );
  const loaded = u.state === 'ok' || u.state === 'warning' || u.state === 'critical';

  return (
    <Card
      name="ck-credit-utilization"
      state={u.state}
      title={text.title}
      className={className}
      compact={options.compact}
      busy={u.state === 'loading'}
      actions={
        loaded && (
          <span className="ck-credit-utilization__percent" data-part="percent">
            {percentText}
          </span>
        )
      }
    >
      {u.state === 'loading' && <LoadingState label={text.loading} />}
      {u.state === 'error' && <ErrorState message={text.error} retryLabel={text.retry} onRetry={u.retry} />}
      {u.state === 'empty' && <EmptyState title={text.empty} />}
      {loaded && u.utilization && (
        <>
          <p className="ck-credit-utilization__value" id={labelId} data-part="value" aria-live="polite">
            {sentence(u.locale, text.usedOfTotal, { used: u.used ?? '', total: u.total ?? '' })}
          </p>
          <div
            className="ck-credit-utilization__meter"
            data-part="meter"
            data-state={u.state}
            {...u.meterProps}
            aria-labelledby={labelId}
            aria-valuetext={sentence(u.locale, text.meterValue, {
              used: u.used ?? '',
              total: u.total ?? '',
              percent: percentText,
            })}
          >
            <div className="ck-credit-utilization__fill" data-part="fill" style={{ inlineSize: `${u.percent}%` }} />
          </div>
          <div className="ck-credit-utilization__details" data-part="details">
            <span data-part="remaining">
              {u.overage
                ? sentence(u.locale, text.overage, { overage: u.overage })
                : sentence(u.locale, text.remaining, { remaining: u.remaining ?? '' })}
            </span>
            <time dateTime={u.utilization.periodEnd} data-part="period">
              {sentence(u.locale, text.resets, {
                relative: formatRelativeTime(u.utilization.periodEnd, u.locale, undefined, u.timeZone),
                date: formatDate(u.utilization.periodEnd, u.locale, u.timeZone),
              })}
            </time>
          </div>
        </>
      )}
      {(loaded || u.state === 'empty') && u.addCredits && (
        <div className="ck-credit-utilization__footer">
          <Button variant="primary" onClick={u.addCredits} data-part="add-credits">
            {text.addCredits}
          </Button>
        </div>
      )}
    </Card>
  );
}
