/**
 * The one error type of the engine. `code` is stable and machine-readable; `message` is a
 * sentence for a person that says what was wrong and how to fix it. Adapters (HTTP, MSW) map
 * codes to statuses; the engine knows nothing of HTTP.
 */
export type CreditErrorCode =
  | 'invalid_amount'
  | 'invalid_request'
  | 'not_found'
  | 'conflict'
  | 'idempotency_conflict'
  | 'insufficient_credits'
  | 'quote_expired'
  | 'payment_declined'
  | 'forbidden'
  | 'unavailable';

export class CreditError extends Error {
  override readonly name = 'CreditError';
  constructor(
    readonly code: CreditErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}
