import type { ReactNode } from 'react';
import { formatDate, formatRelativeTime } from '../format/date';
import { sentence, template } from '../format/format';
import { Badge, Button, Card, ErrorState, LoadingState } from '../ui';
import { useCreditBalance, type UseCreditBalanceOptions } from './useCreditBalance';
import './CreditBalance.css';

export interface CreditBalanceLocalization {
  /** Heading above the number. Default: `Credit balance`. */
  title: string;
  /** Shown while loading, to screen readers. Default: `Loading balance…`. */
  loading: string;
  /** Shown when the balance cannot be loaded. Default: `Couldn't load your balance.` */
  error: string;
  /** The retry button. Default: `Retry`. */
  retry: string;
  /** Caption under the number; `{currency}` is the currency's display name. Default: `{currency}`. */
  caption: string;
  /** Badge in the `low` state. Default: `Low balance`. */
  low: string;
  /** Badge in the `depleted` state. Default: `Out of credits`. */
  depleted: string;
  /** The button that opens the top-up checkout. Default: `Add credits`. */
  addCredits: string;
  /** Projected run-out; `{relative}` is e.g. "in 3 weeks", `{date}` the date. Default: `Runs out {relative} at the current rate`. */
  runOut: string;
  /** Shown when auto-recharge is on. Default: `Auto-recharge on`. */
  autoRechargeOn: string;
}

export const defaultCreditBalanceLocalization: CreditBalanceLocalization = {
  title: 'Credit balance',
  loading: 'Loading balance…',
  error: "Couldn't load your balance.",
  retry: 'Retry',
  caption: '{currency}',
  low: 'Low balance',
  depleted: 'Out of credits',
  addCredits: 'Add credits',
  runOut: 'Runs out {relative} at the current rate',
  autoRechargeOn: 'Auto-recharge on',
};

export interface CreditBalanceProps extends UseCreditBalanceOptions {
  /** Every visible string; missing keys fall back to English. */
  localization?: Partial<CreditBalanceLocalization>;
  /** Extra class on the root, beside the stable `ck-credit-balance`. */
  className?: string;
}

/**
 * The amount with a line-break chance after the no-break space before its unit: a balance too wide
 * for a narrow card wraps as "80,321.35 / tokens" instead of breaking inside a word ("token / s").
 * The text stays the same (the `<wbr>` adds none).
 */
function withUnitBreak(formatted: string, hasUnit: boolean): ReactNode {
  const gap = hasUnit ? formatted.lastIndexOf('\u00a0') : -1;
  if (gap < 0) return formatted;
  return (
    <>
      {formatted.slice(0, gap + 1)}
      <wbr />
      {formatted.slice(gap + 1)}
    </>
  );
}

/** The live balance of one pool, with its unit, its state and a way to add credits. */
export function CreditBalance({ localization, className, ...options }: CreditBalanceProps) {
  const text = { ...defaultCreditBalanceLocalization, ...localization };
  const balance = useCreditBalance(options);
  const { state } = balance;
  const loaded = state !== 'loading' && state !== 'error';

  return (
    <Card
      name="ck-credit-balance"
      state={state}
      title={text.title}
      className={className}
      compact={options.compact}
      busy={state === 'loading'}
      actions={
        (state === 'low' || state === 'depleted') && (
          <Badge tone={state === 'low' ? 'warning' : 'danger'} part="status">
            {state === 'low' ? text.low : text.depleted}
          </Badge>
        )
      }
    >
      {state === 'loading' && <LoadingState label={text.loading} />}
      {state === 'error' && <ErrorState message={text.error} retryLabel={text.retry} onRetry={balance.retry} />}
      {loaded && balance.currency && (
        <div className="ck-credit-balance__body">
          <p className="ck-credit-balance__value" data-part="value" aria-live="polite">
            <bdi>{withUnitBreak(balance.formatted ?? '', options.showUnits !== false)}</bdi>
          </p>
          <p className="ck-credit-balance__caption" data-part="caption">
            {template(text.caption, { currency: balance.currency.displayName })}
          </p>
        </div>
      )}
      {loaded && (balance.runOutAt || balance.autoRechargeEnabled) && (
        <ul className="ck-credit-balance__facts" data-part="facts">
          {balance.runOutAt && (
            <li data-part="forecast">
              <time dateTime={balance.runOutAt} title={formatDate(balance.runOutAt, balance.locale, balance.timeZone)}>
                {sentence(balance.locale, text.runOut, {
                  relative: formatRelativeTime(balance.runOutAt, balance.locale, undefined, balance.timeZone),
                  date: formatDate(balance.runOutAt, balance.locale, balance.timeZone),
                })}
              </time>
            </li>
          )}
          {balance.autoRechargeEnabled && (
            <li data-part="auto-recharge">
              <Badge tone="ok">{text.autoRechargeOn}</Badge>
            </li>
          )}
        </ul>
      )}
      {loaded && balance.addCredits && (
        <div className="ck-credit-balance__footer" data-part="footer">
          <Button variant="primary" onClick={balance.addCredits} data-part="add-credits">
            {text.addCredits}
          </Button>
        </div>
      )}
    </Card>
  );
}
