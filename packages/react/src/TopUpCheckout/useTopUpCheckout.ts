import { useQueryClient } from '@tanstack/react-query';
import type { Receipt } from '@creditkit/client';
import { useState } from 'react';
import { usePoolScope } from '../provider/context';
import { customerKey } from '../queries';
import { usePayment } from './usePayment';
import { useTopUpAmount } from './useTopUpAmount';

export type TopUpStep = 'amount' | 'payment' | 'done';

export interface UseTopUpCheckoutOptions {
  /** The credit currency to buy, e.g. `cred-type-ai-tokens`. */
  currencyId: string;
  /** The pool the credits go to; overrides the provider's. `null` is the global pool. */
  resourceId?: string | null;
  /** The pack selected at first. Default: the first pack. */
  defaultPackId?: string;
  /** Called with the receipt once the payment succeeded and the credits were granted. */
  onSuccess?: (receipt: Receipt) => void;
  /** Called when the step changes. */
  onStepChange?: (step: TopUpStep) => void;
  /** Delays between automatic retries of a Pay whose answer was lost. Default: 400, 1200, 2500 ms. */
  retryDelays?: readonly number[];
}

/** Headless state of the whole checkout: what `TopUpCheckout` renders, for developers who want their own markup. */
export function useTopUpCheckout(options: UseTopUpCheckoutOptions) {
  const { context, scope } = usePoolScope(options.currencyId, options.resourceId);
  const queryClient = useQueryClient();
  const [step, setStepState] = useState<TopUpStep>('amount');
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const setStep = (next: TopUpStep) => {
    setStepState(next);
    options.onStepChange?.(next);
  };

  const amount = useTopUpAmount(context.client, scope, {
    defaultPackId: options.defaultPackId,
    enabled: step !== 'done',
    locale: context.locale,
  });
  const payment = usePayment({
    client: context.client,
    customerId: scope.customerId,
    quote: amount.quote,
    quoteReceivedAt: amount.quoteReceivedAt,
    refreshQuote: amount.refreshQuote,
    retryDelays: options.retryDelays,
    onPaid: (paid) => {
      setReceipt(paid);
      setStep('done');
      // Every balance, grant list and ledger of the customer is stale now: refresh them all at once.
      void queryClient.invalidateQueries({ queryKey: customerKey(scope.customerId) });
      options.onSuccess?.(paid);
    },
  });

  return {
    step,
    scope,
    locale: context.locale,
    timeZone: context.timeZone,
    amount,
    payment,
    receipt,
    canContinue: amount.quoteState === 'ready' && !amount.customError,
    /** Moves to the payment step once a valid amount has a quote. */
    next: () => {
      if (amount.quoteState === 'ready') setStep('payment');
    },
    back: () => setStep('amount'),
    /** Starts another purchase after a receipt. */
    restart: () => {
      payment.reset();
      setReceipt(null);
      setStep('amount');
    },
  };
}

export type TopUpCheckoutState = ReturnType<typeof useTopUpCheckout>;
