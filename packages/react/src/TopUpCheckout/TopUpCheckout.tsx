import { useEffect, useId, useRef } from 'react';
import { template, type NumberOptions } from '../format/format';
import { AmountStep } from './AmountStep';
import { Failure } from './Rows';
import { defaultTopUpCheckoutLocalization, type TopUpCheckoutLocalization } from './localization';
import { PaymentStep } from './PaymentStep';
import { Receipt } from './Receipt';
import { useTopUpCheckout, type UseTopUpCheckoutOptions } from './useTopUpCheckout';
// The shared parts' styles (card, button, skeleton, error), without their components: their JS
// would push this entry past its 8 KB budget, so the markup below uses their classes directly.
import '../ui/ui.css';
import '../ui/field.css';
import './TopUpCheckout.css';

export interface TopUpCheckoutProps extends UseTopUpCheckoutOptions, NumberOptions {
  /** Every visible string; missing keys fall back to English. */
  localization?: Partial<TopUpCheckoutLocalization>;
  /** Extra class on the root, beside the stable `ck-topup`. */
  className?: string;
  /** Called by the Cancel button of step 1; the button is shown only when this is given. */
  onCancel?: () => void;
  /** Called by the Done button of the receipt; the button is shown only when this is given. */
  onDone?: () => void;
}

/** Buys credits in two steps (amount, then payment) and shows a receipt; inline, or inside `TopUpCheckoutDialog`. */
export function TopUpCheckout(props: TopUpCheckoutProps) {
  const { localization, className, onCancel, onDone, ...rest } = props;
  const { decimalPlaces, showUnits, showSymbol, compact, ...options } = rest;
  const numberOptions: NumberOptions = { decimalPlaces, showUnits, showSymbol, compact };
  const text = { ...defaultTopUpCheckoutLocalization, ...localization };
  const checkout = useTopUpCheckout(options);
  const stepRef = useRef<HTMLElement | null>(null);
  const setStepNode = (node: HTMLElement | null) => {
    stepRef.current = node;
  };
  const firstStep = useRef(true);
  const titleId = useId();

  // Moving between steps moves focus to the step's name, so screen readers announce where they are.
  useEffect(() => {
    if (firstStep.current) {
      firstStep.current = false;
      return;
    }
    stepRef.current?.focus();
  }, [checkout.step]);

  const { state } = checkout.amount;
  const stepNumber = checkout.step === 'amount' ? 1 : 2;

  return (
    <section
      className={['ck-card', 'ck-topup', className].filter(Boolean).join(' ')}
      data-state={state === 'ready' ? checkout.step : state}
      aria-labelledby={titleId}
      aria-busy={state === 'loading' || undefined}
    >
      <h2 className="ck-card__title ck-topup__title" id={titleId} data-part="title">
        {text.title}
      </h2>
      {state === 'loading' && (
        <div data-part="skeleton" className="ck-topup__skeleton">
          <span className="ck-skeleton" />
          <span className="ck-skeleton" />
          <span className="ck-skeleton" />
          <span className="ck-visually-hidden">{text.loading}</span>
        </div>
      )}
      {state === 'error' && <Failure message={text.error} retry={text.retry} onRetry={checkout.amount.retry} />}
      {state === 'empty' && (
        <p className="ck-topup__empty" data-part="empty">
          {text.empty}
        </p>
      )}
      {state === 'ready' && (
        <>
          {checkout.step !== 'done' && (
            <p className="ck-topup__step-label" data-part="step-label" ref={setStepNode} tabIndex={-1}>
              {template(text.stepLabel, {
                step: stepNumber,
                count: 2,
                name: checkout.step === 'amount' ? text.amountStep : text.paymentStep,
              })}
            </p>
          )}
          {checkout.step === 'amount' && (
            <AmountStep checkout={checkout} text={text} numberOptions={numberOptions} onCancel={onCancel} />
          )}
          {checkout.step === 'payment' && <PaymentStep checkout={checkout} text={text} numberOptions={numberOptions} />}
          {checkout.step === 'done' && checkout.receipt && (
            <div ref={setStepNode} tabIndex={-1} className="ck-topup__receipt-focus">
              <Receipt
                checkout={checkout}
                receipt={checkout.receipt}
                text={text}
                numberOptions={numberOptions}
                onDone={onDone}
              />
            </div>
          )}
        </>
      )}
    </section>
  );
}
