/**
 * Payments go through a provider so a real processor can replace the built-in test one. The engine
 * never sees or stores more of a card than its brand and last four digits.
 */
import type { CardDetails } from './types-ops';

export interface PaymentRequest {
  /** Stable per operation: a provider must charge at most once per key. */
  idempotencyKey: string;
  customerId: string;
  /** Decimal string in the billing currency, e.g. `"12.00"`. */
  amount: string;
  /** ISO-4217 code. */
  currency: string;
  description: string;
  /** A card typed in at checkout, or the customer's saved method (auto-recharge). */
  method: { type: 'card'; card: CardDetails } | { type: 'saved' };
}

export type PaymentResult =
  | { status: 'succeeded'; paymentId: string; card: { brand: string; last4: string } }
  | { status: 'declined'; reason: 'card_declined' | 'insufficient_funds' | (string & {}); message: string };

export interface PaymentProvider {
  charge(request: PaymentRequest): Promise<PaymentResult>;
}

export const TEST_CARDS = {
  success: '4242424242424242',
  declined: '4000000000000002',
  insufficientFunds: '4000000000009995',
} as const;

/**
 * The built-in test provider: `4242 4242 4242 4242` pays, `4000 0000 0000 0002` is declined
 * (`card_declined`), `4000 0000 0000 9995` lacks funds (`insufficient_funds`); any other number
 * is declined with a hint. Saved-method charges (auto-recharge) succeed unless
 * `savedMethodDecline` is set. Repeating an idempotency key returns the first result.
 */
export class TestPaymentProvider implements PaymentProvider {
  /** Makes auto-recharge charges fail with this reason, to show the failure path. */
  savedMethodDecline: 'card_declined' | 'insufficient_funds' | null = null;
  readonly #results = new Map<string, PaymentResult>();
  #count = 0;

  charge(request: PaymentRequest): Promise<PaymentResult> {
    const earlier = this.#results.get(request.idempotencyKey);
    if (earlier) return Promise.resolve(earlier);
    const result = this.#decide(request);
    this.#results.set(request.idempotencyKey, result);
    return Promise.resolve(result);
  }

  #decide(request: PaymentRequest): PaymentResult {
    if (request.method.type === 'saved') {
      if (this.savedMethodDecline) return declined(this.savedMethodDecline);
      return { status: 'succeeded', paymentId: this.#paymentId(), card: { brand: 'visa', last4: '4242' } };
    }
    const number = request.method.card.cardNumber.replace(/[\s-]/g, '');
    if (number === TEST_CARDS.success) {
      return { status: 'succeeded', paymentId: this.#paymentId(), card: { brand: 'visa', last4: number.slice(-4) } };
    }
    if (number === TEST_CARDS.insufficientFunds) return declined('insufficient_funds');
    if (number === TEST_CARDS.declined) return declined('card_declined');
    return {
      status: 'declined',
      reason: 'card_declined',
      message: 'The test payment provider only accepts the card 4242 4242 4242 4242; other numbers are declined.',
    };
  }

  #paymentId(): string {
    this.#count += 1;
    return `pay_test_${this.#count.toString().padStart(6, '0')}_${Math.random().toString(36).slice(2, 8)}`;
  }
}

function declined(reason: 'card_declined' | 'insufficient_funds'): PaymentResult {
  return {
    status: 'declined',
    reason,
    message:
      reason === 'card_declined'
        ? 'The card was declined; try another card.'
        : 'The card has insufficient funds; try another card.',
  };
}
