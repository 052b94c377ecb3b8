import { formatDateTime } from '../format/date';
import { formatAmount, type NumberOptions, sentence } from '../format/format';
import { formatMoney } from '../TopUpCheckout/money';
import type { AutoRechargeLocalization } from './localization';
import type { AutoRechargeHookState } from './useAutoRecharge';

/** Whole percent of `spent` over `limit`, computed on bigints so money never becomes a float. */
export function spendPercent(spent: string, limit: string): number {
  const scale = 6;
  const units = (v: string) =>
    BigInt((v.split('.')[0] ?? '0') + (v.split('.')[1] ?? '').padEnd(scale, '0').slice(0, scale));
  const l = units(limit);
  if (l <= 0n) return 100;
  const percent = (units(spent) * 100n) / l;
  return Number(percent > 100n ? 100n : percent);
}

interface Props {
  recharge: AutoRechargeHookState;
  text: AutoRechargeLocalization;
  numberOptions: NumberOptions;
  locale: string;
  /** The provider's time zone, for the last recharge's date. */
  timeZone: string;
  meterId: string;
}

/** On/off, the rule, this month's spend against the limit, and the last recharge. */
export function AutoRechargeStatus({ recharge, text, numberOptions, locale, timeZone, meterId }: Props) {
  const { policy, status, currency, moneyCurrency } = recharge;
  if (!status || !currency) return null;
  const credits = (value: string) => formatAmount(value, locale, currency, numberOptions);
  const money = (value: string) => formatMoney(value, moneyCurrency, locale);
  const limit = status.monthlySpendLimit;
  const percent = limit ? spendPercent(status.monthSpend, limit) : 0;
  const spendText = limit
    ? sentence(locale, text.spendOfLimit, { spent: money(status.monthSpend), limit: money(limit) })
    : sentence(locale, text.spendNoLimit, { spent: money(status.monthSpend) });
  const last = status.lastRecharge;

  return (
    <div className="ck-auto-recharge__status" data-part="status">
      <p className="ck-auto-recharge__rule" data-part="rule">
        {policy?.enabled
          ? sentence(locale, text.rule, { threshold: credits(policy.threshold), target: credits(policy.target) })
          : text.ruleOff}
      </p>
      <div className="ck-auto-recharge__spend" data-part="spend">
        <div className="ck-auto-recharge__spend-head">
          <span id={`${meterId}-label`}>{text.spendLabel}</span>
          <span className="ck-auto-recharge__spend-value">{spendText}</span>
        </div>
        {limit && (
          <div
            className="ck-auto-recharge__meter"
            role="meter"
            aria-labelledby={`${meterId}-label`}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
            aria-valuetext={spendText}
            data-part="meter"
            data-state={percent >= 100 ? 'reached' : percent >= 80 ? 'high' : 'ok'}
          >
            <span className="ck-auto-recharge__meter-fill" style={{ width: `${percent}%` }} />
          </div>
        )}
      </div>
      <dl className="ck-auto-recharge__last" data-part="last-recharge">
        <dt>{text.lastRecharge}</dt>
        <dd>
          {last ? (
            <>
              <span>
                {sentence(locale, text.lastRechargeValue, {
                  credits: credits(last.credits),
                  date: formatDateTime(last.at, locale, timeZone),
                })}
              </span>{' '}
              <span className="ck-auto-recharge__result" data-state={last.status} data-part="result">
                {text[last.status === 'in_flight' ? 'inFlight' : last.status]}
                {last.status === 'failed' && last.reason ? `: ${last.reason}` : ''}
              </span>
            </>
          ) : (
            text.noRecharge
          )}
        </dd>
      </dl>
    </div>
  );
}
