import { useId, type ChangeEvent } from 'react';
import { formatAmount, type NumberOptions, sentence, template } from '../format/format';
import { formatCardNumber, formatExpiry, type CardField } from './card';
import type { TopUpCheckoutLocalization } from './localization';
import { formatMoney } from './money';
import type { TopUpCheckoutState } from './useTopUpCheckout';

interface PaymentStepProps {
  checkout: TopUpCheckoutState;
  text: TopUpCheckoutLocalization;
  numberOptions: NumberOptions;
}

const formatters: Record<CardField, (value: string) => string> = {
  number: formatCardNumber,
  expiry: formatExpiry,
  cvc: (value) => value.replace(/\D/g, '').slice(0, 4),
  name: (value) => value,
};

const autoComplete: Record<CardField, string> = {
  number: 'cc-number',
  expiry: 'cc-exp',
  cvc: 'cc-csc',
  name: 'cc-name',
};

/** Step 2: the test provider's card form and Pay. */
export function PaymentStep({ checkout, text, numberOptions }: PaymentStepProps) {
  const { amount, payment, locale } = checkout;
  const id = useId();
  const quote = amount.quote;
  const currency = amount.currency;
  const total = quote ? formatMoney(quote.total, quote.billingCurrency, locale) : '';

  const onChange = (field: CardField) => (event: ChangeEvent<HTMLInputElement>) => {
    const value = event.target.value;
    payment.setField(field, formatters[field](value));
  };

  const field = (name: CardField, label: string, extra: { inputMode?: 'numeric'; placeholder?: string } = {}) => {
    const error = payment.errorOf(name);
    const errorId = `${id}-${name}-error`;
    return (
      <div className="ck-field" data-part={`field-${name}`} data-state={error ? 'invalid' : 'valid'}>
        <label className="ck-field__label" htmlFor={`${id}-${name}`}>
          {label}
        </label>
        <input
          id={`${id}-${name}`}
          className="ck-field__input"
          autoComplete={autoComplete[name]}
          value={payment.card[name]}
          onChange={onChange(name)}
          onBlur={() => payment.touch(name)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          readOnly={payment.paying}
          {...extra}
        />
        {error && (
          <p className="ck-field__error" id={errorId} data-part="field-error">
            {text[error]}
          </p>
        )}
      </div>
    );
  };

  const failure = payment.failure;
  const failureText = failure ? template(text[failure.kind], { message: failure.message ?? '' }) : null;

  return (
    <form
      className="ck-topup__step"
      data-part="payment-step"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void payment.pay().then((invalid) => {
          const target = invalid && (document.getElementById(`${id}-${invalid}`) as HTMLInputElement | null);
          target?.focus();
          // After a decline the customer most likely types another card number.
          if (target && !payment.errorOf(invalid!)) target.select();
        });
      }}
    >
      {quote && currency && (
        <p className="ck-topup__order" data-part="order">
          <span>
            {template(text.orderLine, { credits: formatAmount(quote.credits, locale, currency, numberOptions) })}
          </span>
          <span className="ck-topup__order-total">{total}</span>
        </p>
      )}
      <fieldset className="ck-topup__card" data-part="card">
        <legend className="ck-topup__legend">{text.cardLegend}</legend>
        {field('number', text.cardNumber, { inputMode: 'numeric', placeholder: '1234 1234 1234 1234' })}
        <div className="ck-topup__card-row">
          {field('expiry', text.cardExpiry, { inputMode: 'numeric', placeholder: 'MM / YY' })}
          {field('cvc', text.cardCvc, { inputMode: 'numeric', placeholder: '123' })}
        </div>
        {field('name', text.cardName)}
      </fieldset>
      {failure && (
        <div
          className="ck-topup__failure"
          role="alert"
          data-part="payment-error"
          data-state={failure.kind === 'quoteRefreshed' ? 'notice' : 'error'}
        >
          {failureText}
        </div>
      )}
      <div className="ck-topup__actions">
        <button type="button" className="ck-button" onClick={checkout.back} disabled={payment.paying} data-part="back">
          {text.back}
        </button>
        <button
          type="submit"
          className="ck-button"
          data-variant="primary"
          data-part="pay"
          disabled={payment.paying || amount.quoteState !== 'ready'}
          aria-busy={payment.paying}
        >
          {payment.paying ? text.paying : sentence(locale, text.pay, { total })}
        </button>
      </div>
      {text.testModeNote && <p className="ck-topup__note">{text.testModeNote}</p>}
    </form>
  );
}
