import { useEffect, useId, useRef } from 'react';
import { template, type NumberOptions } from '../format/format';
import { AmountStep } from './AmountStep';
import { defaultTopUpCheckoutLocalization, type TopUpCheckoutLocalization } from './localization';
import { PaymentStep } from './PaymentStep';
import { Receipt } from './Receipt';
import { useTopUpCheckout, type UseTopUpCheckoutOptions } from './useTopUpCheckout';
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
  /** Heading level of the title. Default: `2`. */
  headingLevel?: 2 | 3 | 4;
  /** Id for the title, e.g. to label a dialog. Default: generated. */
  titleId?: string;
}

/** Buys credits in two steps (amount, then payment) and shows a receipt; inline, or inside `TopUpCheckoutDialog`. */
export function TopUpCheckout(props: TopUpCheckoutProps) {
  const { localization, className, onCancel, onDone, headingLevel = 2, titleId, ...rest } = props;
  const { decimalPlaces, showUnits, showSymbol, compact, ...options } = rest;
  const numberOptions: NumberOptions = { decimalPlaces, showUnits, showSymbol, compact };
  const text = { ...defaultTopUpCheckoutLocalization, ...localization };
  const checkout = useTopUpCheckout(options);
  const generatedId = useId();
  const headingId = titleId ?? generatedId;
  const stepRef = useRef<HTMLElement | null>(null);
  const setStepNode = (node: HTMLElement | null) => {
    stepRef.current = node;
  };
  const firstStep = useRef(true);
  const Heading = `h${headingLevel}` as const;

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
  const classes = ['ck-card', 'ck-topup', className].filter(Boolean).join(' ');

  return (
    <section
      className={classes}
      data-state={state === 'ready' ? checkout.step : state}
      aria-labelledby={headingId}
      aria-busy={state === 'loading'}
    >
      <Heading className="ck-topup__title" id={headingId} data-part="title">
        {text.title}
      </Heading>
      {state === 'loading' && (
        <div data-part="skeleton" className="ck-topup__skeleton">
          <span className="ck-skeleton" />
          <span className="ck-skeleton" />
          <span className="ck-skeleton" />
          <span className="ck-visually-hidden">{text.loading}</span>
        </div>
      )}
      {state === 'error' && (
        <div className="ck-error" role="alert" data-part="error">
          <span>{text.error}</span>
          <button type="button" className="ck-button" onClick={checkout.amount.retry} data-part="retry">
            {text.retry}
          </button>
        </div>
      )}
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
