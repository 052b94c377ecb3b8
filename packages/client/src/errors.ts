import type { ErrorEnvelope } from './schemas';

/** Thrown by the client for any non-2xx answer; carries the envelope's stable `code`. */
export class CreditsApiError extends Error {
  override readonly name = 'CreditsApiError';
  readonly code: string;
  readonly details: unknown;
  constructor(
    readonly status: number,
    envelope: ErrorEnvelope['error'],
  ) {
    super(envelope.message);
    this.code = envelope.code;
    this.details = envelope.details;
  }
}

/**
 * The HTTP status of each engine error code: one table shared by the server and the mocks so
 * both answer the same thing.
 */
export const errorStatus: Readonly<Record<string, number>> = {
  invalid_amount: 400,
  invalid_request: 400,
  not_found: 404,
  conflict: 409,
  idempotency_conflict: 409,
  insufficient_credits: 402,
  quote_expired: 409,
  payment_declined: 402,
  forbidden: 403,
};
