import { useId } from 'react';
import type { NumberOptions } from '../format/format';
import { useCreditsContext } from '../provider/context';
import { AutoRechargeForm } from './AutoRechargeForm';
import { AutoRechargeStatus } from './AutoRechargeStatus';
import { defaultAutoRechargeLocalization, type AutoRechargeLocalization } from './localization';
import { useAutoRecharge, type UseAutoRechargeOptions } from './useAutoRecharge';
import './AutoRecharge.css';

export interface AutoRechargeProps extends UseAutoRechargeOptions, NumberOptions {
  /** Every visible string; missing keys fall back to English. */
  localization?: Partial<AutoRechargeLocalization>;
  /** Extra class on the root, beside the stable `ck-auto-recharge`. */
  className?: string;
}

/** The auto-recharge policy of a currency: its status and, for customers allowed to, its settings. */
export function AutoRecharge({ localization, className, ...rest }: AutoRechargeProps) {
  const { decimalPlaces, showUnits, showSymbol, compact, ...options } = rest;
  const numberOptions: NumberOptions = { decimalPlaces, showUnits, showSymbol, compact };
  const text = { ...defaultAutoRechargeLocalization, ...localization };
  const recharge = useAutoRecharge(options);
  const { locale } = useCreditsContext();
  const titleId = useId();
  const meterId = useId();
  const enabled = recharge.policy?.enabled ?? false;
  const classes = ['ck-card', 'ck-auto-recharge', className].filter(Boolean).join(' ');

  return (
    <section
      className={classes}
      data-state={recharge.state === 'ready' ? (enabled ? 'on' : 'off') : recharge.state}
      aria-labelledby={titleId}
      aria-busy={recharge.state === 'loading'}
    >
      <div className="ck-auto-recharge__header">
        <h2 className="ck-auto-recharge__title" id={titleId} data-part="title">
          {text.title}
        </h2>
        {recharge.state === 'ready' && (
          <span className="ck-auto-recharge__badge" data-part="badge" data-state={enabled ? 'on' : 'off'}>
            {enabled ? text.on : text.off}
          </span>
        )}
      </div>
      {recharge.state === 'loading' && (
        <div className="ck-auto-recharge__skeleton" data-part="skeleton">
          <span className="ck-skeleton" />
          <span className="ck-skeleton" />
          <span className="ck-visually-hidden">{text.loading}</span>
        </div>
      )}
      {recharge.state === 'error' && (
        <div className="ck-error" role="alert" data-part="error">
          <span>{text.error}</span>
          <button type="button" className="ck-button" onClick={recharge.retry} data-part="retry">
            {text.retry}
          </button>
        </div>
      )}
      {recharge.state === 'forbidden' && (
        <p className="ck-auto-recharge__note" data-part="forbidden">
          {text.forbidden}
        </p>
      )}
      {recharge.state === 'ready' && (
        <>
          <AutoRechargeStatus
            recharge={recharge}
            text={text}
            numberOptions={numberOptions}
            locale={locale}
            meterId={meterId}
          />
          {recharge.readOnly ? (
            <p className="ck-auto-recharge__note" data-part="read-only">
              {text.readOnlyNote}
            </p>
          ) : (
            <AutoRechargeForm recharge={recharge} text={text} numberOptions={numberOptions} locale={locale} />
          )}
        </>
      )}
    </section>
  );
}
