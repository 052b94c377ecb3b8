import { useId, useRef, type ReactNode } from 'react';
import { formatAmount, type NumberOptions, sentence, template } from '../format/format';
import { formatMoney } from '../TopUpCheckout/money';
import type { AutoRechargeLocalization } from './localization';
import type { AutoRechargeHookState } from './useAutoRecharge';
import type { PolicyError, PolicyField } from './validate';

interface Props {
  recharge: AutoRechargeHookState;
  text: AutoRechargeLocalization;
  numberOptions: NumberOptions;
  locale: string;
}

function message(error: PolicyError, text: AutoRechargeLocalization, credits: (v: string) => string, locale: string) {
  if (error.code === 'tooPrecise') return template(text.tooPrecise, { places: error.places });
  if (error.code === 'targetNotAbove')
    return sentence(locale, text.targetNotAbove, { threshold: credits(error.threshold) });
  return text[error.code];
}

/** The policy's settings: switch, threshold, target, limit, a live preview and Save. */
export function AutoRechargeForm({ recharge, text, numberOptions, locale }: Props) {
  const id = useId();
  const refs = useRef<Partial<Record<PolicyField, HTMLInputElement | null>>>({});
  const { currency, values, moneyCurrency } = recharge;
  if (!currency) return null;
  const credits = (value: string) => formatAmount(value, locale, currency, numberOptions);
  const money = (value: string) => formatMoney(value, moneyCurrency, locale);
  const preview = recharge.preview;
  const warningId = `${id}-warning`;

  const field = (name: PolicyField, label: string, suffix: ReactNode, hint?: string) => {
    const error = recharge.errorOf(name);
    const describedBy = [hint && `${id}-${name}-hint`, error && `${id}-${name}-error`].filter(Boolean).join(' ');
    return (
      <div className="ck-field" data-part={`field-${name}`} data-state={error ? 'invalid' : 'valid'}>
        <label className="ck-field__label" htmlFor={`${id}-${name}`}>
          {label}
        </label>
        <div className="ck-auto-recharge__input">
          <input
            ref={(node) => {
              refs.current[name] = node;
            }}
            id={`${id}-${name}`}
            className="ck-field__input"
            inputMode="decimal"
            autoComplete="off"
            value={values[name]}
            onChange={(event) => recharge.setField(name, event.target.value)}
            onBlur={() => recharge.touch(name)}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy || undefined}
          />
          <span className="ck-auto-recharge__suffix" aria-hidden="true">
            {suffix}
          </span>
        </div>
        {hint && (
          <p className="ck-field__hint" id={`${id}-${name}-hint`}>
            {hint}
          </p>
        )}
        {error && (
          <p className="ck-field__error" id={`${id}-${name}-error`} data-part="field-error">
            {message(error, text, credits, locale)}
          </p>
        )}
      </div>
    );
  };

  return (
    <form
      className="ck-auto-recharge__form"
      data-part="form"
      noValidate
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        const invalid = recharge.submit();
        if (invalid) refs.current[invalid]?.focus();
      }}
    >
      <h3 className="ck-auto-recharge__subtitle" id={`${id}-title`}>
        {text.settingsTitle}
      </h3>
      <label className="ck-switch" data-part="enable" data-state={values.enabled ? 'on' : 'off'}>
        <input
          type="checkbox"
          role="switch"
          checked={values.enabled}
          onChange={(event) => recharge.setField('enabled', event.target.checked)}
        />
        <span className="ck-switch__track" aria-hidden="true">
          <span className="ck-switch__thumb" />
        </span>
        <span>{text.enable}</span>
      </label>
      <div className="ck-auto-recharge__fields">
        {field('threshold', text.threshold, currency.unitPlural)}
        {field('target', text.target, currency.unitPlural)}
      </div>
      {field('limit', template(text.limit, { currency: moneyCurrency }), moneyCurrency, text.limitHint)}

      <p className="ck-auto-recharge__preview" data-part="preview" aria-live="polite">
        {!values.enabled
          ? text.previewOff
          : preview
            ? sentence(locale, text.preview, {
                threshold: credits(preview.threshold),
                target: credits(preview.target),
                limitPart: preview.monthlySpendLimit
                  ? sentence(locale, text.previewLimit, { limit: money(preview.monthlySpendLimit) })
                  : text.previewNoLimit,
              })
            : ''}
      </p>
      {recharge.rechargesNow && recharge.balance !== undefined && preview && (
        <p className="ck-auto-recharge__warning" id={warningId} data-part="warning">
          {sentence(locale, text.immediateWarning, {
            balance: credits(recharge.balance),
            threshold: credits(preview.threshold),
            target: credits(preview.target),
          })}
        </p>
      )}
      {recharge.saveError && (
        <p className="ck-auto-recharge__error" role="alert" data-part="save-error">
          {template(text.saveError, { message: recharge.saveError.message })}
        </p>
      )}
      <div className="ck-auto-recharge__actions">
        <span className="ck-auto-recharge__saved" role="status">
          {recharge.saved ? text.saved : ''}
        </span>
        <button
          type="submit"
          className="ck-button"
          data-variant="primary"
          data-part="save"
          disabled={recharge.saving}
          aria-describedby={recharge.rechargesNow && preview ? warningId : undefined}
        >
          {recharge.saving ? text.saving : text.save}
        </button>
      </div>
    </form>
  );
}
