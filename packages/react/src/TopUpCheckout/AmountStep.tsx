import { useId } from 'react';
import { formatAmount, type NumberOptions, sentence, template } from '../format/format';
import type { TopUpCheckoutLocalization } from './localization';
import { formatMoney } from './money';
import { Failure, Rows } from './Rows';
import type { TopUpCheckoutState } from './useTopUpCheckout';

interface AmountStepProps {
  checkout: TopUpCheckoutState;
  text: TopUpCheckoutLocalization;
  numberOptions: NumberOptions;
  onCancel?: () => void;
}

/** Step 1: a pack or a custom amount, and the server's price for it. */
export function AmountStep({ checkout, text, numberOptions, onCancel }: AmountStepProps) {
  const { amount, locale } = checkout;
  const name = useId();
  const customId = useId();
  const { currency, selection, custom } = amount;
  const customText = selection?.kind === 'custom' ? selection.text : '';
  if (!currency || !selection) return null;
  const credits = (value: string) => formatAmount(value, locale, currency, numberOptions);
  const bare = (value: string) => formatAmount(value, locale, currency, { ...numberOptions, showUnits: false });
  const customError = amount.customError;

  return (
    <div className="ck-topup__step" data-part="amount-step">
      <fieldset className="ck-topup__choices" data-part="choices">
        <legend className="ck-topup__legend">{text.amountLegend}</legend>
        {amount.packs.map((pack) => {
          const checked = selection.kind === 'pack' && selection.packId === pack.id;
          return (
            <label
              key={pack.id}
              className="ck-topup__choice"
              data-part="pack"
              data-state={checked ? 'checked' : 'unchecked'}
            >
              <input
                type="radio"
                name={name}
                value={pack.id}
                checked={checked}
                onChange={() => amount.selectPack(pack.id)}
              />
              <span className="ck-topup__choice-credits">
                {template(text.packLabel, { credits: credits(pack.credits) })}
              </span>{' '}
              {/* The list price before tax, like a shelf label; tax and the total follow in the quote. */}
              <span className="ck-topup__choice-name">
                {[pack.label, formatMoney(pack.price.subtotal, pack.price.billingCurrency, locale)]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </label>
          );
        })}
        {custom && (
          <label
            className="ck-topup__choice"
            data-part="custom-choice"
            data-state={selection.kind === 'custom' ? 'checked' : 'unchecked'}
          >
            <input
              type="radio"
              name={name}
              value="custom"
              checked={selection.kind === 'custom'}
              onChange={() => amount.setCustomText(customText)}
            />
            <span className="ck-topup__choice-credits">{text.customLabel}</span>{' '}
            <span className="ck-topup__choice-name">
              {template(text.customHint, { min: bare(custom.min), max: bare(custom.max) })}
            </span>
          </label>
        )}
      </fieldset>

      {selection.kind === 'custom' && custom && (
        <div className="ck-field" data-part="custom-field" data-state={customError ? 'invalid' : 'valid'}>
          <label className="ck-field__label" htmlFor={customId}>
            {text.customLabel} ({currency.unitPlural})
          </label>
          <input
            id={customId}
            className="ck-field__input"
            inputMode="decimal"
            autoComplete="off"
            value={customText}
            onChange={(event) => amount.setCustomText(event.target.value)}
            aria-invalid={customError ? true : undefined}
            aria-describedby={`${customId}-hint${customError ? ` ${customId}-error` : ''}`}
          />
          <p className="ck-field__hint" id={`${customId}-hint`}>
            {sentence(locale, text.customHint, { min: credits(custom.min), max: credits(custom.max) })}
          </p>
          {customError && (
            <p className="ck-field__error" id={`${customId}-error`} data-part="field-error">
              {/* Every message may name the bounds and the precision; each template takes what it needs. */}
              {sentence(locale, text[customError.code], {
                min: credits(custom.min),
                max: credits(custom.max),
                places: currency.precision,
              })}
            </p>
          )}
        </div>
      )}

      <QuoteSummary checkout={checkout} text={text} credits={credits} />

      <div className="ck-topup__actions">
        {onCancel && (
          <button type="button" className="ck-button" onClick={onCancel} data-part="cancel">
            {text.cancel}
          </button>
        )}
        <button
          type="button"
          className="ck-button"
          data-variant="primary"
          data-part="continue"
          disabled={!checkout.canContinue}
          onClick={checkout.next}
        >
          {text.continue}
        </button>
      </div>
    </div>
  );
}

function QuoteSummary({
  checkout,
  text,
  credits,
}: {
  checkout: TopUpCheckoutState;
  text: TopUpCheckoutLocalization;
  credits: (value: string) => string;
}) {
  const { amount, locale } = checkout;
  const { quote, quoteState } = amount;
  if (quoteState === 'idle') return null;
  if (quoteState === 'error') {
    return <Failure message={text.quoteError} retry={text.retry} onRetry={amount.retry} />;
  }
  const money = (value: string) => (quote ? formatMoney(value, quote.billingCurrency, locale) : '');
  const rows: [string, string, string][] = quote
    ? [
        ['unit-price', text.unitPrice, money(quote.unitPrice)],
        ['subtotal', text.subtotal, money(quote.subtotal)],
        ['tax', text.tax, money(quote.tax)],
        ['total', text.total, money(quote.total)],
        ['balance-after', text.balanceAfter, credits(quote.balanceAfter)],
      ]
    : [];
  return (
    <section
      className="ck-topup__summary"
      data-part="summary"
      data-state={quoteState}
      aria-label={text.summaryTitle}
      aria-busy={quoteState === 'loading'}
    >
      {quoteState === 'loading' || !quote ? (
        <>
          <span className="ck-skeleton ck-topup__summary-skeleton" />
          <span className="ck-skeleton ck-topup__summary-skeleton" />
          <span className="ck-visually-hidden">{text.quoting}</span>
        </>
      ) : (
        <Rows rows={rows} />
      )}
    </section>
  );
}
