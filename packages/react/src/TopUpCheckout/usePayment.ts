import { CreditsApiError, type CreditsClient, type Quote, type Receipt } from '@creditkit/client';
import { useRef, useState } from 'react';
import { cardErrors, cardFieldError, emptyCard, toPaymentCard, type CardField, type CardInput } from './card';
import { quoteExpiresIn } from './queries';

export type PaymentFailure =
  'declined' | 'insufficientFunds' | 'networkError' | 'conflict' | 'quoteRefreshed' | 'payError';

/** Automatic retries of a confirm whose answer never arrived; each uses the same idempotency key. */
export const PAY_RETRY_DELAYS_MS = [400, 1_200, 2_500];

// getRandomValues, unlike randomUUID, also exists on pages served over plain http.
const newKey = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

/** A failure after which the server may or may not have charged: only the same key may be retried. */
function isIndeterminate(error: unknown): boolean {
  // Status 0 is the client's `network_error`: the request may or may not have reached the server.
  if (error instanceof CreditsApiError) {
    return error.status === 0 || error.status >= 500 || error.status === 408 || error.status === 429;
  }
  return true;
}

/** The contract's `payment_declined` (402) carries the provider's reason in `details.reason`. */
const declineReason = (error: CreditsApiError): PaymentFailure =>
  (error.details as { reason?: unknown } | undefined)?.reason === 'insufficient_funds'
    ? 'insufficientFunds'
    : 'declined';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Step 2 of the checkout: the card form and Pay. One idempotency key per attempt; a confirm whose
 * answer was lost is retried with the same key (never a new one), so a customer is charged once.
 */
export function usePayment(options: {
  client: CreditsClient;
  customerId: string;
  quote: Quote | undefined;
  /** When `quote` arrived, on this device's clock. */
  quoteReceivedAt: number;
  refreshQuote: () => Promise<Quote | undefined>;
  onPaid: (receipt: Receipt) => void;
  retryDelays?: readonly number[];
}) {
  const [card, setCard] = useState<CardInput>(emptyCard);
  const [touched, setTouched] = useState<Partial<Record<CardField, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);
  const [paying, setPaying] = useState(false);
  const [failure, setFailure] = useState<{ kind: PaymentFailure; message?: string } | null>(null);
  // A ref, not state: a double click fires twice before React re-renders the disabled button.
  const inFlight = useRef(false);
  // Kept across attempts while the last answer is unknown, so a retry can only replay it.
  const pendingKey = useRef<string | null>(null);

  const now = new Date();
  const errorOf = (field: CardField) => cardFieldError(field, card, now, submitted || !!touched[field]);

  async function confirm(quote: Quote, key: string): Promise<Receipt> {
    const delays = options.retryDelays ?? PAY_RETRY_DELAYS_MS;
    for (let attempt = 0; ; attempt++) {
      try {
        return await options.client.confirmCheckout({
          customerId: options.customerId,
          quoteId: quote.id,
          payment: toPaymentCard(card),
          idempotencyKey: key,
        });
      } catch (error) {
        const delay = delays[attempt];
        if (!isIndeterminate(error) || delay === undefined) throw error;
        await sleep(delay);
      }
    }
  }

  /** Validates, re-quotes an expired quote, then pays; returns the first invalid field, if any. */
  async function pay(): Promise<CardField | null> {
    if (inFlight.current) return null;
    setSubmitted(true);
    const errors = cardErrors(card, new Date());
    const firstInvalid = (['number', 'expiry', 'cvc', 'name'] as const).find((field) => errors[field]);
    if (firstInvalid) return firstInvalid;
    if (!options.quote) return null;
    inFlight.current = true;
    setPaying(true);
    setFailure(null);
    try {
      let quote = options.quote;
      if (quoteExpiresIn(quote, options.quoteReceivedAt) <= 0) {
        const fresh = await options.refreshQuote();
        // A new price needs the customer's consent: show it and let them press Pay again.
        if (!fresh || fresh.total !== quote.total) {
          setFailure({ kind: 'quoteRefreshed' });
          return null;
        }
        quote = fresh;
      }
      const key = pendingKey.current ?? newKey();
      pendingKey.current = key;
      try {
        const receipt = await confirm(quote, key);
        pendingKey.current = null;
        options.onPaid(receipt);
      } catch (error) {
        if (isIndeterminate(error)) {
          setFailure({ kind: 'networkError' });
          return null;
        }
        pendingKey.current = null;
        const apiError = error as CreditsApiError;
        if (apiError.code === 'quote_expired') {
          await options.refreshQuote();
          setFailure({ kind: 'quoteRefreshed' });
        } else if (apiError.code === 'idempotency_conflict') {
          setFailure({ kind: 'conflict' });
        } else if (apiError.status === 402) {
          setFailure({ kind: declineReason(apiError) });
          return 'number';
        } else {
          setFailure({ kind: 'payError', message: apiError.message });
        }
      }
      return null;
    } finally {
      inFlight.current = false;
      setPaying(false);
    }
  }

  return {
    card,
    paying,
    failure,
    errorOf,
    setField: (field: CardField, value: string) => setCard((previous) => ({ ...previous, [field]: value })),
    touch: (field: CardField) => setTouched((previous) => ({ ...previous, [field]: true })),
    pay,
    /** Clears the form after a successful purchase, for "Buy more". */
    reset: () => {
      setCard(emptyCard);
      setTouched({});
      setSubmitted(false);
      setFailure(null);
    },
  };
}

export type Payment = ReturnType<typeof usePayment>;
