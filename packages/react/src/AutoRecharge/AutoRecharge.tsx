import { useId } from 'react';
import type { NumberOptions } from '../format/format';
import { useCreditsContext } from '../provider/context';
import { Badge, Card, ErrorState, LoadingState } from '../ui';
import { AutoRechargeForm } from './AutoRechargeForm';
import { AutoRechargeStatus } from './AutoRechargeStatus';
import { defaultAutoRechargeLocalization, type AutoRechargeLocalization } from './localization';
import { useAutoRecharge, type UseAutoRechargeOptions } from './useAutoRecharge';
import '../ui/field.css';
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
  const { locale, timeZone } = useCreditsContext();
  const meterId = useId();
  const enabled = recharge.policy?.enabled ?? false;

  return (
    <Card
      name="ck-auto-recharge"
      state={recharge.state === 'ready' ? (enabled ? 'on' : 'off') : recharge.state}
      title={text.title}
      className={className}
      compact={compact}
      busy={recharge.state === 'loading'}
      actions={
        recharge.state === 'ready' && (
          <Badge tone={enabled ? 'ok' : 'neutral'} part="badge">
            {enabled ? text.on : text.off}
          </Badge>
        )
      }
    >
      {recharge.state === 'loading' && <LoadingState label={text.loading} />}
      {recharge.state === 'error' && (
        <ErrorState message={text.error} retryLabel={text.retry} onRetry={recharge.retry} />
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
            timeZone={timeZone}
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
    </Card>
  );
}
