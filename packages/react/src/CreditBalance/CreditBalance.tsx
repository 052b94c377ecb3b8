import { useId } from 'react';
import { template } from '../format/format';
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
}

export const defaultCreditBalanceLocalization: CreditBalanceLocalization = {
  title: 'Credit balance',
  loading: 'Loading balance…',
  error: "Couldn't load your balance.",
  retry: 'Retry',
  caption: '{currency}',
};

export interface CreditBalanceProps extends UseCreditBalanceOptions {
  /** Every visible string; missing keys fall back to English. */
  localization?: Partial<CreditBalanceLocalization>;
  /** Extra class on the root, beside the stable `ck-credit-balance`. */
  className?: string;
}

/** The live balance of one pool, with its unit. */
export function CreditBalance({ localization, className, ...options }: CreditBalanceProps) {
  const text = { ...defaultCreditBalanceLocalization, ...localization };
  const balance = useCreditBalance(options);
  const titleId = useId();
  const classes = ['ck-card', 'ck-credit-balance', className].filter(Boolean).join(' ');

  return (
    <section
      className={classes}
      data-state={balance.state}
      aria-labelledby={titleId}
      aria-busy={balance.state === 'loading'}
    >
      <h2 className="ck-credit-balance__title" id={titleId} data-part="title">
        {text.title}
      </h2>
      {balance.state === 'loading' && (
        <div data-part="skeleton">
          <span className="ck-skeleton ck-credit-balance__skeleton-value" />
          <span className="ck-visually-hidden">{text.loading}</span>
        </div>
      )}
      {balance.state === 'error' && (
        <div className="ck-error" role="alert" data-part="error">
          <span>{text.error}</span>
          <button type="button" className="ck-button" onClick={balance.retry} data-part="retry">
            {text.retry}
          </button>
        </div>
      )}
      {balance.state === 'ok' && balance.currency && (
        <>
          <p className="ck-credit-balance__value" data-part="value" aria-live="polite">
            {balance.formatted}
          </p>
          <p className="ck-credit-balance__caption" data-part="caption">
            {template(text.caption, { currency: balance.currency.displayName })}
          </p>
        </>
      )}
    </section>
  );
}
